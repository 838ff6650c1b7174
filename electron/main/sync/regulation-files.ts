import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Regulation } from '../../../shared/domain/visit';
import { MAX_BLOB_QUERY } from '../../../shared/sync/wire';
import { writeFileAtomic } from '../services/files';
import { regulationFileOf } from '../services/visits/regulations';
import { isHubError, SyncTransportError } from './transport';
import type { SyncTransport } from './transport';

export interface RegulationFilesDeps {
  dataDir: string;
  /** The live regulations rows (the synced table). */
  regulations: () => readonly Regulation[];
  deviceId: () => string;
  /** False once the app is closing: the step stops between files. */
  alive: () => boolean;
  log: (msg: string, meta?: Record<string, unknown>) => void;
}

/** Files moved or tried (up and down together) in one run at most; the rest go in the next runs. */
export const MAX_FILES_PER_RUN = 8;
/** Files looked for on the hub in one run at most (a look-up the hub answers 404 costs no transfer). */
const MAX_LOOKUPS_PER_RUN = MAX_BLOB_QUERY;

export interface FileStepResult {
  uploaded: number;
  downloaded: number;
  /** Files that failed this run (logged; tried again next run). */
  failed: number;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const readIfPresent = (file: string): Buffer | null => {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
};

/**
 * The file step after a successful sync run: regulation rows travel through push and pull, their
 * PDFs through here. Every file this desktop has and the hub lacks goes up; every file a live row
 * names that this desktop lacks comes down, is checked against the row's SHA-256 and written
 * atomically. Nothing here fails the run: a failure is logged and the file is tried next run (after
 * the files that have not failed, so one bad file never starves the others); a network failure
 * ends the step at once.
 */
export const createRegulationFileStep = (deps: RegulationFilesDeps) => {
  const failures = new Map<string, number>();
  const byFailures = (xs: string[]) => xs.sort((a, b) => (failures.get(a) ?? 0) - (failures.get(b) ?? 0) || (a < b ? -1 : 1));

  const upload = async (transport: SyncTransport, sha256: string): Promise<boolean> => {
    const bytes = readIfPresent(regulationFileOf(deps.dataDir, sha256));
    if (bytes === null) return false;
    if (sha256Of(bytes) !== sha256) throw new Error('the local file does not match its SHA-256');
    await transport.putBlob(sha256, bytes);
    return true;
  };

  const download = async (transport: SyncTransport, sha256: string): Promise<boolean | 'absent'> => {
    let bytes: Buffer;
    try {
      bytes = await transport.getBlob(sha256);
    } catch (err) {
      // Not uploaded yet by the desktop that has it: nothing to do until it is.
      if (isHubError(err, 'NOT_FOUND')) return 'absent';
      throw err;
    }
    if (sha256Of(bytes) !== sha256) throw new Error('the downloaded file does not match its SHA-256; not kept');
    writeFileAtomic(regulationFileOf(deps.dataDir, sha256), bytes);
    return true;
  };

  return async (transport: SyncTransport): Promise<FileStepResult> => {
    const result: FileStepResult = { uploaded: 0, downloaded: 0, failed: 0 };
    let budget = MAX_FILES_PER_RUN;
    /** One file moved; false when the hub had none to give (costs no budget). */
    const attempt = async (sha256: string, direction: 'uploaded' | 'downloaded', move: () => Promise<boolean | 'absent'>) => {
      try {
        const moved = await move();
        if (moved === 'absent') return;
        budget -= 1;
        if (moved) result[direction] += 1;
        failures.delete(sha256);
      } catch (err) {
        if (err instanceof SyncTransportError && err.kind === 'network') throw err;
        budget -= 1;
        result.failed += 1;
        failures.set(sha256, (failures.get(sha256) ?? 0) + 1);
        deps.log('regulation file not synced', { sha256, direction, error: err instanceof Error ? err.message : String(err) });
      }
    };
    try {
      const hashes = [...new Set(deps.regulations().map((r) => r.fileSha256))];
      const present = byFailures(hashes.filter((sha) => fs.existsSync(regulationFileOf(deps.dataDir, sha))));
      const absent = byFailures(hashes.filter((sha) => !present.includes(sha))).slice(0, MAX_LOOKUPS_PER_RUN);
      for (let i = 0; i < present.length && budget > 0 && deps.alive(); i += MAX_BLOB_QUERY) {
        const { missing } = await transport.missingBlobs({ deviceId: deps.deviceId(), sha256s: present.slice(i, i + MAX_BLOB_QUERY) });
        for (const sha256 of missing) {
          if (budget <= 0 || !deps.alive()) break;
          await attempt(sha256, 'uploaded', () => upload(transport, sha256));
        }
      }
      for (const sha256 of absent) {
        if (budget <= 0 || !deps.alive()) break;
        await attempt(sha256, 'downloaded', () => download(transport, sha256));
      }
    } catch (err) {
      deps.log('regulation files: step ended early', { error: err instanceof Error ? err.message : String(err) });
    }
    return result;
  };
};
export type RegulationFileStep = ReturnType<typeof createRegulationFileStep>;
