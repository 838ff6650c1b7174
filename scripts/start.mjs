// `npm start`: build, make sure better-sqlite3 exists built for Electron's ABI (kept apart from the
// Node build in node_modules that the tests use), then launch Electron on the built app.
// Needs a machine that can reach Electron's download host (binary and headers); our CI machines
// cannot, which is why no test depends on this script.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const nativeDir = path.join(root, '.cache', 'electron-native');
const nativeFile = path.join(nativeDir, 'better_sqlite3.node');
const stampFile = path.join(nativeDir, 'stamp.json');

const step = (msg) => console.log(`\n▶ ${msg}`);

step('Building (electron-vite build)');
const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
execFileSync(process.execPath, [electronVite, 'build'], { stdio: 'inherit', cwd: root });

step('Locating Electron (downloaded once on first run)');
const electronPath = require('electron');
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;

const stamp = fs.existsSync(stampFile) ? JSON.parse(fs.readFileSync(stampFile, 'utf8')) : null;
if (!fs.existsSync(nativeFile) || stamp?.electronVersion !== electronVersion || stamp?.sqliteVersion !== sqliteVersion) {
  step(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)`);
  const appDir = path.join(nativeDir, 'app');
  fs.rmSync(appDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(appDir, 'node_modules'), { recursive: true });
  fs.writeFileSync(
    path.join(appDir, 'package.json'),
    JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
  );
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), path.join(appDir, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  const moduleDir = path.join(appDir, 'node_modules', 'better-sqlite3');
  // First choice: better-sqlite3's own prebuilt binary for this Electron (no compiler needed);
  // otherwise compile it against Electron's headers with @electron/rebuild.
  const prebuilt = spawnSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch],
    { cwd: moduleDir, stdio: 'inherit' },
  );
  if (prebuilt.status !== 0) {
    const { rebuild } = require('@electron/rebuild');
    await rebuild({ buildPath: appDir, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  }
  fs.copyFileSync(path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), nativeFile);
  fs.writeFileSync(stampFile, JSON.stringify({ electronVersion, sqliteVersion }));
}

step('Starting BranchDesk');
const child = spawn(electronPath, [root], { stdio: 'inherit' });
child.on('close', (code) => process.exit(code ?? 1));
