import { createHash } from 'node:crypto';

/**
 * Device tokens and enrollment codes are stored as SHA-256 hashes: tokens are long random secrets
 * (not passwords), so a fast hash suffices, and a copy of the hub database hands out nothing that
 * works. Enrollment codes are short, but single use, expire in minutes and are rate-limited.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
