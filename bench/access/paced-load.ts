import http from 'node:http';
import type { LoadFigures } from './api-load.ts';

const LEAD_IN_SECONDS = 1;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Calls at an even pace, `rate` a second for `seconds`, each sent when its time comes whatever
 * the earlier ones are doing (an open load, as independent clients make). A call's latency counts
 * from when it was due, so a slow answer that delays the next sends is not hidden. autocannon's
 * own rate limit sends each second's calls in one burst, which measures queueing, not the service.
 */
export async function pacedLoad(options: {
  url: string;
  /** The next call's body and headers. */
  call: () => { body: string; headers: Record<string, string> };
  rate: number;
  seconds: number;
}): Promise<LoadFigures> {
  const leadIn = Math.round(options.rate * LEAD_IN_SECONDS);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(options.url);
  const total = leadIn + Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const call = (due: number, counted: boolean) =>
    new Promise<void>((resolve) => {
      const { body, headers } = options.call();
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.once('end', () => {
            if (counted && response.statusCode === 200) latencies.push(performance.now() - due);
            else if (counted) failed += 1;
            resolve();
          });
        },
      );
      request.once('error', () => {
        if (counted) failed += 1;
        resolve();
      });
      request.end(body);
    });
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(call(due, i >= leadIn));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - (started + (leadIn * 1000) / options.rate)) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rate: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    answered: latencies.length,
    failed,
  };
}
