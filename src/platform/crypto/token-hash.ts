import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a secret token, which is all that is stored of it: a stolen database yields no
 * working session, operator token or set-up link.
 */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
