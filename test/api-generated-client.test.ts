import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeposit } from '../src/billing/service.ts';
import type { Clock } from '../src/platform/time/riga.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { connectedSystem, TEST_PURPOSE } from './support/system-client.ts';

/**
 * What an integrator does: generate types from the live /api/openapi.json with
 * openapi-typescript, write a client with openapi-fetch against them, compile it strictly, and
 * call the token endpoint, by-code, batch and search over HTTP. A document that generators half
 * understand (optional fields required, enums as any, missing security) fails here.
 */

const clock: Clock = { now: () => new Date() };
const root = join(import.meta.dirname, '..');
// Under data/ (ignored by git, lint and formatting) so that `openapi-fetch` resolves from here.
const dir = join(root, 'data', `generated-client-${randomBytes(4).toString('hex')}`);
let t: ListeningApp;

beforeAll(async () => {
  t = await startListeningApp({ clock });
  mkdirSync(dir, { recursive: true });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

function typeErrors(file: string): string[] {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    strict: true,
    noUncheckedIndexedAccess: true,
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    noEmit: true,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('a client generated from the API document', () => {
  it('compiles strictly and calls the token endpoint, by-code, batch and search unchanged', async () => {
    const res = await fetch(`${t.base}/api/openapi.json`);
    expect(res.status).toBe(200);
    const ast = await openapiTS((await res.json()) as Parameters<typeof openapiTS>[0]);
    writeFileSync(join(dir, 'schema.ts'), astToString(ast));
    const program = join(dir, 'program.ts');
    copyFileSync(join(import.meta.dirname, 'support/generated-client-program.ts.txt'), program);
    expect(typeErrors(program)).toEqual([]);

    const system = await connectedSystem(t, clock);
    await t.db
      .updateTable('agreements')
      .set({ criteria_search: true })
      .where('id', '=', system.agreement.id)
      .execute();
    await t.db.transaction().execute((trx) =>
      recordDeposit(trx, {
        organisationId: system.organisation.id,
        amountCents: 2000,
        bankReference: `RF-client-${String(system.organisation.id)}`,
        staffId: null,
      }),
    );
    const person = await makePerson(t.db, {
      givenNames: 'Laima',
      surname: 'Vītoliņa',
      birthDate: '1984-02-29',
    });

    const { callTheApi } = (await import(program)) as {
      callTheApi: (base: string, asked: Record<string, string>) => Promise<unknown>;
    };
    const answers = await callTheApi(t.base, {
      assertion: await system.assertion(),
      personalCode: person.personalCode,
      otherCode: nextPersonalCode('1990-01-01'),
      surname: 'Vītoliņa',
      birthDate: '1984-02-29',
      purpose: TEST_PURPOSE,
    });
    expect(answers).toEqual({
      expiresIn: expect.any(Number) as number,
      byCode: 'Vītoliņa',
      byCodeFee: 200,
      batch: [person.personalCode],
      notFound: [expect.any(String) as string],
      search: ['Laima'],
      refusedCode: 'personal_code_characters',
      refusedMessage: expect.any(String) as string,
    });
  });
});
