import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Config } from '../config.ts';
import { addressAllowed, bareHost, systemLookup, type HostLookup } from './webhook-address.ts';
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

/** The error a connection to a refused address fails with (see webhook-address.ts). */
const ADDRESS_REFUSED = 'ERR_WEBHOOK_ADDRESS_REFUSED';

function addressRefused(): Error {
  return Object.assign(new Error('webhook address refused'), { code: ADDRESS_REFUSED });
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

function failureKind(error: unknown, timedOut: boolean): AttemptOutcome['errorKind'] {
  if (timedOut) return 'timeout';
  const code = errorCode(error);
  if (code === ADDRESS_REFUSED) return 'address_refused';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'reset';
  return 'connection';
}

export interface Sender {
  /** POSTs one delivery and tells how it went; never throws. */
  post(url: string, headers: Record<string, string>, body: string): Promise<AttemptOutcome>;
  /** Lets go of the connections kept open. */
  close(): void;
}

/**
 * Sends deliveries over connections kept open between them (one per receiver at a time, since
 * each endpoint is sent to in order). Every new connection resolves the host itself and refuses
 * an address that is not public (docs/decisions/0022), so what was checked is what is connected
 * to. Redirects are not followed (a 3xx is a failure: the receiver must give its final address),
 * and the time limit covers reading the answer too, so a receiver that trickles its answer
 * cannot hold a worker.
 */
export function createSender(options: {
  limits: SendLimits;
  mode: Config['mode'];
  lookup?: HostLookup;
}): Sender {
  const { limits, mode } = options;
  const resolve = options.lookup ?? systemLookup;
  const guardedLookup =
    (protocol: string): LookupFunction =>
    (hostname, lookupOptions, callback) => {
      resolve(hostname).then(
        (found) => {
          if (found.length === 0 || found.some((a) => !addressAllowed(a.address, protocol, mode))) {
            callback(addressRefused(), '', 0);
          } else if (lookupOptions.all === true) {
            (callback as unknown as (e: null, all: typeof found) => void)(null, found);
          } else {
            const first = found[0] ?? { address: '', family: 0 };
            callback(null, first.address, first.family);
          }
        },
        (error: unknown) =>
          callback(error instanceof Error ? error : new Error(String(error)), '', 0),
      );
    };
  const httpLookup = guardedLookup('http:');
  const httpsLookup = guardedLookup('https:');
  const httpAgent = new http.Agent({ keepAlive: true, lookup: httpLookup });
  const httpsAgent = new https.Agent({ keepAlive: true, lookup: httpsLookup });

  const post = (url: string, headers: Record<string, string>, body: string) => {
    const started = performance.now();
    const took = () => Math.round(performance.now() - started);
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const host = bareHost(target.hostname);
    const failed = (error: unknown, timedOut: boolean): AttemptOutcome => ({
      succeeded: false,
      statusCode: null,
      errorKind: failureKind(error, timedOut),
      durationMs: took(),
      excerpt: null,
    });
    // A literal address is connected to without a lookup, so it is judged here.
    if (isIP(host) !== 0 && !addressAllowed(host, target.protocol, mode)) {
      return Promise.resolve(failed(addressRefused(), false));
    }
    const signal = AbortSignal.timeout(limits.timeoutMs);
    return new Promise<AttemptOutcome>((settle) => {
      let settled = false;
      const done = (outcome: AttemptOutcome) => {
        if (settled) return;
        settled = true;
        settle(outcome);
      };
      const send = (retried: boolean) => {
        const request = (secure ? https : http).request(
          target,
          {
            method: 'POST',
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
            agent: secure ? httpsAgent : httpAgent,
            lookup: secure ? httpsLookup : httpLookup,
            signal,
          },
          (response) => read(response),
        );
        request.on('error', (error) => {
          // A kept-alive connection the receiver closed just as it was reused fails before any
          // answer: sent again once on a new connection (the receiver de-duplicates by id).
          if (!retried && request.reusedSocket && errorCode(error) === 'ECONNRESET') {
            send(true);
            return;
          }
          done(failed(error, signal.aborted));
        });
        request.end(body);
      };
      const read = (response: http.IncomingMessage) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        const answered = () => {
          const succeeded = status >= 200 && status < 300;
          done({
            succeeded,
            statusCode: status,
            errorKind: succeeded
              ? null
              : status >= 300 && status < 400
                ? 'redirect'
                : 'http_status',
            durationMs: took(),
            excerpt: excerptOf(
              Buffer.concat(chunks).subarray(0, limits.maxResponseBytes),
              limits.excerptBytes,
            ),
          });
        };
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          // Enough read: the rest is not wanted, and the connection is not kept.
          if (size >= limits.maxResponseBytes) {
            answered();
            response.destroy();
          }
        });
        response.on('end', answered);
        response.on('error', (error) => done(failed(error, signal.aborted)));
        response.on('close', () => {
          if (!response.complete) done(failed(new Error('answer cut short'), signal.aborted));
        });
      };
      send(false);
    });
  };

  return {
    post,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
