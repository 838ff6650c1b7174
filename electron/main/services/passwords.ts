import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Password verifiers: scrypt with a per-user random salt, the cost stored in the verifier
 * (`scrypt$<logN>$<r>$<p>$<salt b64>$<hash b64>`), so a later change of cost still verifies old ones.
 * Default cost N = 2^17, r = 8, p = 1 (128 MiB): OWASP's recommended minimum for scrypt.
 */
export interface ScryptCost {
  logN: number;
  r: number;
  p: number;
}
export const STRONG_COST: ScryptCost = { logN: 17, r: 8, p: 1 };
const KEY_LEN = 32;

const derive = (password: string, salt: Buffer, c: ScryptCost): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const N = 2 ** c.logN;
    scrypt(password.normalize('NFC'), salt, KEY_LEN, { N, r: c.r, p: c.p, maxmem: 256 * N * c.r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });

export const hashPassword = async (password: string, cost: ScryptCost = STRONG_COST): Promise<string> => {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
};

const parse = (verifier: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null => {
  const parts = verifier.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [logN, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![logN, r, p].every((n) => Number.isInteger(n) && n > 0) || logN > 22 || r > 32 || p > 16) return null;
  return { cost: { logN, r, p }, salt: Buffer.from(parts[4] ?? '', 'base64'), key: Buffer.from(parts[5] ?? '', 'base64') };
};

export const verifyPassword = async (password: string, verifier: string): Promise<boolean> => {
  const v = parse(verifier);
  if (!v || v.key.length !== KEY_LEN) return false;
  const key = await derive(password, v.salt, v.cost);
  return timingSafeEqual(key, v.key);
};
