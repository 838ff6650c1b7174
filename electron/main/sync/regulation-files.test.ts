import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Regulation } from '../../../shared/domain/visit';
import { createRegulationFileStep, MAX_FILES_PER_RUN } from './regulation-files';
import { createFakeHub } from './testing/fake-hub';
import type { FakeHub } from './testing/fake-hub';

let dir: string;
let hub: FakeHub;
let rows: Regulation[];
let logged: { msg: string; meta?: Record<string, unknown> }[];
const TOKEN = 'token-dev-a-0123456789abcdef';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regulation-files-'));
  hub = createFakeHub();
  hub.addDevice('dev-a', TOKEN);
  rows = [];
  logged = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const pdf = (n: number) => Buffer.from(`%PDF-1.4\n% file ${n}\n%%EOF\n`);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const fileOf = (sha256: string) => path.join(dir, 'regulations', `${sha256}.pdf`);
const row = (bytes: Buffer, n: number): Regulation => ({
  id: `rg-${n}`,
  title: `規範${n}`,
  number: `CNS ${n}`,
  version: '',
  effectiveDate: '2024-01-01',
  category: 'electrical',
  fileName: `${n}.pdf`,
  mediaType: 'application/pdf',
  fileSha256: sha(bytes),
  fileBytes: bytes.length,
  updatedAt: '2026-11-27T01:00:00.000Z',
  updatedBy: 'admin-1',
});
const keepLocally = (bytes: Buffer) => {
  fs.mkdirSync(path.join(dir, 'regulations'), { recursive: true });
  fs.writeFileSync(fileOf(sha(bytes)), bytes);
};
const step = () =>
  createRegulationFileStep({
    dataDir: dir,
    regulations: () => rows,
    deviceId: () => 'dev-a',
    alive: () => true,
    log: (msg, meta) => logged.push({ msg, ...(meta ? { meta } : {}) }),
  });
const transport = () => hub.transportFor({ url: 'http://hub.invalid', token: TOKEN });

describe('the regulation file step', () => {
  it('uploads what the hub lacks, downloads what this desktop lacks, and leaves a file nobody uploaded yet for later', async () => {
    const mine = pdf(1);
    const theirs = pdf(2);
    const nobodys = pdf(3);
    keepLocally(mine);
    hub.blobs.set(sha(theirs), theirs);
    rows = [row(mine, 1), row(theirs, 2), row(nobodys, 3)];
    expect(await step()(transport())).toEqual({ uploaded: 1, downloaded: 1, failed: 0 });
    expect(hub.blobs.get(sha(mine))?.equals(mine)).toBe(true);
    expect(fs.readFileSync(fileOf(sha(theirs))).equals(theirs)).toBe(true);
    expect(fs.existsSync(fileOf(sha(nobodys)))).toBe(false);
    expect(logged).toEqual([]);
    // Nothing left to move: the next run asks and transfers nothing.
    expect(await step()(transport())).toEqual({ uploaded: 0, downloaded: 0, failed: 0 });
  });

  it('moves a bounded number of files per run; the rest follow in the next runs', async () => {
    const files = Array.from({ length: MAX_FILES_PER_RUN + 3 }, (_, i) => pdf(i));
    for (const f of files) hub.blobs.set(sha(f), f);
    rows = files.map(row);
    const run = step();
    expect(await run(transport())).toEqual({ uploaded: 0, downloaded: MAX_FILES_PER_RUN, failed: 0 });
    expect(await run(transport())).toEqual({ uploaded: 0, downloaded: 3, failed: 0 });
    for (const f of files) expect(fs.readFileSync(fileOf(sha(f))).equals(f)).toBe(true);
  });

  it('keeps no corrupted download and no local file that does not match its hash; offline ends the step quietly', async () => {
    const good = pdf(1);
    hub.blobs.set(sha(good), good);
    const damaged = pdf(2);
    keepLocally(damaged);
    fs.writeFileSync(fileOf(sha(damaged)), pdf(99));
    rows = [row(good, 1), row(damaged, 2)];
    hub.faults.corruptBlobs = true;
    const run = step();
    expect(await run(transport())).toEqual({ uploaded: 0, downloaded: 0, failed: 2 });
    expect(fs.existsSync(fileOf(sha(good)))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'regulations'))).toEqual([`${sha(damaged)}.pdf`]);
    expect(hub.blobs.has(sha(damaged))).toBe(false);
    expect(logged.map((l) => l.meta?.sha256).sort()).toEqual([sha(good), sha(damaged)].sort());

    hub.faults.corruptBlobs = false;
    hub.faults.offline = true;
    expect(await run(transport())).toEqual({ uploaded: 0, downloaded: 0, failed: 0 });
    expect(logged.at(-1)?.msg).toBe('regulation files: step ended early');
    hub.faults.offline = false;
    expect(await run(transport())).toMatchObject({ downloaded: 1 });
    expect(fs.readFileSync(fileOf(sha(good))).equals(good)).toBe(true);
  });
});
