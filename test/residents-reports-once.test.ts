import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRun } from '../src/residents/service.ts';
import { systemClock } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makePerson, nextPersonalCode } from './support/factories.ts';
import { followRedirect, sendFormTwice } from './support/forms.ts';
import { formPost, pageGet } from './support/org-accounts.ts';
import { residentSession } from './support/resident.ts';

/** "Ziņot par nepilnībām" and the error report: a form sent again files no second report. */
let t: TestContext;

beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(async () => {
  await t.close();
});

async function residentWithRun() {
  const code = nextPersonalCode('1979-03-02');
  const person = await makePerson(t.db, { personalCode: code });
  const run = await startRun(
    t.db,
    systemClock,
    { personId: person.personId, method: 'eid' },
    { termsAccepted: true },
  );
  const session = await residentSession(t.db, systemClock, {
    personId: person.personId,
    personalCode: code,
  });
  return { run, session, base: `/e-pakalpojumi/bdas/${run.public_id}` };
}

async function reportsOf(runId: number) {
  return t.db
    .selectFrom('resident_reports')
    .select('reference')
    .where('run_id', '=', runId)
    .execute();
}

const FORMS = [
  {
    name: 'Ziņot par nepilnībām',
    path: 'nepilnibas',
    fields: {
      dataItem: 'surname',
      description: 'Uzvārdā trūkst garumzīmes.',
      correctValue: 'Bērziņa',
      email: 'ilze@example.lv',
    },
    reference: /^NP-/,
  },
  {
    name: 'the error report',
    path: 'kluda',
    fields: { email: 'ilze@example.lv', description: 'Lapa neielādējās līdz galam.' },
    reference: /^KL-/,
  },
] as const;

describe('a report form sent again', () => {
  for (const form of FORMS) {
    for (const how of ['one after the other', 'at once'] as const) {
      it(`${form.name}, ${how}: one report, both sent to its confirmation`, async () => {
        const { run, session, base } = await residentWithRun();
        const [first, second] = await sendFormTwice(
          t.app,
          {
            page: `${base}/${form.path}`,
            action: `${base}/${form.path}`,
            cookie: session.cookie,
            fields: form.fields,
          },
          how,
        );
        expect([first.statusCode, second.statusCode]).toEqual([303, 303]);
        expect(second.headers.location).toBe(first.headers.location);
        const reports = await reportsOf(run.id);
        expect(reports).toHaveLength(1);
        const reference = reports[0]?.reference ?? '';
        expect(reference).toMatch(form.reference);
        expect(first.headers.location).toBe(`${base}/zinojums/${reference}`);
        const shown = await followRedirect(t.app, second, session.cookie);
        expect(shown.statusCode).toBe(200);
        expect(shown.body).toContain(reference);
        expect(shown.body).toContain('Ziņojums veiksmīgi nosūtīts');
      });
    }

    it(`${form.name} without its one-time token is refused and files nothing`, async () => {
      const { run, session, base } = await residentWithRun();
      const res = await formPost(t.app, `${base}/${form.path}`, session.cookie, {
        _csrf: session.csrf,
        ...form.fields,
      });
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain('form_token_invalid');
      expect(res.body).toContain(`href="${base}/${form.path}"`);
      expect(await reportsOf(run.id)).toHaveLength(0);
    });
  }

  it("another resident's run or report is not found on the confirmation page", async () => {
    const owner = await residentWithRun();
    const [sent] = await sendFormTwice(
      t.app,
      {
        page: `${owner.base}/kluda`,
        action: `${owner.base}/kluda`,
        cookie: owner.session.cookie,
        fields: FORMS[1].fields,
      },
      'one after the other',
    );
    const other = await residentWithRun();
    const theirs = await followRedirect(t.app, sent, other.session.cookie);
    expect(theirs.statusCode).toBe(404);
    const reference = String(sent.headers.location).split('/').pop() ?? '';
    const onOwnRun = await pageGet(
      t.app,
      `${other.base}/zinojums/${reference}`,
      other.session.cookie,
    );
    expect(onOwnRun.statusCode).toBe(404);
  });
});
