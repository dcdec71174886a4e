import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABSOLUTE_LIMIT_MS, IDLE_TIMEOUT_MS, startSession } from '../src/identity/sessions.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makePerson } from './support/factories.ts';

/** The app's clock, moved by the tests: sessions idle and age without waiting. */
const clock = {
  at: Date.parse('2026-11-20T08:00:00Z'),
  now(): Date {
    return new Date(this.at);
  },
  advance(ms: number): void {
    this.at += ms;
  },
} satisfies Clock & { at: number; advance(ms: number): void };

let ctx: TestContext;
let person: { personId: number; personalCode: string };

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  person = await makePerson(ctx.db);
});
afterAll(async () => ctx.close());

async function newResidentSession(): Promise<{ token: string; cookie: string; id: number }> {
  const { token, session } = await startSession(ctx.db, clock, {
    kind: 'resident',
    personId: person.personId,
    personalCode: person.personalCode,
    name: 'Ilze Kalniņa',
    method: 'bank_luminor',
    acr: 'substantial',
    idToken: null,
  });
  return { token, cookie: `rg_session=${token}`, id: Number(session.id) };
}

function ask(cookie: string) {
  return ctx.app.inject({
    method: 'GET',
    url: '/sesija',
    headers: { cookie, accept: 'application/json' },
  });
}

async function row(id: number) {
  return ctx.db
    .selectFrom('browser_sessions')
    .select(['last_seen_at', 'expires_at', 'created_at', 'token_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
}

describe('browser sessions', () => {
  it('keeps only a hash of the cookie’s value', async () => {
    const { token, id } = await newResidentSession();
    const stored = await row(id);
    // PGlite answers bytea as a Uint8Array, pg as a Buffer: compare the bytes.
    expect(Buffer.from(stored?.token_hash ?? []).toString('hex')).toBe(
      createHash('sha256').update(token).digest('hex'),
    );
    const all = await ctx.db.selectFrom('browser_sessions').selectAll().execute();
    expect(JSON.stringify(all)).not.toContain(token);
  });

  it('moves the idle deadline on use, writing at most once a minute', async () => {
    const { cookie, id } = await newResidentSession();
    const started = await row(id);
    clock.advance(59_000);
    const early = await ask(cookie);
    expect(early.statusCode).toBe(200);
    expect(await row(id)).toEqual(started);
    expect(early.json()).toMatchObject({ secondsLeft: IDLE_TIMEOUT_MS / 1000 - 59 });

    clock.advance(2_000);
    const later = await ask(cookie);
    expect(later.statusCode).toBe(200);
    const moved = await row(id);
    expect(moved?.last_seen_at).toEqual(clock.now());
    expect(moved?.expires_at).toEqual(new Date(clock.at + IDLE_TIMEOUT_MS));
    expect(later.json()).toEqual({
      expiresAt: new Date(clock.at + IDLE_TIMEOUT_MS).toISOString(),
      secondsLeft: IDLE_TIMEOUT_MS / 1000,
    });
  });

  it('ends after fifteen minutes without use, and the answer clears the cookie', async () => {
    const { cookie } = await newResidentSession();
    clock.advance(IDLE_TIMEOUT_MS - 1000);
    expect((await ask(cookie)).statusCode).toBe(200);
    clock.advance(IDLE_TIMEOUT_MS + 1000);
    const refused = await ask(cookie);
    expect(refused.statusCode).toBe(401);
    const cleared = refused.cookies.find((c) => c.name === 'rg_session');
    expect(cleared?.value).toBe('');
    expect(cleared?.expires?.getTime()).toBe(0);
    // A public page still answers, and clears the dead cookie as well.
    const home = await ctx.app.inject({ method: 'GET', url: '/', headers: { cookie } });
    expect(home.statusCode).toBe(200);
    expect(home.cookies.find((c) => c.name === 'rg_session')?.value).toBe('');
  });

  it('ends eight hours after sign-in however busy the person is', async () => {
    const { cookie, id } = await newResidentSession();
    const created = (await row(id))?.created_at.getTime() ?? 0;
    for (let elapsed = 10; elapsed < 8 * 60; elapsed += 10) {
      clock.advance(10 * 60_000);
      const res = await ask(cookie);
      expect(res.statusCode, `after ${elapsed} minutes`).toBe(200);
      expect((await row(id))?.expires_at.getTime()).toBeLessThanOrEqual(
        created + ABSOLUTE_LIMIT_MS,
      );
    }
    clock.advance(10 * 60_000 + 1000);
    expect((await ask(cookie)).statusCode).toBe(401);
  });

  it('ignores a cookie that names no session, and sweeps ended sessions away', async () => {
    const forged = await ask(`rg_session=${'A'.repeat(43)}`);
    expect(forged.statusCode).toBe(401);
    const garbage = await ask('rg_session=not-even-the-right-shape');
    expect(garbage.statusCode).toBe(401);

    const { id } = await newResidentSession();
    clock.advance(IDLE_TIMEOUT_MS + 1000);
    await newResidentSession();
    expect(await row(id)).toBeUndefined();
  });
});
