/**
 * Monitoring benchmark: monitored (person, organisation) pairs over 50 organisations on a seeded
 * register, register changes applied through the operator's service code, then the events the
 * producer makes of them (events/s, and the time until every organisation's feed holds all of
 * them), and one organisation's feed read from the start over HTTP by pages of 1000. Writes
 * docs/benchmarks/monitoring.md and monitoring.json.
 *
 *   npm run bench:monitoring -- [--persons 2000000] [--pairs 1000000] [--changes 100000]
 *     [--feed-events 1000000] [--writers 8] [--rate-changes 5000] [--keep]
 *     [--report-only]
 *   DATABASE_URL=postgres://… selects the server (default: the local test database)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { format, resolveConfig } from 'prettier';
import type { Db } from '../src/database.ts';
import { PRODUCER_BATCH, PRODUCER_GATHER_MS, produceEvents } from '../src/monitoring/producer.ts';
import { declareAddress } from '../src/register/service.ts';
import { makeConcludedAgreement } from '../test/support/agreements.ts';
import { freePort } from '../test/support/listening-app.ts';
import { allowMonitoring } from '../test/support/monitoring-entries.ts';
import { makeOrganisation } from '../test/support/organisations.ts';
import { connectedSystem, TEST_PURPOSE } from '../test/support/system-client.ts';
import { stagedPopulation } from './access/population.ts';
import { describeMachine } from './machine.ts';
import { monitoringAlongside } from './monitoring-alongside.ts';
import { benchSecrets, dropSchema, serviceUnderTest } from './service-under-test.ts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000000' },
    pairs: { type: 'string', default: '1000000' },
    changes: { type: 'string', default: '100000' },
    'feed-events': { type: 'string', default: '1000000' },
    /** Concurrent transactions applying the register changes. */
    writers: { type: 'string', default: '8' },
    /** Changes per round of the change rate measured without and with monitoring running. */
    'rate-changes': { type: 'string', default: '5000' },
    /** Leave the benchmark's schema in place afterwards, to look into its statements' plans. */
    keep: { type: 'boolean', default: false },
    /** Write the report again from docs/benchmarks/monitoring.json, measuring nothing. */
    'report-only': { type: 'boolean', default: false },
  },
});
const PERSONS = Number(values.persons);
const PAIRS = Number(values.pairs);
const CHANGES = Number(values.changes);
const FEED_EVENTS = Number(values['feed-events']);
const WRITERS = Number(values.writers);
const RATE_CHANGES = Number(values['rate-changes']);
const RATE_ROUNDS = 2;
const WARM_UP_CHANGES = 200;
const ORGANISATIONS = 50;
const PAGE = 1000;
const TARGET_PER_SECOND = 50_000;
const SCOPES = ['identity', 'addresses', 'documents', 'civil_status', 'death'];
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = 'bench_monitoring';
const clock = { now: () => new Date() };
/** Hand-written: what limits each figure of the run reported, quoted in the report. */
const NOTES = path.join(import.meta.dirname, 'monitoring', 'what-limits-it.md');
const say = (line: string) => process.stdout.write(`${line}\n`);
const n = (x: number) => Math.round(x).toLocaleString('en-GB');

/** 50 organisations whose agreements include monitoring; the first with a system connection. */
async function organisations(t: Parameters<typeof connectedSystem>[0]) {
  const system = await connectedSystem(t, clock, { scopes: SCOPES });
  await allowMonitoring(t.db, system.agreement.id, PAIRS);
  const ids = [system.organisation.id];
  for (let i = 1; i < ORGANISATIONS; i++) {
    const organisation = await makeOrganisation(t.db);
    const agreement = await makeConcludedAgreement(t.db, organisation.id, {
      environments: ['production'],
      scopes: SCOPES,
    });
    await allowMonitoring(t.db, agreement.id, PAIRS);
    ids.push(organisation.id);
  }
  return { system, ids };
}

/**
 * PAIRS entries in one statement: organisation k monitors a window of persons starting at
 * k/50 of the register, so the windows overlap when there are more pairs than persons/50 each.
 */
async function monitorPairs(db: Db, organisationIds: number[]): Promise<void> {
  const perOrganisation = Math.ceil(PAIRS / ORGANISATIONS);
  await sql`
    with ranked as (
      select id, (row_number() over (order by id) - 1)::bigint as r
      from persons where dataset = 'production'
    ),
    total as (select count(*)::bigint as n from ranked)
    insert into monitoring_entries (organisation_id, environment, person_id, reference, purpose,
      added_by, added_at)
    select o.id, 'production', ranked.id, 'ref-' || ranked.id, ${TEST_PURPOSE}, 'user:bench',
      now() - interval '1 day'
    from unnest(${organisationIds}::bigint[]) with ordinality as o (id, k)
    cross join total
    cross join generate_series(0, least(${perOrganisation}, total.n) - 1) as g
    join ranked on ranked.r = ((o.k - 1) * (total.n / ${ORGANISATIONS}) + g) % total.n
  `.execute(db);
  await sql`analyze monitoring_entries`.execute(db);
}

/**
 * `count` address declarations by WRITERS concurrent transactions, as the operator API makes,
 * from the `from`-th person of the list on; answers the seconds taken.
 */
async function applyChanges(
  db: Db,
  personIds: number[],
  addressCodes: string[],
  count = CHANGES,
  from = 0,
) {
  let next = from;
  const started = performance.now();
  const writer = async () => {
    for (;;) {
      const i = next++;
      if (i >= from + count) return;
      const personId = personIds[i % personIds.length] ?? 0;
      await db.transaction().execute((trx) =>
        declareAddress(
          trx,
          personId,
          {
            addressCode: addressCodes[i % addressCodes.length] ?? '',
            flat: null,
            kind: 'declared',
            validFrom: '2026-11-20',
          },
          { authority: 'PMLP', process: 'address_declaration', today: '2026-11-20' },
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  return (performance.now() - started) / 1000;
}

/** FEED_EVENTS events for one organisation, written straight into the table after its own. */
async function fillFeed(db: Db, organisationId: number): Promise<void> {
  await sql`
    with base as (
      select coalesce(max(seq), 0) as last from monitoring_events
      where organisation_id = ${organisationId} and environment = 'production'
    ),
    change as (select seq, person_id from register_changes order by seq limit 1)
    insert into monitoring_events (organisation_id, environment, seq, id, type, person_id,
      personal_code, reference, kind, scopes, change_seq, occurred_at)
    select ${organisationId}, 'production', base.last + g, gen_random_uuid(), 'change',
      change.person_id, '010101-10006', 'ref-' || g, 'address', array['addresses'], change.seq,
      now()
    from base, change, generate_series(1, ${FEED_EVENTS}) g
  `.execute(db);
  await sql`
    insert into monitoring_sequences (organisation_id, environment, last_seq)
    select organisation_id, environment, max(seq) from monitoring_events
    where organisation_id = ${organisationId} group by 1, 2
    on conflict (organisation_id, environment) do update set last_seq = excluded.last_seq
  `.execute(db);
  await sql`vacuum analyze monitoring_events`.execute(db);
}

async function readWholeFeed(base: string, token: string) {
  let after: string | null = null;
  let events = 0;
  let pages = 0;
  const started = performance.now();
  for (;;) {
    const query: string = after === null ? `?limit=${PAGE}` : `?limit=${PAGE}&after=${after}`;
    const res = await fetch(`${base}/api/v1/monitoring/events${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`feed answered ${res.status}: ${await res.text()}`);
    const page = (await res.json()) as { events: unknown[]; nextCursor: string; upToDate: boolean };
    events += page.events.length;
    pages += 1;
    after = page.nextCursor;
    if (page.upToDate) break;
  }
  return { events, pages, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The feed's rate limit is a guard for integrators, not the figure measured here.
  const secrets = { ...benchSecrets(), API_RATE_LIMIT_PER_MINUTE: '100000000' };
  const { database, db, config, envelope, app } = await serviceUnderTest({
    url,
    schema,
    publicUrl: base,
    secrets,
  });
  await app.listen({ host: '127.0.0.1', port });
  const machine = await describeMachine(db);

  say(`Loading ${n(PERSONS)} persons…`);
  const seedStarted = performance.now();
  const persons = await stagedPopulation(db, envelope, 'monitoring-bench', PERSONS).loadUpTo(
    PERSONS,
  );
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const { system, ids } = await organisations({ app, db, config });
  // The load's own changes (registrations) are history, not news: the producer starts after them.
  await sql`
    update monitoring_producer set (last_xid, last_seq) = (
      select xid, seq from register_changes order by xid desc, seq desc limit 1)
  `.execute(db);
  say(`Monitoring ${n(PAIRS)} pairs over ${ORGANISATIONS} organisations…`);
  await monitorPairs(db, ids);
  const pairs = await sql<{ n: number }>`select count(*)::int as n from monitoring_entries`.execute(
    db,
  );
  await sql`vacuum analyze`.execute(db);

  const { rows: changed } = await sql<{ id: number }>`
    select p.id::int from persons p
    join person_identity i on i.person_id = p.id and i.superseded_at is null
    where p.dataset = 'production' and i.status <> 'deceased'
    order by random() limit ${CHANGES}
  `.execute(db);
  const { rows: addresses } = await sql<{ code: string }>`
    select code from address_list order by code limit 100
  `.execute(db);
  say(`Applying ${n(CHANGES)} register changes (${WRITERS} writers)…`);
  const changeSeconds = await applyChanges(
    db,
    changed.map((r) => r.id),
    addresses.map((r) => r.code),
  );

  say('Producing events…');
  const produceStarted = performance.now();
  let produced = 0;
  let read = 0;
  let batches = 0;
  // The horizon is the oldest transaction of the whole server: one held open elsewhere (another
  // database on a shared server) holds the producer back, and the wait counts in the figure.
  while (read < CHANGES) {
    const step = await produceEvents(db);
    produced += step.events;
    read += step.changes;
    if (step.changes > 0) batches += 1;
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const produceSeconds = (performance.now() - produceStarted) / 1000;
  const feeds = await sql<{ n: number }>`
    select count(*)::int as n from monitoring_sequences`.execute(db);

  say('Register change rate without and with monitoring running…');
  const alongside = await monitoringAlongside({
    url,
    schema,
    t: { app, db, config },
    envelope,
    secrets,
    organisationIds: ids,
  });
  const rounds: { quiet: number; busy: number }[] = [];
  const changedIds = changed.map((r) => r.id);
  const addressCodes = addresses.map((r) => r.code);
  for (let round = 0; round < RATE_ROUNDS; round++) {
    const base = round * 2 * RATE_CHANGES;
    const quiet = await applyChanges(db, changedIds, addressCodes, RATE_CHANGES, base);
    await alongside.start();
    // The worker's first seconds (module loading, the JIT, opening connections) are its start,
    // not its running: a few changes warm it up, uncounted.
    await applyChanges(db, changedIds, addressCodes, WARM_UP_CHANGES, base + 2 * RATE_CHANGES);
    await alongside.settle();
    const busy = await applyChanges(
      db,
      changedIds,
      addressCodes,
      RATE_CHANGES,
      base + RATE_CHANGES,
    );
    await alongside.stop();
    rounds.push({ quiet: RATE_CHANGES / quiet, busy: RATE_CHANGES / busy });
    say(
      `  round ${String(round + 1)}: ${n(RATE_CHANGES / quiet)} vs ${n(RATE_CHANGES / busy)} changes/s`,
    );
  }
  alongside.close();
  const quietRate = rounds.reduce((a, r) => a + r.quiet, 0) / rounds.length;
  const busyRate = rounds.reduce((a, r) => a + r.busy, 0) / rounds.length;
  const delays = [...alongside.delays].sort((a, b) => a - b);

  say(`Writing ${n(FEED_EVENTS)} events into one organisation's feed…`);
  await fillFeed(db, system.organisation.id);
  say('Reading the feed over HTTP…');
  const feedRead = await readWholeFeed(base, await system.token());

  const figures = {
    date: new Date().toISOString().slice(0, 10),
    machine,
    sizes: {
      persons,
      pairs: pairs.rows[0]?.n ?? 0,
      organisations: ORGANISATIONS,
      changes: CHANGES,
      feedEvents: FEED_EVENTS,
      writers: WRITERS,
    },
    seedSeconds,
    changes: { seconds: changeSeconds, perSecond: CHANGES / changeSeconds },
    production: {
      events: produced,
      feeds: feeds.rows[0]?.n ?? 0,
      batches,
      seconds: produceSeconds,
      eventsPerSecond: produced / produceSeconds,
    },
    feedRead: { ...feedRead, eventsPerSecond: feedRead.events / feedRead.seconds },
    alongside: {
      rounds,
      quietRate,
      busyRate,
      drop: 1 - busyRate / quietRate,
      deliveries: delays.length,
      delayP50: percentile(delays, 50),
      delayP99: percentile(delays, 99),
    },
  };
  await writeReport(figures);
  await app.close();
  await database.close();
  if (!values.keep) await dropSchema(url, schema);
}

type Figures = {
  date: string;
  machine: Awaited<ReturnType<typeof describeMachine>>;
  sizes: Record<string, number>;
  seedSeconds: number;
  changes: { seconds: number; perSecond: number };
  production: {
    events: number;
    feeds: number;
    batches: number;
    seconds: number;
    eventsPerSecond: number;
  };
  feedRead: { events: number; pages: number; seconds: number; eventsPerSecond: number };
  alongside: {
    rounds: { quiet: number; busy: number }[];
    quietRate: number;
    busyRate: number;
    drop: number;
    deliveries: number;
    delayP50: number;
    delayP99: number;
  };
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function writeReport(f: Figures): Promise<void> {
  const full = (f.sizes.persons ?? 0) >= 2_000_000 && f.sizes.changes === 100_000;
  const verdict = (rate: number) => (rate >= TARGET_PER_SECOND ? 'met' : 'not met');
  const md = `# Monitoring benchmark

\`npm run bench:monitoring\` — all figures from one run on ${f.date}: ${f.machine.cpus} cores
(${f.machine.model}), ${f.machine.memoryGiB} GiB, Node ${f.machine.node}, PostgreSQL
${f.machine.postgres} on loopback. The benchmark, the service and PostgreSQL share the same cores.

${
  full
    ? '**Sizes: the full run the issue asks for.**'
    : `**A SMALL RUN, not the issue's sizes**: it checks that the benchmark works; the full run ` +
      `(2,000,000 persons, 1,000,000 pairs, 100,000 changes, a feed of 1,000,000 events) is still to be made with \`npm run bench:monitoring\`.`
}

| size | this run |
| --- | ---: |
| persons in the register | ${n(f.sizes.persons ?? 0)} |
| monitored (person, organisation) pairs | ${n(f.sizes.pairs ?? 0)} over ${f.sizes.organisations} organisations |
| register changes applied | ${n(f.sizes.changes ?? 0)} address declarations by ${f.sizes.writers} concurrent transactions |
| events in the feed read | ${n(f.sizes.feedEvents ?? 0)} |

**What is measured.** The register is seeded with the bench seeder (${n(f.seedSeconds)} s). Organisation k
monitors a window of the register starting at k/50 of it. The changes are address declarations of
persons picked at random, each in its own transaction through the register's service code
(\`declareAddress\`, what the operator API calls), with the producer stopped; then the producer
(\`produceEvents\`, batches of ${n(PRODUCER_BATCH)} changes, one transaction each) turns the whole
backlog into events. The time until every organisation's feed holds every event is that run's
duration: a feed holds an event as soon as the batch with it commits. The feed is then filled to
${n(f.sizes.feedEvents ?? 0)} events for one organisation (written straight into the table: how the
events came does not change how they are read) and read from the start over HTTP with keep-alive, one
page of ${PAGE} after another, each with the connection's bearer token, as an integrator would.

| figure | result | target |
| --- | ---: | ---: |
| register changes applied | ${n(f.changes.perSecond)} changes/s (${n(f.changes.seconds)} s) | — |
| events produced | ${n(f.production.eventsPerSecond)} events/s (${n(f.production.events)} events into ${n(f.production.feeds)} feeds, ${f.production.batches} batches) | ≥ 50,000 events/s: ${verdict(f.production.eventsPerSecond)} |
| time until every feed holds every event | ${f.production.seconds.toFixed(2)} s | — |
| one feed read over HTTP | ${n(f.feedRead.eventsPerSecond)} events/s (${n(f.feedRead.events)} events, ${n(f.feedRead.pages)} pages in ${f.feedRead.seconds.toFixed(2)} s) | ≥ 50,000 events/s: ${verdict(f.feedRead.eventsPerSecond)} |
| register changes without monitoring running | ${n(f.alongside.quietRate)} changes/s (mean of ${f.alongside.rounds.length} rounds of ${n(RATE_CHANGES)}: ${f.alongside.rounds.map((r) => n(r.quiet)).join(', ')}) | — |
| register changes with monitoring running | ${n(f.alongside.busyRate)} changes/s (${f.alongside.rounds.map((r) => n(r.busy)).join(', ')}) | — |
| drop of the change rate | ${(f.alongside.drop * 100).toFixed(1)} % | ≤ 10 %: ${f.alongside.drop <= 0.1 ? 'met' : 'not met'} |
| webhook deliveries meanwhile, delay from the change to the receiver | ${n(f.alongside.deliveries)} deliveries; p50 ${n(f.alongside.delayP50)} ms, p99 ${n(f.alongside.delayP99)} ms | — |

**The change rate beside monitoring.** In rounds of ${n(RATE_CHANGES)} changes each, the same
writers apply changes first with monitoring stopped, then with it running as production runs it
(\`bench/monitoring-alongside.ts\`): a worker-role process of its own (\`src/main.ts\`,
\`ROLES=worker\`) whose producer is woken by the commits (gathering at most every
${PRODUCER_GATHER_MS} ms) and whose deliverer sends every event to a webhook endpoint per
organisation (${ORGANISATIONS}) on a receiver on loopback. The worker shares the machine's cores with the
writers and PostgreSQL, so the drop is what monitoring costs on one machine; on a machine of its
own it costs the register only PostgreSQL's share. After each busy round the worker runs on
until every event of the round has reached the receiver, and the delays count them all.

${existsSync(NOTES) ? readFileSync(NOTES, 'utf8').trim() : ''}
`;
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync(
    'docs/benchmarks/monitoring.md',
    await format(md, {
      ...(await resolveConfig('docs/benchmarks/monitoring.md')),
      parser: 'markdown',
    }),
  );
  writeFileSync('docs/benchmarks/monitoring.json', `${JSON.stringify(f, null, 2)}\n`);
  say(md);
}

const run = values['report-only']
  ? () =>
      writeReport(JSON.parse(readFileSync('docs/benchmarks/monitoring.json', 'utf8')) as Figures)
  : main;
run().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
