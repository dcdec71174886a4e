import { describe, expect, it } from 'vitest';
import { createEnvelope } from '../platform/crypto/envelope.ts';
import {
  acceptedTotpStep,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpCode,
  totpQrDataUri,
  totpStep,
  totpUri,
} from './totp.ts';

const at = new Date('2026-03-02T10:00:15Z');
const secret = newTotpSecret();

describe('TOTP', () => {
  it('accepts the code of now, and of one step before or after, but not two', () => {
    const step = totpStep(at);
    expect(acceptedTotpStep(secret, totpCode(secret, at), at, null)).toBe(step);
    const before = new Date(at.getTime() - 30_000);
    const after = new Date(at.getTime() + 30_000);
    expect(acceptedTotpStep(secret, totpCode(secret, before), at, null)).toBe(step - 1);
    expect(acceptedTotpStep(secret, totpCode(secret, after), at, null)).toBe(step + 1);
    const farBefore = new Date(at.getTime() - 60_000);
    const farAfter = new Date(at.getTime() + 60_000);
    expect(acceptedTotpStep(secret, totpCode(secret, farBefore), at, null)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, farAfter), at, null)).toBeNull();
  });

  it('accepts a step once only, and no earlier step after it', () => {
    const code = totpCode(secret, at);
    const step = acceptedTotpStep(secret, code, at, null);
    expect(step).not.toBeNull();
    expect(acceptedTotpStep(secret, code, at, step)).toBeNull();
    const before = new Date(at.getTime() - 30_000);
    expect(acceptedTotpStep(secret, totpCode(secret, before), at, step)).toBeNull();
    const next = new Date(at.getTime() + 30_000);
    expect(acceptedTotpStep(secret, totpCode(secret, next), next, step)).toBe((step ?? 0) + 1);
  });

  it('refuses codes of another secret and anything not six digits', () => {
    expect(acceptedTotpStep(newTotpSecret(), totpCode(secret, at), at, null)).toBeNull();
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 123456']) {
      expect(acceptedTotpStep(secret, bad, at, null)).toBeNull();
    }
  });

  it('seals the secret to its user row', () => {
    const envelope = createEnvelope(Buffer.alloc(32, 3));
    const stored = sealTotpSecret(envelope, 7, secret);
    expect(stored.includes(Buffer.from(secret))).toBe(false);
    expect(openTotpSecret(envelope, 7, stored)).toBe(secret);
    expect(() => openTotpSecret(envelope, 8, stored)).toThrow();
    expect(() => openTotpSecret(envelope, 7, stored.subarray(0, 20))).toThrow();
  });

  it('makes an otpauth address and its QR code', async () => {
    const uri = totpUri(secret, 'anna@example.lv');
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(uri).toContain('digits=6');
    expect(uri).toContain('period=30');
    const image = await totpQrDataUri(uri);
    expect(Buffer.from(image.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');
  });
});
