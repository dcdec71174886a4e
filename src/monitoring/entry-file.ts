import type { ErrorDefinition, ErrorDetails } from '../platform/errors.ts';
import type { AddItem } from './entries.ts';
import { entryErrors } from './entry-errors.ts';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_FILE_LINES = 10_000;

export type ParsedFile =
  { ok: true; items: AddItem[] } | { ok: false; error: ErrorDefinition; details?: ErrorDetails };

// Text has no control characters but tab and line ends; anything else means a binary file.
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/**
 * A file of personal codes, one a line, either format, with the organisation's own reference
 * after the first `;`, `,` or tab. Blank lines are skipped; each item keeps its line number, so
 * the refusal names the line a person sees in an editor.
 */
export function parseEntryFile(bytes: Buffer): ParsedFile {
  const limits = { maxBytes: MAX_FILE_BYTES, maxLines: MAX_FILE_LINES };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, error: entryErrors.monitoring_file_too_large, details: limits };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: entryErrors.monitoring_file_binary };
  }
  if (hasControlCharacters(text)) return { ok: false, error: entryErrors.monitoring_file_binary };
  const lines = text.split(/\r\n|\n|\r/);
  const items: AddItem[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const separator = raw.search(/[;,\t]/);
    const code = separator < 0 ? raw : raw.slice(0, separator);
    const reference = separator < 0 ? '' : raw.slice(separator + 1).trim();
    items.push({
      line: i + 1,
      personalCode: code.trim().slice(0, 40),
      reference: reference === '' ? null : reference,
    });
  });
  if (items.length > MAX_FILE_LINES) {
    return { ok: false, error: entryErrors.monitoring_file_too_large, details: limits };
  }
  if (items.length === 0) return { ok: false, error: entryErrors.monitoring_file_empty };
  return { ok: true, items };
}
