import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

const FAST = { logN: 10, r: 8, p: 1 };

describe('password verifiers', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const v = await hashPassword('正確的密碼 correct horse', FAST);
    expect(v).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(await verifyPassword('正確的密碼 correct horse', v)).toBe(true);
    expect(await verifyPassword('正確的密碼 correct hors', v)).toBe(false);
  });

  it('salts per user: the same password gives different verifiers', async () => {
    expect(await hashPassword('same-password-123', FAST)).not.toBe(await hashPassword('same-password-123', FAST));
  });

  it('refuses malformed or absurd verifiers instead of throwing', async () => {
    expect(await verifyPassword('x', 'not-a-verifier')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$40$8$1$AAAA$AAAA')).toBe(false);
  });

  it('defaults to the strong cost', async () => {
    const v = await hashPassword('a-long-password');
    expect(v.startsWith('scrypt$17$8$1$')).toBe(true);
  });
});
