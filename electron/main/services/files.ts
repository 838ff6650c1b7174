import fs from 'node:fs';
import path from 'node:path';

/** Writes beside and renames, so a crash never leaves a half-written file under the real name. */
export const writeFileAtomic = (file: string, bytes: Uint8Array): void => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
};
