import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { Envelope } from '../platform/crypto/envelope.ts';
import { parseSealed, serialiseSealed } from '../platform/crypto/sealed-bytes.ts';
import { eventJson, type MonitoringEventJson, type StoredEvent } from './event-shape.ts';

/** Standard Webhooks' secret form: the prefix and the key's bytes in base64. */
export const SECRET_PREFIX = 'whsec_';
/** 32 bytes: the HMAC-SHA256 block's worth of key, within the 24–64 the specification asks. */
const SECRET_BYTES = 32;

export function newSecretBytes(): Buffer {
  return randomBytes(SECRET_BYTES);
}

export function secretText(bytes: Uint8Array): string {
  return `${SECRET_PREFIX}${Buffer.from(bytes).toString('base64')}`;
}

/** Bound to its endpoint, so a sealed secret copied to another endpoint does not open. */
const sealedFor = (endpointId: number) => `monitoring_webhook_secret:${String(endpointId)}`;

export function sealSecret(envelope: Envelope, endpointId: number, bytes: Buffer): Buffer {
  return serialiseSealed(envelope.seal(bytes, sealedFor(endpointId)));
}

export function openSecret(envelope: Envelope, endpointId: number, sealed: Uint8Array): Buffer {
  return envelope.open(parseSealed(sealed), sealedFor(endpointId));
}

/**
 * A delivery's body, in the envelope Standard Webhooks suggests: `type`, `timestamp` (when the
 * event was made) and `data`, the event exactly as the pull feed lists it.
 */
export interface DeliveryBody {
  type: `monitoring.${MonitoringEventJson['type']}`;
  timestamp: string;
  data: MonitoringEventJson;
}

export function deliveryBody(event: StoredEvent & { created_at: Date }): string {
  const body: DeliveryBody = {
    type: `monitoring.${event.type}`,
    timestamp: event.created_at.toISOString(),
    data: eventJson(event),
  };
  return JSON.stringify(body);
}

/**
 * The three Standard Webhooks headers. Each live secret signs (the newest first): during a
 * rotation's overlap a receiver holding either secret verifies the delivery.
 */
export function deliveryHeaders(
  eventId: string,
  sentAt: Date,
  body: string,
  secrets: readonly Uint8Array[],
): Record<string, string> {
  const signatures = secrets.map((secret) =>
    new Webhook(secretText(secret)).sign(eventId, sentAt, body),
  );
  return {
    'content-type': 'application/json',
    'user-agent': 'Register-Gateway-Webhooks/1',
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
