import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Environment } from '../agreements/service.ts';
import { AppError } from '../platform/errors.ts';
import { feedErrors } from './feed-errors.ts';

/**
 * The pull feed's cursor: opaque to the reader, it holds the organisation, the environment and the
 * last sequence number read, with an HMAC under a key derived from the service's session secret,
 * so a reader cannot make one up, and a cursor of another organisation or environment is told
 * apart from a garbled one. Layout (base64url): version 1 | organisation (8) | environment (1) |
 * sequence (8) | MAC (16). Changing the session secret makes every cursor invalid.
 */

const VERSION = 1;
const BODY_BYTES = 1 + 8 + 1 + 8;
const MAC_BYTES = 16;
const ENVIRONMENT_CODE: Record<Environment, number> = { production: 1, test: 2 };

export interface FeedOwner {
  organisationId: number;
  environment: Environment;
}

export function cursorKey(sessionSecret: Buffer): Buffer {
  return createHmac('sha256', sessionSecret).update('monitoring feed cursor v1').digest();
}

function mac(key: Buffer, body: Buffer): Buffer {
  return createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);
}

export function encodeCursor(key: Buffer, owner: FeedOwner, seq: number): string {
  const body = Buffer.alloc(BODY_BYTES);
  body.writeUInt8(VERSION, 0);
  body.writeBigUInt64BE(BigInt(owner.organisationId), 1);
  body.writeUInt8(ENVIRONMENT_CODE[owner.environment], 9);
  body.writeBigUInt64BE(BigInt(seq), 10);
  return Buffer.concat([body, mac(key, body)]).toString('base64url');
}

/** The sequence number a cursor stands after; refuses a garbled cursor and another's. */
export function decodeCursor(key: Buffer, owner: FeedOwner, cursor: string): number {
  const bytes = /^[A-Za-z0-9_-]+$/.test(cursor)
    ? Buffer.from(cursor, 'base64url')
    : Buffer.alloc(0);
  if (bytes.length !== BODY_BYTES + MAC_BYTES || bytes.readUInt8(0) !== VERSION) {
    throw new AppError(feedErrors.monitoring_cursor_invalid);
  }
  const body = bytes.subarray(0, BODY_BYTES);
  if (!timingSafeEqual(mac(key, body), bytes.subarray(BODY_BYTES))) {
    throw new AppError(feedErrors.monitoring_cursor_invalid);
  }
  const organisationId = Number(body.readBigUInt64BE(1));
  if (
    organisationId !== owner.organisationId ||
    body.readUInt8(9) !== ENVIRONMENT_CODE[owner.environment]
  ) {
    throw new AppError(feedErrors.monitoring_cursor_foreign);
  }
  return Number(body.readBigUInt64BE(10));
}
