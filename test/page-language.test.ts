import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFromRequest } from './support/agreement-forms.ts';
import { createTestApp, fixedClock, type TestContext } from './support/app.ts';
import { makePerson } from './support/factories.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { makeDecidedRequest } from './support/requests.ts';
import { residentSession } from './support/resident.ts';
import { staffSession } from './support/staff.ts';

/**
 * Every kind of page (public, resident, organisation, staff) in both languages: no data scope's
 * code, no stored enum value and no word of the other language in what a person reads. Text a
 * page marks as another language (`lang`), code samples and form values are left out.
 */

/** Codes that only ever belong in the data, never in a sentence. */
const CODES =
  /\b(names_history|civil_status|in_progress|pdp_user|state_fee_per_person|subscription_\w+|monitoring_\w+|(?:identity|addresses|documents|relatives|nationality|birth|death): (?:approved|refused))\b/;
/** Small, precise lists: words that cannot be a name or a term in the other language's page. */
const ENGLISH_IN_LATVIAN =
  /\b(the|and|approved|refused|pending|version|request|agreement|balance|until|from)\b/i;
const LATVIAN_IN_ENGLISH = /\b(un|līdz|versija|pieprasījums|līgums|apstiprināts|atteikts|gada)\b/i;

const clock = fixedClock('2026-11-24T10:00:00Z');
let t: TestContext;
const pages: { who: string; path: string; cookie: string | null }[] = [];

beforeAll(async () => {
  t = await createTestApp({ clock });
  const person = await makePerson(t.db);
  const resident = await residentSession(t.db, clock, {
    personId: person.personId,
    personalCode: person.personalCode,
  });
  const organisation = await makeOrganisation(t.db);
  const rep = await orgUserSession(t.db, clock, { organisationId: organisation.id });
  const officer = await staffSession(t.db, clock, 'pmlp_officer');
  const agent = await staffSession(t.db, clock, 'ic_agent');
  const request = await makeDecidedRequest(t.db, { organisationId: organisation.id });
  const agreement = await draftFromRequest(t.app, officer, request.reference, {
    validFrom: '2026-11-24',
  });
  // A scope's decision as the officer's form records it: codes, which the pages must name.
  await t.db
    .insertInto('access_request_events')
    .values({
      request_id: request.id,
      kind: 'scope_decided',
      side: 'pmlp',
      actor_name: 'Pēteris Pārbaudītājs',
      body: 'identity: approved. Pamatots.',
      deadline_after: null,
    })
    .execute();
  const add = (who: string, cookie: string | null, paths: string[]) =>
    paths.forEach((path) => pages.push({ who, path, cookie }));
  add('public', null, [
    '/',
    '/e-pakalpojumi/bdas',
    '/e-pakalpojumi/saistitie',
    '/palidziba/autentifikacija',
    '/e-pakalpojumi/datu-parraide',
  ]);
  add('resident', resident.cookie, ['/tavi-e-pakalpojumi', '/kas-izmantoja-manus-datus']);
  add('organisation', rep.cookie, [
    '/organizacijas',
    '/organizacijas/pieprasijumi',
    `/organizacijas/pieprasijumi/${request.id}`,
    '/organizacijas/ligumi',
    `/organizacijas/ligumi/${agreement}`,
    '/organizacijas/savienojumi',
    '/organizacijas/lietotaji',
    '/organizacijas/atlikums',
  ]);
  add('staff', officer.cookie, [
    '/darbinieki',
    '/darbinieki/pieprasijumi',
    `/darbinieki/pieprasijumi/${request.reference}`,
    '/darbinieki/ligumi',
    `/darbinieki/ligumi/${agreement}`,
    '/darbinieki/organizacijas',
    '/darbinieki/savienojumi',
    '/darbinieki/tarifi',
    '/darbinieki/kalendars',
  ]);
  add('staff', agent.cookie, ['/darbinieki/zinojumi']);
});
afterAll(async () => t.close());

/** What a person reads: the body's text without scripts, code, form values and other languages. */
function readableText(html: string): string {
  let body = html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<\/body>[\s\S]*$/, '');
  body = body.replace(/<(script|style|code|textarea|option)\b[\s\S]*?<\/\1>/g, ' ');
  // Elements marked as another language (the language switch, the agreement's Latvian text).
  for (let i = 0; i < 3; i += 1) {
    body = body.replace(/<(\w+)\b[^>]*\blang="[a-z]+"[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/g, ' ');
  }
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe.each(['lv', 'en'] as const)('every page in %s', (lang) => {
  it('reads in that language only, with scope names and no codes', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const res = await t.app.inject({
        method: 'GET',
        url: `${page.path}?lang=${lang}`,
        headers: page.cookie === null ? {} : { cookie: page.cookie },
      });
      expect(res.statusCode, `${page.who} ${page.path}`).toBe(200);
      const text = readableText(res.body);
      const other = lang === 'lv' ? ENGLISH_IN_LATVIAN : LATVIAN_IN_ENGLISH;
      for (const pattern of [CODES, other]) {
        const found = pattern.exec(text);
        if (found !== null) {
          const at = Math.max(0, found.index - 40);
          problems.push(`${page.path}: “${text.slice(at, found.index + 40)}”`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
