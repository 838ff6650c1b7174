import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI lives apart from node_modules (scripts/start.mjs builds it
 * into .cache/electron-native), so the tests keep using the Node build in node_modules.
 */
export const electronNativeBinding = (appPath: string): string | undefined => {
  const file = path.join(appPath, '.cache', 'electron-native', 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
};
