import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiContractProblems } from '../src/platform/http/openapi-contract.ts';
import { createTestApp, type TestContext } from './support/app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean }[];
};
type Doc = {
  servers: { url: string }[];
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  paths: Record<string, Record<string, Operation>>;
};

async function document(): Promise<Doc> {
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  return res.json<Doc>();
}

describe('the API document', () => {
  it('holds every operation to the contract: id, summary, described 2xx, examples, security', async () => {
    expect(openApiContractProblems(await document())).toEqual([]);
  });

  it('names the service as its server and its schemas as components', async () => {
    const doc = await document();
    expect(doc.servers).toEqual([{ url: t.config.publicUrl }]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ErrorResponse', 'PersonRecord', 'PersonsAnswer', 'DataScope']),
    );
  });

  it('declares the security every protected operation needs, and none for the public ones', async () => {
    const doc = await document();
    expect(doc.paths['/api/operator/v1/persons/lookup']?.post?.security).toEqual([
      { operatorToken: [] },
    ]);
    expect(doc.paths['/api/v1/persons/by-code']?.post?.security).toEqual([{ systemClient: [] }]);
    expect(doc.paths['/api/v1/oauth/token']?.post?.security).toEqual([]);
  });

  it('lets a client leave out the query parameters that have defaults', async () => {
    const doc = await document();
    const params = doc.paths['/api/operator/v1/changes']?.get?.parameters ?? [];
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ['after', false],
      ['limit', false],
    ]);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/operator/v1/changes',
      headers: { authorization: `Bearer ${t.operatorToken}` },
    });
    expect(res.statusCode).toBe(200);
  });

  it('finds the faults it is there to find', () => {
    const bad = {
      servers: [],
      components: { schemas: { 'def-0': {} } },
      paths: {
        '/x': {
          get: {
            responses: {
              200: { description: 'Default Response', content: { 'application/json': {} } },
            },
            security: [{ nowhere: [] }],
          },
          post: {
            operationId: 'same',
            summary: 'S',
            requestBody: { content: { 'application/json': { schema: {} } } },
            responses: { 400: { description: 'Bad' } },
          },
          put: {
            operationId: 'same',
            summary: 'S',
            security: [],
            responses: {
              201: {
                description: 'Made',
                content: {
                  'application/json': {
                    example: {},
                    schema: { anyOf: [{ type: 'string', enum: ['a'] }, { const: 'b' }] },
                  },
                },
              },
            },
          },
        },
      },
    };
    expect(openApiContractProblems(bad)).toEqual([
      'no servers',
      'components/schemas/def-0: an unnamed component',
      'GET /x: no operationId',
      'GET /x: no summary',
      'GET /x: the 200 answer is not described',
      'GET /x: no example of the 200 answer',
      'GET /x: unknown security scheme nowhere',
      'POST /x: operationId same also names PUT /x',
      'POST /x: no 2xx answer',
      'POST /x: no example request',
      'POST /x: no security declared (`[]` when public)',
      '#/paths//x/put/responses/201/content/application/json/schema: anyOf of one-value schemas instead of an enum',
    ]);
  });
});
