import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Seals the device token before it reaches the database: the real app uses the OS secret store
 * (Electron's safeStorage: DPAPI, Keychain, libsecret), tests an in-memory AES-GCM key. The token is
 * never stored in plain text; without a working store, sync cannot be configured.
 */
export interface SecretStore {
  available(): boolean;
  /** Returns printable text (base64) safe to keep in the database. */
  seal(plain: string): string;
  /** Throws when the sealed text was not made by this store (another user, another machine). */
  open(sealed: string): string;
}

/** The part of Electron's safeStorage used here, so this file never imports electron. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const safeStorageSecretStore = (safe: SafeStorageLike): SecretStore => ({
  available: () => safe.isEncryptionAvailable(),
  seal: (plain) => safe.encryptString(plain).toString('base64'),
  open: (sealed) => safe.decryptString(Buffer.from(sealed, 'base64')),
});

/**
 * A secret store for tests and the e2e harness: AES-256-GCM under a key that lives only in this
 * process's memory, so what lands in the database is ciphertext, as with safeStorage.
 */
export const createTestSecretStore = (): SecretStore => {
  const key = randomBytes(32);
  return {
    available: () => true,
    seal: (plain) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open: (sealed) => {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
};
