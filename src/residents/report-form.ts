import type { Text } from '../platform/i18n/locale.ts';
import { imageInfo } from '../platform/images/image-info.ts';
import { reportFormTexts } from './texts/report-form.ts';

/**
 * Server-side validation of the residents' report forms. Field errors come back as texts in both
 * languages, keyed by field name, so a form redisplays with the user's input and an error summary.
 */

export const DATA_ITEMS = reportFormTexts.dataItems;

export type DataItem = keyof typeof DATA_ITEMS;

export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

export interface Attachment {
  name: string;
  bytes: Buffer;
}

export type FormErrors = Record<string, Text>;

export interface DeficiencyForm {
  dataItem: DataItem;
  description: string;
  correctValue: string;
  email: string | null;
  phone: string | null;
  attachment: (Attachment & { contentType: string }) | null;
}

export interface ErrorReportForm {
  email: string;
  description: string;
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;
const isEmail = (value: string) => EMAIL.test(value) && value.length <= 254;
const ERRORS = reportFormTexts.errors;
const PHONE = /^\+?[0-9][0-9 ]{6,18}[0-9]$/;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function isDataItem(value: string): value is DataItem {
  return Object.hasOwn(DATA_ITEMS, value);
}

/** The file's real type from its first bytes; the name and the browser's claim are not trusted. */
function sniffType(bytes: Buffer): string | null {
  const image = imageInfo(bytes);
  if (image !== null) return image.contentType;
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export function validateDeficiencyForm(
  body: Record<string, unknown>,
  attachment: Attachment | null,
): { ok: true; value: DeficiencyForm } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const dataItem = text(body.dataItem);
  const description = text(body.description);
  const correctValue = text(body.correctValue);
  const email = text(body.email);
  const phone = text(body.phone);
  if (!isDataItem(dataItem)) {
    errors.dataItem = ERRORS.dataItem;
  }
  if (description === '' || description.length > 2000) {
    errors.description = ERRORS.deficiencyDescription;
  }
  if (correctValue === '' || correctValue.length > 500) {
    errors.correctValue = ERRORS.correctValue;
  }
  if (email === '' && phone === '') {
    errors.email = ERRORS.contactMissing;
  } else {
    if (email !== '' && !isEmail(email)) errors.email = ERRORS.emailFormat;
    if (phone !== '' && !PHONE.test(phone)) {
      errors.phone = ERRORS.phone;
    }
  }
  let file: DeficiencyForm['attachment'] = null;
  if (attachment !== null && attachment.bytes.length > 0) {
    const contentType = sniffType(attachment.bytes);
    if (attachment.bytes.length > MAX_ATTACHMENT_BYTES || contentType === null) {
      errors.attachment = ERRORS.attachment;
    } else {
      file = { ...attachment, contentType };
    }
  }
  if (Object.keys(errors).length > 0 || !isDataItem(dataItem)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      dataItem,
      description,
      correctValue,
      email: email === '' ? null : email,
      phone: phone === '' ? null : phone,
      attachment: file,
    },
  };
}

export function validateErrorReportForm(
  body: Record<string, unknown>,
): { ok: true; value: ErrorReportForm } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const email = text(body.email);
  const description = text(body.description);
  if (!isEmail(email)) errors.email = ERRORS.emailFormat;
  if (description === '' || description.length > 2000) {
    errors.description = ERRORS.errorDescription;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { email, description } };
}
