/**
 * `Content-Disposition: attachment` for a file to save, never to show in our origin. The plain
 * `filename` keeps ASCII only (old clients); `filename*` (RFC 6266, RFC 8187) carries the real
 * name, Latvian letters included.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/gu, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
