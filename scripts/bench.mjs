#!/usr/bin/env node
// Runs the benchmarks: every bench/*.bench.ts, or only those named (`npm run bench -- mutation-executor`),
// each in its own Node process through tsx so one cannot warm or pollute another. Each bench prints
// its figures and writes bench/results/<name>.json; this prints a summary of the targets at the end.
// Exit status: 1 if a bench crashed; unmet targets are reported, and fail only with --strict
// (benchmarks on shared machines inform, tests decide).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const resultsDir = path.join(benchDir, 'results');
const SUFFIX = '.bench.ts';

const available = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith(SUFFIX))
  .map((f) => f.slice(0, -SUFFIX.length))
  .sort();
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const named = args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/\.bench\.ts$/, '').replace(/^bench\//, ''));
const unknown = named.filter((n) => !available.includes(n));
if (unknown.length > 0) {
  console.error(`unknown bench: ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
const selected = named.length > 0 ? named : available;

const crashed = [];
const unmet = [];
const summary = [];
for (const name of selected) {
  console.log(`\n=== bench: ${name}`);
  const startedAt = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, `${name}${SUFFIX}`)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    crashed.push(`${name} (${r.signal ?? `exit ${r.status}`})`);
    continue;
  }
  const file = path.join(resultsDir, `${name}.json`);
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < startedAt) {
    crashed.push(`${name} (wrote no bench/results/${name}.json)`);
    continue;
  }
  const result = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const f of result.figures) {
    if (f.target === null) continue;
    summary.push(`${f.met ? 'met  ' : 'UNMET'} ${name}: ${f.name} [${f.stat}] ratio ${f.ratio} (target ${f.target})`);
    if (!f.met) unmet.push(`${name}: ${f.name}`);
  }
}

console.log(`\n=== summary\n${summary.join('\n') || '(no targets)'}`);
if (crashed.length > 0) console.error(`crashed: ${crashed.join(', ')}`);
process.exit(crashed.length > 0 || (strict && unmet.length > 0) ? 1 : 0);
