import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import { reportTransactionRetries } from './db/transaction.ts';

/** Anything shaped like a Latvian personal code, with or without the hyphen. */
const PERSONAL_CODE_PATTERN = /\b\d{6}-?\d{5}\b/g;

/** Masks personal codes in free text (URLs, messages) before it reaches a log line. */
export function maskPersonalData(text: string): string {
  return text.replace(PERSONAL_CODE_PATTERN, '******-*****');
}

/**
 * A request's path as it is logged: decoded first, so a personal code written as `%31%36…`
 * is masked like any other, and without the query, whose values may be personal.
 */
export function loggablePath(url: string): string {
  const path = url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: masked as written.
  }
  return maskPersonalData(decoded);
}

/**
 * An error's message or stack as it may be logged: a database driver quotes the offending value
 * ("invalid input syntax for type bigint: \"…\"", a key in a unique violation), which may be
 * anything a caller sent; quoted values are left out and personal codes masked.
 */
export function loggableErrorText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return maskPersonalData(
    text.replace(/"[^"\n]*"/g, '"…"').replace(/\([^()\n]*\)=\([^()\n]*\)/g, '(…)=(…)'),
  );
}

/**
 * Logger settings for Fastify's pino: secrets and personal data are never written. Request logs
 * carry the method, the masked URL and the request id; no headers, no bodies, no query values.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.personalCode',
        '*.personal_code',
        '*.givenNames',
        '*.surname',
        '*.token',
        '*.password',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: loggablePath(req.url),
        id: req.id,
      }),
    },
  };
}

/**
 * Every transaction the database aborted for a deadlock or a serialization failure is a warning
 * line (`transaction_retry`), so their rate can be counted and alerted on; running out of
 * attempts is an error line.
 */
export function countTransactionRetries(log: FastifyBaseLogger): void {
  reportTransactionRetries((event) => {
    if (event.exhausted) log.error({ transactionRetry: event }, 'transaction_retries_exhausted');
    else log.warn({ transactionRetry: event }, 'transaction_retry');
  });
}
