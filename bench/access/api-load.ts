import autocannon from 'autocannon';

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

/**
 * `POST /api/v1/persons/by-code` from `connections` keep-alive connections for `seconds`, each
 * call for a person picked at random from `codes`; with `rate`, at that many calls a second in all.
 */
export async function loadApi(
  load: ApiLoad,
  options: { connections: number; seconds: number; rate?: number },
): Promise<LoadFigures> {
  let call = 0;
  const result = await autocannon({
    url: `${load.base}/api/v1/persons/by-code`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate === undefined ? {} : { overallRate: options.rate }),
    headers: { authorization: `Bearer ${load.token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          call += 1;
          const code = load.codes[Math.floor(Math.random() * load.codes.length)];
          return {
            ...request,
            body: JSON.stringify({
              personalCode: code,
              purpose: load.purpose,
              endUser: `L-${call}`,
            }),
          };
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
