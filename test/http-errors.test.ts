import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './support/app.ts';

let ctx: TestContext;
let port: number;

beforeAll(async () => {
  ctx = await createTestApp();
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  const address = ctx.app.server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
});
afterAll(async () => ctx.close());

const auth = () => ({ authorization: `Bearer ${ctx.operatorToken}` });

/** Sends bytes as they are, for requests no HTTP client would form. */
function rawRequest(request: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('every bad request gets our error shape, never a bare framework answer', () => {
  it('a malformed percent-encoding in the URL', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/operator/v1/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', details: { fields: ['url'] } });
  });

  it('raw non-ASCII bytes in the request line', async () => {
    const answer = await rawRequest(
      Buffer.concat([
        Buffer.from('GET /api/operator/v1/addresses?q='),
        Buffer.from('Brīvības', 'utf8'),
        Buffer.from(' HTTP/1.1\r\nHost: localhost\r\n\r\n'),
      ]),
    );
    expect(answer).toMatch(/^HTTP\/1.1 400/);
    expect(answer).toContain('"code":"validation_failed"');
  });

  it('a body that is not JSON, a content type we do not take, a body too large', async () => {
    const notJson = await ctx.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/lookup',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: '{"personalCode": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ code: 'validation_failed' });
    const xml = await ctx.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/lookup',
      headers: { ...auth(), 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ code: 'unsupported_media_type' });
    const huge = await ctx.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/lookup',
      headers: { ...auth(), 'content-type': 'application/json' },
      payload: JSON.stringify({ personalCode: 'x'.repeat(5 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('an unknown address and an unknown method', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/v9/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({
      code: 'not_found',
      message: { lv: 'Šāda lapa vai resurss nav atrasts.', en: 'No such page or resource.' },
    });
    const del = await ctx.app.inject({ method: 'DELETE', url: '/healthz' });
    expect(del.statusCode).toBe(404);
    expect(del.json()).toMatchObject({ code: 'not_found' });
  });

  it('names the fields that failed validation', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/operator/v1/persons/1/documents',
      headers: auth(),
      payload: { type: 'visa', number: 'LV1', issuer: '', issuedOn: '2020-13-01' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ details: { fields: string[] } }>().details.fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.type',
        'body.number',
        'body.issuer',
        'body.issuedOn',
        'body.expiresOn',
      ]),
    );
  });
});
