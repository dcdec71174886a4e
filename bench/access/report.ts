import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadFigures } from './api-load.ts';
import type { CpuUse } from './cpu-use.ts';
import { spreadOf, type Spread } from './spread.ts';
import type { Machine } from '../machine.ts';

/** What one size's runs measured, each kind once per run. */
export type Kind = 'api' | 'apiBatch' | 'apiHalf' | 'pgExtended' | 'pgPrepared' | 'pgReference';

export interface Measurement {
  result: LoadFigures;
  cpu: CpuUse;
}

export type SizeFigures = {
  persons: number;
  /** Whether the population was loaded by an earlier run and reused. */
  reused: boolean;
  /** Each run's half of its own full speed, the rate of its `apiHalf`. */
  halfRates: number[];
} & Record<Kind, Measurement[]>;

export interface AccessRun {
  date: string;
  /** How the figures came together, when not from one uninterrupted run. */
  note?: string;
  machine: Machine;
  settings: {
    runs: number;
    seconds: number;
    connections: number;
    pgbenchClients: number;
    poolSize: number;
    organisations: number;
    batch: number;
    statements: number;
    keyedStatements: number;
    referenceStatements: number;
  };
  sizes: SizeFigures[];
}

/** Hand-written: where a profile says the time goes, kept beside the bench, quoted in the report. */
const PROFILE_NOTES = path.join(import.meta.dirname, 'where-the-time-goes.md');

const whole = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '?');
const percent = (n: number) => `${(n * 100).toFixed(0)} %`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const spreadText = (s: Spread, show: (n: number) => string) =>
  `${show(s.median)} (${show(s.min)}–${show(s.max)})`;

const rates = (ms: readonly Measurement[]) => spreadOf(ms.map((m) => m.result.rate));
const median = (ms: readonly Measurement[], of: (m: Measurement) => number | null) =>
  spreadOf(ms.map((m) => of(m) ?? Number.NaN));

function row(what: string, runs: readonly Measurement[], perCall = 1): string {
  const failed = runs.reduce((n, m) => n + m.result.failed, 0);
  const cpu = (of: (c: CpuUse) => number | null) => ms(median(runs, (m) => of(m.cpu)).median);
  const answers = perCall === 1 ? '' : ` = ${whole(rates(runs).median * perCall)} persons/s`;
  return `| ${what} | ${spreadText(rates(runs), whole)}${answers} | ${ms(median(runs, (m) => m.result.p50).median)} | ${spreadText(
    median(runs, (m) => m.result.p99),
    ms,
  )} | ${cpu((c) => c.totalMs)} | ${cpu((c) => c.webMs)} / ${cpu((c) => c.workerMs)} / ${cpu((c) => c.postgresMs)} | ${ms(median(runs, (m) => m.cpu.machineBusyCores).median)} | ${failed} |`;
}

function sizeSection(s: SizeFigures, run: AccessRun): string {
  const { connections, pgbenchClients, batch } = run.settings;
  const api = rates(s.api).median;
  const half = spreadOf(s.halfRates).median;
  return `### ${whole(s.persons)} persons${s.reused ? ' (loaded by an earlier run, reused)' : ''}

| what | answers/s, median (min–max) | p50 ms | p99 ms, median (min–max) | CPU ms/answer | web / worker / PostgreSQL | busy cores | failed |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row(`API, one person a call, full speed (${connections} connections)`, s.api)}
${row(`API at an even ${whole(half)}/s, half its full speed`, s.apiHalf)}
${row(`API, batches of ${batch}, full speed`, s.apiBatch, batch)}
${row(`pgbench, the service's transactions, \`-M extended\` (${pgbenchClients} clients)`, s.pgExtended)}
${row(`pgbench, the service's transactions, \`-M prepared\``, s.pgPrepared)}
${row(`pgbench, the fixed ${run.settings.referenceStatements}-statement reference, \`-M extended\``, s.pgReference)}

API ÷ pgbench \`-M extended\`: **${percent(api / rates(s.pgExtended).median)}**; ÷ \`-M prepared\`: **${percent(api / rates(s.pgPrepared).median)}**; ÷ the fixed ${run.settings.referenceStatements}-statement reference: ${percent(api / rates(s.pgReference).median)}.`;
}

/** docs/benchmarks/access.md from one run's figures. */
export function accessReport(run: AccessRun): string {
  const { runs, seconds, connections, poolSize, organisations, batch } = run.settings;
  const { statements, keyedStatements, referenceStatements } = run.settings;
  const small = run.sizes[0];
  const large = run.sizes[run.sizes.length - 1];
  if (small === undefined || large === undefined) throw new Error('no figures');
  const checks = run.sizes.map((s) => {
    const api = rates(s.api).median;
    const extended = api / rates(s.pgExtended).median;
    const prepared = api / rates(s.pgPrepared).median;
    const p99 = median(s.apiHalf, (m) => m.result.p99).median;
    return `- ${whole(s.persons)} persons: API ≥ 80 % of pgbench \`-M extended\` (${percent(extended)}) — ${met(extended >= 0.8)}; ≥ 50 % of \`-M prepared\` (${percent(prepared)}) — ${met(prepared >= 0.5)}; p99 under 25 ms at half the API's full speed (${ms(p99)} ms) — ${met(p99 < 25)}.`;
  });
  const drop = 1 - rates(large.api).median / rates(small.api).median;
  const dropLine =
    large === small
      ? '- One size only in this run: the drop from the small to the large population is not measured.'
      : `- The API's full speed at ${whole(large.persons)} persons is ${percent(1 - drop)} of that at ${whole(small.persons)} (a drop of ${percent(Math.max(0, drop))}; at most 10 % is the target) — ${met(drop <= 0.1)}.`;
  const notes = existsSync(PROFILE_NOTES) ? readFileSync(PROFILE_NOTES, 'utf8').trim() : '';
  return `# Data access benchmark

\`npm run bench:access\` — all figures from one run started ${run.date.slice(0, 16).replace('T', ' ')} UTC:
${run.machine.cpus} cores (${run.machine.model}), ${run.machine.memoryGiB} GiB, Node ${run.machine.node},
PostgreSQL ${run.machine.postgres} on loopback. The load generator, the service and PostgreSQL
share the same ${run.machine.cpus} cores: each figure
is the **median of ${runs} runs** with their spread (min–max), the API's and pgbench's runs taking
turns (odd runs the API first, even runs pgbench first).${run.note === undefined ? '' : `\n\n${run.note}`}

**What is measured.** \`POST /api/v1/persons/by-code\` (and \`/persons/batch\` with ${batch} codes)
on the service started as in production (\`src/main.ts\` with the web role in one process and
the worker role, whose audit sealer chains the new rows, in another; each with a connection
pool of ${poolSize}), called over keep-alive HTTP. ${organisations} organisations call, each with its own
connection and access token from the real token endpoint (fresh before every measurement);
each of the load generator's ${connections} connections keeps one organisation's token. Every call
asks for persons drawn at random from the whole loaded population, and every other call sends
an \`Idempotency-Key\`. The full path: bearer token check, agreement, purpose and scope check,
EUR 2.00 a person debited from a balance slot, the person's identity, addresses and documents
read, an audit row a person appended, the answer kept sealed for retries when a key came, the
answer built from the granted scopes. Before counting, the service runs at full speed in 3 s
slices until two slices in a row agree within 5 %, and pgbench runs 3 s; then each
measurement lasts ${seconds} s. At half speed the calls go out at an even pace, half of that run's
full speed, each when its time comes (an open load, as independent clients make), after an
uncounted lead-in second, and a call's latency counts from when it was due.

**The yardstick.** pgbench sends what the service sends, with the same parameters and the
same ${organisations} organisations: half its transactions the ${statements} statements of a call without a key
(\`bench/access/transaction.sql\`), half the ${keyedStatements} of a call with one
(\`transaction-keyed.sql\`); before each size the bench reads the statements off real calls and
refuses to run if a script differs. \`-M extended\` is the protocol node-postgres speaks;
\`-M prepared\` parses and plans each statement once per connection. The fixed reference
(\`transaction-reference.sql\`) is the ${referenceStatements}-statement transaction the service sent before
its hot path was tuned, kept so that runs stay comparable whatever the service sends. pgbench
also picks the random person by one extra indexed read before each transaction.

**CPU per answer** is read from /proc: the web process, the worker process and PostgreSQL's
backends for the benchmark's database (sampled every 200 ms), spread over the answers; the
load generators (autocannon, pgbench's client) and PostgreSQL's shared background writers are
left out. Busy cores is the whole machine's, whatever else ran included. For pgbench the web
process is idle and counts nothing; the worker still seals pgbench's audit rows.

${run.sizes.map((s) => sizeSection(s, run)).join('\n\n')}

## Targets

${checks.join('\n')}
${dropLine}
${notes === '' ? '' : `\n## Where the time goes\n\n${notes}\n`}`;
}
