import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scrypt, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { ScryptCost } from './passwords';

/**
 * Ed25519 signing keys. The private key is kept on the signer's device sealed with AES-256-GCM under
 * a key derived (scrypt) from their password, so it is usable only when they type the password:
 * a stolen laptop or database file cannot sign.
 */

export interface Sealed {
  v: 1;
  logN: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  ct: string;
}

const deriveKek = (password: string, salt: Buffer, c: ScryptCost): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const N = 2 ** c.logN;
    scrypt(password.normalize('NFC'), salt, 32, { N, r: c.r, p: c.p, maxmem: 256 * N * c.r }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });

export const newKeyPair = (): { publicKeyB64: string; privateKey: KeyObject } => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKeyB64: rawPublicKey(publicKey), privateKey };
};

/** The raw 32-byte public key in standard base64. */
export const rawPublicKey = (k: KeyObject): string => {
  const x = k.export({ format: 'jwk' }).x;
  if (!x) throw new Error('not an Ed25519 public key');
  return Buffer.from(x, 'base64url').toString('base64');
};

export const publicKeyFromRaw = (b64: string): KeyObject =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(b64, 'base64').toString('base64url') }, format: 'jwk' });

export const sealPrivateKey = async (privateKey: KeyObject, password: string, cost: ScryptCost): Promise<Sealed> => {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(password, salt, cost);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const ct = Buffer.concat([cipher.update(der), cipher.final()]);
  return {
    v: 1,
    logN: cost.logN,
    r: cost.r,
    p: cost.p,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
  };
};

/** The private key, or null if the password does not open it (GCM authentication fails). */
export const unsealPrivateKey = async (sealed: Sealed, password: string): Promise<KeyObject | null> => {
  const kek = await deriveKek(password, Buffer.from(sealed.salt, 'base64'), sealed);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const der = Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    return null;
  }
};

export const signMessage = (privateKey: KeyObject, message: string): string =>
  sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64');

export const verifyMessage = (publicKeyB64: string, message: string, signatureB64: string): boolean => {
  try {
    return verify(null, Buffer.from(message, 'utf8'), publicKeyFromRaw(publicKeyB64), Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
};
