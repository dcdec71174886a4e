import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { providePersons, type Recipient } from '../../src/access/provision.ts';
import type { AppDatabase } from '../../src/database.ts';
import type { Envelope } from '../../src/platform/crypto/envelope.ts';
import { normaliseStatement } from './pgbench.ts';

/**
 * The statements the service sends for one by-code query, read off real calls through a Kysely
 * that logs them: what the pgbench script must repeat. The second call's, as the first one also
 * fills the agreement cache, which later calls only revalidate. With a key, each call its own.
 */
export async function serviceTransaction(options: {
  url: string;
  schema: string;
  envelope: Envelope;
  recipient: Recipient;
  personalCode: string;
  purpose: string;
  stateFeeCents: number;
  idempotencyKey: string | null;
}): Promise<string[]> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 1,
    options: `-c search_path=${options.schema}`,
  });
  const sent: string[] = [];
  const db = new Kysely<AppDatabase>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') sent.push(normaliseStatement(event.query.sql));
    },
  });
  let calls = 0;
  const call = async () => {
    sent.length = 0;
    calls += 1;
    const answer = await providePersons(
      db,
      {
        envelope: options.envelope,
        clock: { now: () => new Date() },
        stateFeeCents: options.stateFeeCents,
      },
      options.recipient,
      {
        select: { codes: [options.personalCode] },
        purpose: options.purpose,
        scopes: null,
        endUser: 'pgbench script check',
        idempotencyKey:
          options.idempotencyKey === null ? null : `${options.idempotencyKey}-${calls}`,
      },
    );
    if (answer.persons.length !== 1) throw new Error('the check query found no person');
  };
  try {
    await call();
    await call();
  } finally {
    await db.destroy();
  }
  return sent.slice(sent.indexOf('begin') + 1, sent.indexOf('commit'));
}
