import fc from 'fast-check';
import type { LightMyRequestResponse as Response } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CataloguedRoute } from '../src/platform/http/route-catalogue.ts';
import { systemClock } from '../src/platform/time/riga.ts';
import { createOperatorToken } from '../src/identity/service.ts';
import { hostileRequests, type HostileRequest } from './support/hostile-requests.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { makeCallers, type Caller, type Callers } from './support/route-principals.ts';

/**
 * Every route the app registers, called anonymously and as each caller its access admits, with
 * generated hostile input: no answer may be a server error, and every error answer is ours
 * (JSON with a code for the API, the error page for pages asked for HTML). The routes come from
 * the app's own catalogue, so a new route is covered the day it is added.
 */

/** Fixed, so CI runs the same requests each time; HOSTILE_SEED and HOSTILE_RUNS explore further. */
const SEED = Number(process.env.HOSTILE_SEED ?? 20_261_203);
const RUNS_PER_CALLER = Number(process.env.HOSTILE_RUNS ?? 5);
/** The sweep's share of the file's time; a route over its share stops early, it does not fail. */
const BUDGET_MS = 90_000;

let ctx: ListeningApp;
let callers: Callers;
let formFields: string[];

// Listening, so resident sign-in reaches the development identity provider at its address.
beforeAll(async () => {
  ctx = await startListeningApp();
  const { token } = await createOperatorToken(ctx.db, { name: 'Test operator', authority: 'PMLP' });
  callers = await makeCallers({ ...ctx, operatorToken: token }, systemClock);
  formFields = await fieldsOfForms(driven(ctx.app.routeCatalogue));
});
afterAll(async () => ctx.close());

/** All routes but the HEAD twin Fastify adds to each GET route (the same handler). */
function driven(catalogue: readonly CataloguedRoute[]): CataloguedRoute[] {
  const gets = new Set(catalogue.filter((r) => r.method === 'GET').map((r) => r.url));
  return catalogue.filter((r) => !(r.method === 'HEAD' && gets.has(r.url)));
}

function callersOf(route: CataloguedRoute): Caller[] {
  return [callers.anonymous, ...callers.admittedBy(route)];
}

/**
 * The field names of every form the pages without parameters show their callers, so form
 * bodies carry the names handlers read and not only names nobody reads.
 */
async function fieldsOfForms(routes: CataloguedRoute[]): Promise<string[]> {
  const names = new Set<string>();
  for (const route of routes) {
    if (route.method !== 'GET' || route.url.includes(':') || route.url.includes('*')) continue;
    for (const caller of callersOf(route)) {
      const { headers } = await caller.headers();
      const res = await ctx.app.inject({
        method: 'GET',
        url: route.url,
        headers: { ...headers, accept: 'text/html' },
      });
      for (const match of res.body.matchAll(/<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"/g)) {
        if (match[1] !== undefined && match[1] !== '_csrf') names.add(match[1]);
      }
    }
  }
  return [...names].sort();
}

/**
 * Whether the path falls to an endpoint other systems call (`csrf: false`: the development
 * identity provider's), which answers in its own protocol's error format. Its wildcard also
 * takes what a route beside it does not match (a parameter over the router's length limit), so
 * the whole prefix counts.
 */
function answeredByOtherSystem(url: string): boolean {
  return ctx.app.routeCatalogue.some(
    (route) => route.config.csrf === false && url.startsWith(route.url.replace(/\*$/, '')),
  );
}

/**
 * What is wrong with an answer to a hostile request, or null. A page may answer its own form's
 * errors as the page itself; anything else in error is the error page, or our JSON shape.
 */
function fault(request: HostileRequest, res: Response): string | null {
  if (res.statusCode >= 500) return 'a server error';
  if (res.statusCode < 400 || request.method === 'HEAD' || answeredByOtherSystem(request.url)) {
    return null;
  }
  const html = (res.headers['content-type'] ?? '').startsWith('text/html');
  const api = request.url.startsWith('/api/');
  if (!api && request.accept.includes('text/html'))
    return html ? null : 'an error that is not a page';
  if (!api && html) return null;
  try {
    const body = res.json<{ code?: unknown; requestId?: unknown }>();
    if (typeof body.code === 'string' && typeof body.requestId === 'string') return null;
  } catch {
    // Not JSON: reported below.
  }
  return 'an error not in the JSON error shape';
}

function report(
  route: CataloguedRoute,
  caller: Caller,
  request: HostileRequest,
  sent: Buffer | undefined,
  res: Response,
  problem: string,
): string {
  return [
    `${route.method} ${route.url} as ${caller.label}: ${problem} (${res.statusCode})`,
    `  url: ${JSON.stringify(request.url.slice(0, 300))}, accept: ${request.accept}`,
    `  body: ${request.body?.kind ?? 'none'}, content type ${String(request.body?.contentType)}, ` +
      JSON.stringify(sent?.subarray(0, 300).toString('latin1') ?? ''),
    `  answer: ${res.body.slice(0, 500)}`,
  ].join('\n');
}

it('no route answers hostile input with a server error or outside the error shape', async () => {
  const routes = driven(ctx.app.routeCatalogue);
  const sweeps = routes.flatMap((route) => callersOf(route).map((caller) => ({ route, caller })));
  const deadline = Date.now() + BUDGET_MS;
  const failures: string[] = [];
  // Whether the requests got past the door: an admitted caller is never asked to sign in.
  let requestsSent = 0;
  const turnedAway: string[] = [];
  for (const [i, { route, caller }] of sweeps.entries()) {
    const requests = hostileRequests(route, {
      formFields,
      bodyLimit: ctx.app.initialConfig.bodyLimit ?? 1024 * 1024,
    });
    await fc.check(
      fc.asyncProperty(requests, async (request) => {
        const { headers, csrf } = await caller.headers();
        const body = request.body;
        const sent = body === null ? undefined : body.bytes(csrf);
        const res = await ctx.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: {
            ...headers,
            accept: request.accept,
            ...(body?.contentType == null ? {} : { 'content-type': body.contentType }),
          },
          ...(sent === undefined ? {} : { payload: sent }),
        });
        requestsSent += 1;
        if (caller !== callers.anonymous && res.statusCode === 401) {
          turnedAway.push(`${route.method} ${route.url} as ${caller.label}`);
        }
        const problem = fault(request, res);
        if (problem !== null) failures.push(report(route, caller, request, sent, res, problem));
        return problem === null;
      }),
      {
        seed: SEED + i,
        numRuns: RUNS_PER_CALLER,
        endOnFailure: true,
        // An even share of the time left, so time a quick route leaves over goes to the next.
        interruptAfterTimeLimit: Math.max(deadline - Date.now(), 0) / (sweeps.length - i),
      },
    );
  }
  expect(requestsSent).toBeGreaterThanOrEqual(sweeps.length);
  expect([...new Set(turnedAway)]).toEqual([]);
  expect(failures.join('\n\n')).toBe('');
}, 150_000);
