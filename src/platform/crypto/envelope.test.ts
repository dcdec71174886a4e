import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEnvelope } from './envelope.ts';

describe('envelope encryption', () => {
  const envelope = createEnvelope(randomBytes(32));
  const image = Buffer.from('\x89PNG fake image bytes');

  it('round-trips and never stores the plaintext', () => {
    const sealed = envelope.seal(image, 'person:1');
    expect(sealed.ciphertext.includes(image)).toBe(false);
    expect(envelope.open(sealed, 'person:1')).toEqual(image);
  });

  it('refuses another context, a flipped bit, or another master key', () => {
    const sealed = envelope.seal(image, 'person:1');
    expect(() => envelope.open(sealed, 'person:2')).toThrow();
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => envelope.open({ ...sealed, ciphertext: flipped }, 'person:1')).toThrow();
    const other = createEnvelope(randomBytes(32));
    expect(() => other.open(sealed, 'person:1')).toThrow();
  });
});
