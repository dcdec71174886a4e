import type { Locale } from '../platform/i18n/locale.ts';
import { problemMessages } from './request-texts.ts';

/** The longest clarification question or answer, in characters. */
export const MAX_CLARIFICATION_LENGTH = 4000;

/**
 * The clarification text posted in `field`, or the form errors to show. The staff's question and
 * the organisation's answer share it so both sides of the exchange keep the same limit and error.
 */
export function clarificationFromForm(
  fields: Record<string, string>,
  field: string,
  locale: Locale,
): { ok: true; text: string } | { ok: false; errors: Record<string, string> } {
  const text = (fields[field] ?? '').trim();
  if (text !== '' && text.length <= MAX_CLARIFICATION_LENGTH) return { ok: true, text };
  return {
    ok: false,
    errors: problemMessages([{ field, code: 'clarification_text_required' }], locale),
  };
}
