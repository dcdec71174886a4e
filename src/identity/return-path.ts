/**
 * Where to go after signing in: only a path on this site. Anything else (another origin, a
 * scheme-relative `//host`, backslashes browsers treat as slashes, control characters) falls back
 * to the home page, so the sign-in link cannot be used as an open redirect.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//')) return fallback;
  // Browsers read "\" as "/" in URLs, and strip tabs and newlines before parsing.
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (char === '\\' || code < 0x20 || code === 0x7f) return fallback;
  }
  const base = 'http://return-path.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Returning to the sign-in or sign-out routes would loop.
  if (/^\/(pieteikties|iziet)(\/|$)/.test(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}
