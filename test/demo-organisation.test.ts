import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { verifyOrgSignIn } from '../src/identity/service.ts';
import { totpCode } from '../src/identity/totp.ts';
import { loadDemoOfficer, loadDemoOrganisation } from '../src/demo-organisation.ts';
import { createEnvelope } from '../src/platform/crypto/envelope.ts';
import { createTestDatabase } from './support/database.ts';
import { movingClock } from './support/org-accounts.ts';

const key = Buffer.alloc(32, 9).toString('base64');
const config = loadConfig({
  NODE_ENV: 'test',
  DATA_DIR: '/nonexistent',
  ENCRYPTION_KEY: key,
  SESSION_SECRET: Buffer.alloc(32, 4).toString('base64'),
  SIGNING_KEY: key,
});
const envelope = createEnvelope(config.secrets.encryptionKey);
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('demo organisation and officer', () => {
  it('are made once, with sign-ins derived from the session secret that work', async () => {
    const first = await loadDemoOrganisation(database.db, config, envelope);
    const second = await loadDemoOrganisation(database.db, config, envelope);
    expect(second).toEqual(first);
    expect(first.totpSecretBase32).toMatch(/^[A-Z2-7]{32}$/);
    const orgs = await database.db.selectFrom('organisations').selectAll().execute();
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ legal_form: 'private', fee_exempt: false });
    expect(orgs[0]?.confirmed_at).not.toBeNull();
    const clock = movingClock('2026-03-02T08:00:00Z');
    const user = await verifyOrgSignIn(
      database.db,
      { clock, envelope },
      {
        email: first.email,
        password: first.password,
        code: totpCode(first.totpSecretBase32, clock.now()),
      },
    );
    expect(user).toMatchObject({ role: 'representative', responsible: true, status: 'active' });

    const officer = await loadDemoOfficer(database.db, config, envelope);
    expect(await loadDemoOfficer(database.db, config, envelope)).toEqual(officer);
    const staff = await database.db
      .selectFrom('staff_users')
      .select(['role'])
      .where('email', '=', officer.email)
      .execute();
    expect(staff).toEqual([{ role: 'pmlp_officer' }]);
  });
});
