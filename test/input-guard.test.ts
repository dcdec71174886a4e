import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundNumbers, unstorableFields } from '../src/platform/http/input-guard.ts';
import { createTestApp, type TestContext } from './support/app.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx.close());

const auth = () => ({ authorization: `Bearer ${ctx.operatorToken}` });

/** A multipart body cut off in the middle of its only part. */
const TRUNCATED_MULTIPART = '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue';

describe('input no column can store is refused before it reaches the database', () => {
  it('a NUL character in a query, a JSON body or a field name', async () => {
    const query = await ctx.app.inject({
      method: 'GET',
      url: '/api/operator/v1/addresses?q=Br%00%C4%ABv',
      headers: auth(),
    });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({
      code: 'validation_failed',
      details: { fields: ['querystring.q'] },
    });
    const body = await ctx.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/lookup',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: JSON.stringify({ personalCode: '161175-19997', reason: 'Lieta\u0000 12' }),
    });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({ details: { fields: ['body.reason'] } });
  });

  it('numbers beyond what a database key holds, in a path and in a query', async () => {
    const path = await ctx.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/99999999999999999999999/death',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: JSON.stringify({}),
    });
    expect(path.statusCode).toBe(400);
    expect(path.json()).toMatchObject({ code: 'validation_failed' });
    for (const after of ['1e400', '99999999999999999999', '-1e400']) {
      const res = await ctx.app.inject({
        method: 'GET',
        url: `/api/operator/v1/changes?after=${after}`,
        headers: auth(),
      });
      expect(res.statusCode, after).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('a multipart body cut short: JSON for the API, the error page for pages', async () => {
    const api = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: TRUNCATED_MULTIPART,
    });
    expect(api.statusCode).toBe(400);
    expect(api.json()).toMatchObject({ code: 'validation_failed', details: { fields: ['body'] } });
    const page = await ctx.app.inject({
      method: 'POST',
      url: '/organizacijas/pieteikties',
      headers: { accept: 'text/html', 'content-type': 'multipart/form-data; boundary=x' },
      payload: TRUNCATED_MULTIPART,
    });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('validation_failed');
  });
});

describe('input nested deeper than any form or API body is refused, however deep', () => {
  it('a JSON body nested 100 000 levels deep: 400 on the API and on a page', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const api = await ctx.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/lookup',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: `{"personalCode":"161175-19997","reason":"Lieta 1","extra":${deep}}`,
    });
    expect(api.statusCode).toBe(400);
    expect(api.json()).toMatchObject({ code: 'validation_failed' });
    const page = await ctx.app.inject({
      method: 'POST',
      url: '/organizacijas/registracija',
      headers: { accept: 'text/html', 'content-type': 'application/json' },
      payload: deep,
    });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('validation_failed');
  });

  it('reports where the input gets too deep, clean or not, and walks no further', () => {
    let nested: unknown = 'clean';
    for (let i = 0; i < 40; i += 1) nested = [nested];
    const fields = unstorableFields({ a: nested }, 'body');
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatch(/^body\.a(\.0)+$/);
    expect(unstorableFields({ a: [[['ok']]] }, 'body')).toEqual([]);
  });
});

describe('the guard itself', () => {
  it('bounds every number in a schema, however nested, and leaves set bounds alone', () => {
    const schema = {
      type: 'object',
      properties: {
        id: { type: 'integer', minimum: 1 },
        list: { type: 'array', items: { type: ['number', 'null'] } },
        either: { anyOf: [{ type: 'integer', maximum: 10 }, { type: 'string' }] },
      },
    };
    boundNumbers(schema);
    expect(schema.properties.id).toEqual({
      type: 'integer',
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
    });
    expect(schema.properties.list.items).toMatchObject({ maximum: Number.MAX_SAFE_INTEGER });
    expect(schema.properties.either.anyOf[0]).toEqual({
      type: 'integer',
      maximum: 10,
      minimum: -Number.MAX_SAFE_INTEGER,
    });
  });

  it('finds every NUL and every non-finite number, and nothing in clean input', () => {
    const clean = fc.oneof(
      fc.string().filter((s) => !s.includes('\u0000')),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((k) => !k.includes('\u0000')),
          clean,
        ),
        (input) => {
          expect(unstorableFields(input, 'body')).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        expect(unstorableFields({ a: [{ b: `${before}\u0000${after}` }] }, 'body')).toEqual([
          'body.a.0.b',
        ]);
      }),
      { numRuns: 200 },
    );
    expect(unstorableFields({ n: Infinity, m: Number.NaN }, 'query')).toEqual([
      'query.n',
      'query.m',
    ]);
  });
});
