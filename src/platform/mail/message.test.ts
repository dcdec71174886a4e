import { describe, expect, it } from 'vitest';
import {
  assertAttachments,
  attachmentToPayload,
  isMailAddress,
  MAX_ATTACHMENT_BYTES,
  maskAddresses,
  parseMailPayload,
  recipientDomain,
} from './message.ts';

describe('mail addresses', () => {
  it('takes one plain address and refuses names, lists, spaces and header injection', () => {
    for (const ok of ['janis@example.lv', 'a.b+c@mail.gov.lv', 'x_y@sub.domain.eu']) {
      expect(isMailAddress(ok), ok).toBe(true);
    }
    for (const bad of [
      '',
      'janis',
      'janis@',
      '@example.lv',
      'janis@localhost',
      'Jānis <janis@example.lv>',
      'a@example.lv, b@example.lv',
      'a@example.lv;b@example.lv',
      'janis@example.lv\r\nBcc: all@example.lv',
      'jan is@example.lv',
      'a@b@example.lv',
      `${'x'.repeat(250)}@example.lv`,
    ]) {
      expect(isMailAddress(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('keeps only the domain in logs and masks addresses inside relay answers', () => {
    expect(recipientDomain('Janis@Example.LV')).toBe('example.lv');
    expect(maskAddresses('550 5.1.1 <janis@example.lv>: Recipient address rejected')).toBe(
      '550 5.1.1 <…@example.lv>: Recipient address rejected',
    );
  });

  it('reads a job payload back and refuses a malformed one', () => {
    const payload = {
      mailId: '6f1c1c2e-4a8e-4a39-9b1a-0c2d3e4f5a6b',
      to: 'janis@example.lv',
      subject: 'Temats',
      text: 'Teksts',
    };
    expect(parseMailPayload(payload)).toEqual(payload);
    expect(() => parseMailPayload({ ...payload, to: 'nav adrese' })).toThrow();
    expect(() => parseMailPayload({ ...payload, mailId: '1' })).toThrow(/mailId/);
    expect(() => parseMailPayload({ ...payload, subject: 7 })).toThrow(/subject/);
    expect(() => parseMailPayload({ ...payload, html: 7 })).toThrow(/html/);
  });

  it('carries attachments as base64 and refuses a folder in the name, a bad type or too many bytes', () => {
    const payload = {
      mailId: '6f1c1c2e-4a8e-4a39-9b1a-0c2d3e4f5a6b',
      to: 'janis@example.lv',
      subject: 'Rēķins',
      text: 'Pielikumā',
    };
    const attachment = {
      filename: 'RG-2026-000001.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.7 ķēniņš'),
    };
    const travelled = parseMailPayload({
      ...payload,
      attachments: [attachmentToPayload(attachment)],
    });
    expect(travelled.attachments).toEqual([attachment]);
    expect(() => assertAttachments([attachment])).not.toThrow();
    for (const filename of ['../etc/passwd', 'a\\b.pdf', 'a\r\nBcc: x.pdf', 'a"b.pdf', ' ', '']) {
      expect(() => assertAttachments([{ ...attachment, filename }]), filename).toThrow(/name/);
    }
    for (const contentType of ['pdf', 'application/pdf\r\nX: y', '']) {
      expect(() => assertAttachments([{ ...attachment, contentType }])).toThrow(/type/);
    }
    const heavy = { ...attachment, content: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1) };
    expect(() => assertAttachments([heavy])).toThrow(/too large/);
    expect(() => parseMailPayload({ ...payload, attachments: 'x' })).toThrow(/attachments/);
    expect(() => parseMailPayload({ ...payload, attachments: [{ filename: 'a.pdf' }] })).toThrow(
      /contentType/,
    );
  });
});
