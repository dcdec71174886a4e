/**
 * Reads fields and files from a parsed form body, whichever way it arrived: urlencoded (strings)
 * or multipart (fields as strings or `{ value }`, files as a Buffer or a part with a filename).
 */
export type FormBody = Record<string, unknown>;

export function formFields(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return out;
  for (const [name, raw] of Object.entries(body as FormBody)) {
    const value = fieldValue(raw);
    if (value !== null) out[name] = value;
  }
  return out;
}

function fieldValue(raw: unknown): string | null {
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw)) return fieldValue(raw[0]);
  if (typeof raw === 'object' && raw !== null && !Buffer.isBuffer(raw)) {
    const part = raw as { type?: unknown; value?: unknown };
    if (part.type === 'field' && typeof part.value === 'string') return part.value;
  }
  return null;
}

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

/** The named file, or null when none was chosen (browsers send an empty part then). */
export async function formFile(body: unknown, name: string): Promise<UploadedFile | null> {
  if (typeof body !== 'object' || body === null) return null;
  const raw = (body as FormBody)[name];
  if (Buffer.isBuffer(raw)) return raw.length === 0 ? null : { name: 'pielikums', bytes: raw };
  if (typeof raw === 'object' && raw !== null) {
    const part = raw as { type?: unknown; filename?: unknown; toBuffer?: unknown };
    if (part.type === 'file' && typeof part.toBuffer === 'function') {
      const bytes = await (part.toBuffer as () => Promise<Buffer>)();
      if (bytes.length === 0) return null;
      const filename =
        typeof part.filename === 'string' && part.filename !== '' ? part.filename : 'pielikums';
      // Only the last path segment, so a name can never address a folder.
      return { name: filename.split(/[\\/]/).pop()?.slice(0, 200) ?? 'pielikums', bytes };
    }
  }
  return null;
}
