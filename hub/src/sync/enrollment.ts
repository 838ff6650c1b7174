import { randomBytes, randomInt } from 'node:crypto';
import { ENROLLMENT_CODE_TTL_MINUTES } from '../../../shared/sync/wire';
import type { DeviceListResponse, EnrollRequest, EnrollResponse, IssueCodeResponse } from '../../../shared/sync/wire';
import type { DeviceRow, HubBackend } from '../store/backend';
import { hashToken } from '../store/devices';
import { createBranchRows } from '../store/hub-store';
import { HubError } from './hub-error';

/** Crockford's base32 alphabet: no I, L, O, U — nothing to misread when typed from a screen. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const newEnrollmentCode = (): string => {
  let s = '';
  for (let i = 0; i < 8; i += 1) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
};

const normalise = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

export interface EnrollmentDeps {
  backend: HubBackend;
  now: () => Date;
}

/**
 * Devices join a branch with a one-time code: an admin's enrolled desktop asks for one (the hub
 * checks the admin role against its own staff rows), a new desktop trades it for a token. Codes
 * and tokens are stored hashed; a code works once and for ENROLLMENT_CODE_TTL_MINUTES; every
 * failure to enrol answers the same ENROLLMENT_CODE_INVALID.
 */
export const createEnrollmentService = (deps: EnrollmentDeps) => {
  const { backend, now } = deps;

  const storeCode = async (branch: string, createdBy: string, ttlMinutes: number): Promise<IssueCodeResponse> => {
    const code = newEnrollmentCode();
    const at = now();
    const expiresAt = new Date(at.getTime() + ttlMinutes * 60_000).toISOString();
    await backend.transaction((s) =>
      s.insertCode({ code_hash: hashToken(normalise(code)), branch_id: branch, created_by: createdBy, created_at: at.toISOString(), expires_at: expiresAt }),
    );
    return { code, expiresAt };
  };

  /** The hub's own staff rows decide who is an admin, never the desktop's claim. */
  const requireAdmin = async (device: DeviceRow, actorId: string): Promise<void> => {
    const staff = await backend.transaction((s) => createBranchRows(s, device.branch_id).read((tx) => tx.get('staff', actorId)));
    if (!staff?.active || !staff.roles.includes('admin')) {
      throw new HubError(403, 'FORBIDDEN', 'only an active admin of this branch may manage devices');
    }
  };

  /** An admin signed in on an enrolled desktop asks for a code for another desktop of the branch. */
  const issue = async (device: DeviceRow, actorId: string): Promise<IssueCodeResponse> => {
    await requireAdmin(device, actorId);
    return storeCode(device.branch_id, `${device.id}/${actorId}`, ENROLLMENT_CODE_TTL_MINUTES);
  };

  const list = async (device: DeviceRow, actorId: string): Promise<DeviceListResponse> => {
    await requireAdmin(device, actorId);
    const rows = await backend.transaction((s) => s.listDevices(device.branch_id), { snapshot: true });
    return { devices: rows.map((d) => ({ deviceId: d.id, name: d.name, enrolledAt: d.created_at, lastSeq: d.last_seq, revoked: d.revoked })) };
  };

  /** A lost or retired desktop: its token stops working at once (re-enrolling needs a new code). */
  const revoke = async (device: DeviceRow, actorId: string, targetId: string): Promise<void> => {
    await requireAdmin(device, actorId);
    await backend.transaction(async (s) => {
      const target = await s.deviceById(targetId);
      if (!target || target.branch_id !== device.branch_id) throw new HubError(404, 'NOT_FOUND', 'no such device in this branch');
      await s.revokeDevice(targetId, now().toISOString());
    });
  };

  /** The first desktop of a branch has nobody to ask: the hub prints a code while it has no device. */
  const bootstrapIfEmpty = async (branch: string, ttlMinutes: number): Promise<IssueCodeResponse | undefined> => {
    const count = await backend.transaction((s) => s.countDevices());
    return count === 0 ? storeCode(branch, 'hub-bootstrap', ttlMinutes) : undefined;
  };

  const enroll = async (req: EnrollRequest): Promise<EnrollResponse> => {
    const token = randomBytes(32).toString('base64url');
    const at = now().toISOString();
    return backend.transaction(async (s) => {
      const branch = await s.takeCode(hashToken(normalise(req.code)), at, req.deviceId);
      if (branch === undefined) {
        throw new HubError(403, 'ENROLLMENT_CODE_INVALID', 'this enrollment code is unknown, used or expired; ask an admin for a new one');
      }
      const existing = await s.deviceById(req.deviceId);
      if (existing && existing.branch_id !== branch) {
        throw new HubError(403, 'WRONG_BRANCH', 'this device belongs to another branch');
      }
      await s.upsertDevice({ id: req.deviceId, branch_id: branch, token_hash: hashToken(token), name: req.deviceName, at });
      return { deviceId: req.deviceId, token, branchId: branch, lastSeq: existing?.last_seq ?? 0 };
    });
  };

  return { issue, list, revoke, enroll, bootstrapIfEmpty };
};
