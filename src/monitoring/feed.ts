import { createHash } from 'node:crypto';
import { agreementsInForce } from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { decodeCursor, encodeCursor, type FeedOwner } from './feed-cursor.ts';
import { entryErrors } from './entry-errors.ts';
import { feedErrors } from './feed-errors.ts';
import { feedRows } from './event-store.ts';

export const FEED_MAX_LIMIT = 1000;

export interface FeedPage {
  /** The whole answer, `{"events": […], "nextCursor": …, "upToDate": …}`, as JSON text. */
  json: string;
  /** The same for the same cursor, limit and events: a repeat with it answers 304. */
  etag: string;
}

/** Refuses an organisation whose agreement in force does not include monitoring here. */
export async function requireMonitoringAgreed(db: Db, owner: FeedOwner, day: string) {
  const terms = await agreementsInForce(db, owner.organisationId, day);
  if (!terms.some((a) => a.monitoring && a.environments.includes(owner.environment))) {
    throw new AppError(entryErrors.monitoring_not_agreed);
  }
}

/**
 * A page of the organisation's events after the cursor (from the oldest kept without one). A
 * cursor whose next events were deleted by the retention is refused, naming the oldest cursor
 * that can still be read, so the reader knows what it missed.
 */
export async function readFeed(
  db: Db,
  key: Buffer,
  owner: FeedOwner,
  request: { after: string | null; limit: number },
): Promise<FeedPage> {
  const afterSeq = request.after === null ? 0 : decodeCursor(key, owner, request.after);
  const rows = await feedRows(db, owner.organisationId, owner.environment, afterSeq, request.limit);
  // Everything up to `oldest - 1` is gone (or, with nothing left, up to the last given).
  const firstKept = rows.oldest ?? (rows.last ?? 0) + 1;
  if (request.after !== null && afterSeq + 1 < firstKept) {
    throw new AppError(feedErrors.monitoring_cursor_expired, {
      oldestCursor: encodeCursor(key, owner, firstKept - 1),
    });
  }
  const from = Math.max(afterSeq, firstKept - 1);
  const lastRead = rows.pageLast ?? from;
  const etag = createHash('sha256')
    .update(`${owner.organisationId}/${owner.environment}/${afterSeq}/${request.limit}/${lastRead}`)
    .digest('base64url')
    .slice(0, 22);
  const nextCursor = JSON.stringify(encodeCursor(key, owner, lastRead));
  const upToDate = lastRead >= (rows.last ?? 0);
  return {
    json: `{"events":${rows.json},"nextCursor":${nextCursor},"upToDate":${String(upToDate)}}`,
    etag: `"${etag}"`,
  };
}
