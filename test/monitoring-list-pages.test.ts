import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../src/platform/time/riga.ts';
import { formPost } from './support/agreement-forms.ts';
import { makePerson } from './support/factories.ts';
import { freshFormFields } from './support/forms.ts';
import { startListeningApp, type ListeningApp } from './support/listening-app.ts';
import { monitoringSystem } from './support/monitoring-list.ts';
import { orgUserSession } from './support/organisations.ts';
import { residentSession } from './support/resident.ts';
import { staffSession } from './support/staff.ts';

const clock: Clock = { now: () => new Date() };
let t: ListeningApp;
const PAGE = '/organizacijas/monitorings/produkcija';

beforeAll(async () => {
  t = await startListeningApp({ clock });
});
afterAll(async () => t.close());

/** A multipart form as a browser sends a file upload. */
function upload(who: { cookie: string; csrf: string }, content: Buffer | string) {
  const boundary = '----monitoringtest';
  const hidden = Object.entries(freshFormFields(who.csrf))
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('');
  const body = Buffer.concat([
    Buffer.from(
      hidden +
        `--${boundary}\r\nContent-Disposition: form-data; name="datne"; filename="kodi.txt"\r\n` +
        'Content-Type: text/plain\r\n\r\n',
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `${PAGE}/datne`,
    headers: {
      cookie: who.cookie,
      accept: 'text/html',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

async function openCount(organisationId: number) {
  const row = await t.db
    .selectFrom('monitoring_entries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('ends_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the organisation’s Monitorēšana page', () => {
  it('refuses a file of 50 MB, and one over the 2 MiB a list may take, changing nothing', async () => {
    const system = await monitoringSystem(t, clock, { limit: 10 });
    const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
    const person = await makePerson(t.db);
    // 50 MB stops at the upload limit, before any of it is read as a list; 3 MiB at the list's.
    for (const [size, text] of [
      [50 * 1024 * 1024, 'payload_too_large'],
      [3 * 1024 * 1024, 'Datne ir par lielu: ne vairāk kā 2097152 baiti'],
    ] as const) {
      const lines = `${person.personalCode}\n`.repeat(Math.ceil(size / 13)).slice(0, size);
      const res = await upload(rep, lines);
      expect(res.statusCode, String(size)).toBe(413);
      expect(res.body, String(size)).toContain(text);
    }
    expect(await openCount(system.organisation.id)).toBe(0);
  });

  it('refuses a bad file whole, listing every bad line; adds a good one; ends one; downloads CSV', async () => {
    const system = await monitoringSystem(t, clock, { limit: 3 });
    const rep = await orgUserSession(t.db, clock, { organisationId: system.organisation.id });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => makePerson(t.db)));
    if (a === undefined || b === undefined || c === undefined || d === undefined) {
      throw new Error('no persons');
    }

    const page = await t.app.inject({ url: PAGE, headers: { cookie: rep.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Monitorē 0 no 3');

    const bad = await upload(
      rep,
      [
        `${a.personalCode};Klients A`,
        '010101-12345',
        a.personalCode.replace('-', ''),
        '',
        '320000-00000',
        `${b.personalCode}\tB`,
        `${c.personalCode},C`,
        d.personalCode,
      ].join('\n'),
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Datnē ir 4 kļūdainas rindas; nekas netika mainīts');
    expect(bad.body).toContain('Personas koda kontrolcipars nav pareizs.');
    expect(bad.body).toContain('Šis personas kods sarakstā jau ir norādīts iepriekš.');
    expect(bad.body).toContain('Pārsniedz līgumā atļauto monitorējamo personu skaitu.');
    expect(bad.body).toMatch(/<td>8<\/td>/);
    expect(await openCount(system.organisation.id)).toBe(0);

    const binary = await upload(rep, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    expect(binary.statusCode).toBe(400);
    expect(binary.body).toContain('Datne nav teksta datne');

    const good = await upload(
      rep,
      `\uFEFF${a.personalCode};=Klients A\r\n${b.personalCode.replace('-', '')}\t B \r\n`,
    );
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toBe(`${PAGE}?pievienoti=2&jau=0`);
    expect(await openCount(system.organisation.id)).toBe(2);

    const one = await formPost(t.app, `${PAGE}/pievienot`, rep, {
      personalCode: c.personalCode,
      reference: '',
    });
    expect(one.statusCode).toBe(303);
    const over = await formPost(t.app, `${PAGE}/pievienot`, rep, {
      personalCode: d.personalCode,
      reference: 'D',
    });
    expect(over.statusCode).toBe(409);
    expect(over.body).toContain('Līgums atļauj monitorēt 3 personas; tagad monitorē 3');
    expect(over.body).toContain(`value="${d.personalCode}"`);

    const ended = await formPost(t.app, `${PAGE}/beigt`, rep, { personalCode: c.personalCode });
    expect(ended.headers.location).toBe(`${PAGE}?beigts=1`);
    expect(await openCount(system.organisation.id)).toBe(2);

    const csv = await t.app.inject({
      url: `${PAGE}/saraksts.csv`,
      headers: { cookie: rep.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('personas_kods;atsauce;merkis;pievienota;beidzas');
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 2))).toEqual(
      expect.arrayContaining([
        [a.personalCode, "'=Klients A"],
        [b.personalCode, 'B'],
      ]) as unknown,
    );
    expect(lines).toHaveLength(3);

    const searched = await t.app.inject({
      url: `${PAGE}?meklet=klients`,
      headers: { cookie: rep.cookie },
    });
    expect(searched.body).toContain('Atrastas 1 personas.');

    // A browser user of the organisation is refused; another organisation sees its own list.
    const browserUser = await orgUserSession(t.db, clock, {
      organisationId: system.organisation.id,
      role: 'pdp_user',
    });
    const refused = await t.app.inject({
      url: PAGE,
      headers: { cookie: browserUser.cookie, accept: 'application/json' },
    });
    expect(refused.statusCode).toBe(403);
    const other = await monitoringSystem(t, clock, { limit: 3 });
    const otherRep = await orgUserSession(t.db, clock, { organisationId: other.organisation.id });
    const otherPage = await t.app.inject({ url: PAGE, headers: { cookie: otherRep.cookie } });
    expect(otherPage.body).not.toContain(a.personalCode);

    // PMLP officers see the list; other staff are refused.
    const officer = await staffSession(t.db, clock, 'pmlp_officer');
    const staffUrl = `/darbinieki/organizacijas/${system.organisation.id}/monitorings`;
    const staffPage = await t.app.inject({ url: staffUrl, headers: { cookie: officer.cookie } });
    expect(staffPage.statusCode).toBe(200);
    expect(staffPage.body).toContain(a.personalCode);
    expect(staffPage.body).toContain('Monitorē 2 no 3');
    const agent = await staffSession(t.db, clock, 'ic_agent');
    const agentPage = await t.app.inject({
      url: staffUrl,
      headers: { cookie: agent.cookie, accept: 'application/json' },
    });
    expect(agentPage.statusCode).toBe(403);

    // The resident sees who monitors them, from when and for which purpose.
    const resident = await residentSession(t.db, clock, a);
    const dataUse = await t.app.inject({
      url: '/kas-izmantoja-manus-datus',
      headers: { cookie: resident.cookie },
    });
    expect(dataUse.statusCode).toBe(200);
    expect(dataUse.body).toContain('Kas seko izmaiņām manos datos');
    expect(dataUse.body).toContain(system.organisation.name.replace(/"/g, '&quot;'));
    expect(dataUse.body).toContain('Klientu identifikācija');
  });
});
