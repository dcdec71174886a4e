import { randomUUID } from 'node:crypto';
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
  /** One access token per organisation's client; each connection keeps one of them. */
  tokens: readonly string[];
  purpose: string;
  /** Every production person's code: each call picks from the whole loaded range. */
  codes: readonly string[];
  /** Persons per call: 1 asks `/persons/by-code`, more ask `/persons/batch`. */
  batch: number;
}

const pathOf = (load: ApiLoad) =>
  load.batch === 1 ? '/api/v1/persons/by-code' : '/api/v1/persons/batch';

/**
 * One call: its body (persons picked at random from the whole range, a case number of its own),
 * and its headers, with an Idempotency-Key on every other call, as clients that retry send.
 */
function calls(
  load: ApiLoad,
): (token: string) => { body: string; headers: Record<string, string> } {
  let call = 0;
  const pick = () => load.codes[Math.floor(Math.random() * load.codes.length)] ?? '';
  return (token) => {
    call += 1;
    const persons =
      load.batch === 1
        ? { personalCode: pick() }
        : { personalCodes: Array.from({ length: load.batch }, pick) };
    return {
      body: JSON.stringify({ ...persons, purpose: load.purpose, endUser: `L-${call}` }),
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(call % 2 === 0 ? { 'idempotency-key': randomUUID() } : {}),
      },
    };
  };
}

/** Calls as fast as they are answered, from `connections` keep-alive connections. */
export async function fullSpeed(
  load: ApiLoad,
  options: { connections: number; seconds: number },
): Promise<LoadFigures> {
  const next = calls(load);
  let connection = 0;
  const result = await autocannon({
    url: `${load.base}${pathOf(load)}`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        // autocannon keeps one context per connection: each takes the next organisation's token.
        setupRequest: (request, context) => {
          const own = context as { token?: string };
          own.token ??= load.tokens[connection++ % load.tokens.length] ?? '';
          const { body, headers } = next(own.token);
          return { ...request, body, headers };
        },
      },
    ],
  });
  return {
    rate: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    answered: result['2xx'],
    failed: result.non2xx + result.errors,
  };
}

/** The same calls at an even `rate` a second, the organisations' tokens taking turns. */
export function heldRate(
  load: ApiLoad,
  options: { rate: number; seconds: number },
): Promise<LoadFigures> {
  const next = calls(load);
  let turn = 0;
  return pacedLoad({
    url: `${load.base}${pathOf(load)}`,
    call: () => next(load.tokens[turn++ % load.tokens.length] ?? ''),
    ...options,
  });
}
