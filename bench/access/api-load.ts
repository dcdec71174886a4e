import autocannon from 'autocannon';
import { pacedLoad } from './paced-load.ts';

export interface LoadFigures {
  /** Answers with status 200 per second over the whole run. */
  rate: number;
  p50: number;
  p99: number;
  answered: number;
  /** Anything but a 200, and connection errors: must be none. */
  failed: number;
}

export interface ApiLoad {
  base: string;
  token: string;
  purpose: string;
  codes: readonly string[];
}

const PATH = '/api/v1/persons/by-code';

/** A call's body: a person picked at random from `codes`, and a case number of its own. */
function bodies(load: ApiLoad): () => string {
  let call = 0;
  return () => {
    call += 1;
    const code = load.codes[Math.floor(Math.random() * load.codes.length)];
    return JSON.stringify({ personalCode: code, purpose: load.purpose, endUser: `L-${call}` });
  };
}

const headersOf = (load: ApiLoad) => ({
  authorization: `Bearer ${load.token}`,
  'content-type': 'application/json',
});

/** `POST /api/v1/persons/by-code` as fast as it answers, from `connections` keep-alive connections. */
export async function fullSpeed(
  load: ApiLoad,
  options: { connections: number; seconds: number },
): Promise<LoadFigures> {
  const body = bodies(load);
  const result = await autocannon({
    url: `${load.base}${PATH}`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    headers: headersOf(load),
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  return {
    rate: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    answered: result['2xx'],
    failed: result.non2xx + result.errors,
  };
}

/** The same calls at an even `rate` a second. */
export function heldRate(
  load: ApiLoad,
  options: { rate: number; seconds: number },
): Promise<LoadFigures> {
  return pacedLoad({
    url: `${load.base}${PATH}`,
    headers: headersOf(load),
    body: bodies(load),
    ...options,
  });
}
