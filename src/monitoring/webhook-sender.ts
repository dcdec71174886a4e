import type { AttemptOutcome } from './webhook-store.ts';

/** How a delivery's POST behaves toward a receiver, whatever the receiver does. */
export interface SendLimits {
  /** The whole exchange, answer included (15 s in production; tests shorten it). */
  timeoutMs: number;
  /** An answer is not read past this many bytes (64 KiB). */
  maxResponseBytes: number;
  /** How much of the answer is kept with the attempt (1 KiB). */
  excerptBytes: number;
}

export const SEND_LIMITS: SendLimits = {
  timeoutMs: 15_000,
  maxResponseBytes: 64 * 1024,
  excerptBytes: 1024,
};

/** Reads at most `max` bytes of the answer, then lets go of the rest. */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Buffer> {
  if (body === null) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    while (size < max) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value));
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, max);
}

/** The answer's first bytes as text a page can show (NUL is not allowed in a text column). */
function excerptOf(bytes: Buffer, limit: number): string | null {
  if (bytes.length === 0) return null;
  return bytes.subarray(0, limit).toString('utf8').replaceAll('\u0000', '\uFFFD');
}

function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return '';
}

function failureKind(error: unknown): AttemptOutcome['errorKind'] {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return 'timeout';
  }
  const code = errorCode(error);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'reset';
  return 'connection';
}

/**
 * POSTs one delivery. Redirects are not followed (a 3xx is a failure: the receiver must give
 * its final address), and the time limit covers reading the answer too, so a receiver that
 * trickles its answer cannot hold a worker.
 */
export async function postDelivery(
  url: string,
  headers: Record<string, string>,
  body: string,
  limits: SendLimits,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(limits.timeoutMs),
    });
    const answer = await readCapped(response.body, limits.maxResponseBytes);
    const status = response.status;
    const succeeded = status >= 200 && status < 300;
    return {
      succeeded,
      statusCode: status,
      errorKind: succeeded ? null : status >= 300 && status < 400 ? 'redirect' : 'http_status',
      durationMs: took(),
      excerpt: excerptOf(answer, limits.excerptBytes),
    };
  } catch (error) {
    return {
      succeeded: false,
      statusCode: null,
      errorKind: failureKind(error),
      durationMs: took(),
      excerpt: null,
    };
  }
}
