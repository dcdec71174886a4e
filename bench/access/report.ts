import type { LoadFigures } from './api-load.ts';
import type { CpuUse } from './cpu-use.ts';
import type { Machine } from '../machine.ts';

export interface SizeFigures {
  persons: number;
  apiMax: LoadFigures;
  apiHalf: LoadFigures;
  halfRate: number;
  pgExtended: LoadFigures;
  pgPrepared: LoadFigures;
  cpu: { apiMax: CpuUse; apiHalf: CpuUse; pgExtended: CpuUse };
}

export interface AccessRun {
  date: string;
  machine: Machine;
  settings: {
    seconds: number;
    connections: number;
    pgbenchClients: number;
    poolSize: number;
    statements: number;
  };
  auditRows: number;
  sizes: SizeFigures[];
}

const whole = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const percent = (n: number) => `${(n * 100).toFixed(0)} %`;
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

function row(what: string, f: LoadFigures): string {
  return `| ${what} | ${whole(f.rate)} | ${ms(f.p50)} | ${ms(f.p99)} | ${whole(f.answered)} | ${f.failed} |`;
}

const orUnknown = (n: number | null, digits: number) => (n === null ? '?' : n.toFixed(digits));

/** Where the CPU went: the service's own process per answer, and how busy the machine was. */
function cpuLine(s: SizeFigures, cores: number): string {
  return `CPU: the service's web process used ${orUnknown(s.cpu.apiMax.serviceMsPerAnswer, 2)} ms per answer at full speed (${orUnknown(s.cpu.apiHalf.serviceMsPerAnswer, 2)} ms at half speed); the machine was busy on ${orUnknown(s.cpu.apiMax.machineBusyCores, 2)} of its ${cores} cores with the API at full speed, on ${orUnknown(s.cpu.pgExtended.machineBusyCores, 2)} with pgbench (extended).`;
}

/** docs/benchmarks/access.md from one run's figures. */
export function accessReport(run: AccessRun): string {
  const { seconds, connections, pgbenchClients, poolSize, statements } = run.settings;
  const small = run.sizes[0];
  const large = run.sizes[run.sizes.length - 1];
  if (small === undefined || large === undefined) throw new Error('no figures');
  const tables = run.sizes
    .map(
      (s) => `### ${whole(s.persons)} persons

| what | answers/s | p50 ms | p99 ms | answers | failed |
| --- | ---: | ---: | ---: | ---: | ---: |
${row(`API at full speed (${connections} connections)`, s.apiMax)}
${row(`API at an even ${whole(s.halfRate)}/s, half its full speed`, s.apiHalf)}
${row(`pgbench, same transaction, \`-M extended\` (${pgbenchClients} clients)`, s.pgExtended)}
${row(`pgbench, same transaction, \`-M prepared\` (${pgbenchClients} clients)`, s.pgPrepared)}

API ÷ pgbench (extended): **${percent(s.apiMax.rate / s.pgExtended.rate)}**; API ÷ pgbench (prepared): ${percent(s.apiMax.rate / s.pgPrepared.rate)}.

${cpuLine(s, run.machine.cpus)}`,
    )
    .join('\n\n');
  const drop = 1 - large.apiMax.rate / small.apiMax.rate;
  const checks = run.sizes.flatMap((s) => [
    `- ${whole(s.persons)} persons: API ≥ half of pgbench's rate — ${met(s.apiMax.rate >= s.pgExtended.rate / 2)}; p99 under 25 ms at half the API's full speed (${ms(s.apiHalf.p99)} ms) — ${met(s.apiHalf.p99 < 25)}.`,
  ]);
  return `# Data access benchmark

\`npm run bench:access\` — all figures from one run on ${run.date.slice(0, 10)}: ${run.machine.cpus} cores
(${run.machine.model}), ${run.machine.memoryGiB} GiB, Node ${run.machine.node}, PostgreSQL
${run.machine.postgres} on loopback. The load generator, the service and PostgreSQL share the
same ${run.machine.cpus} cores.

**What is measured.** \`POST /api/v1/persons/by-code\` on the service started as in production
(\`src/main.ts\` with the web role in one process and the worker role, whose audit sealer
chains the new rows every two seconds, in another, as at scale; each with a connection pool of
${poolSize}), called over keep-alive HTTP by autocannon with a fresh access token from
the real token endpoint. Every call asks for another person, picked at random from 50,000 of the
loaded ones, and goes the full path: bearer token check, agreement, purpose and scope check,
EUR 2.00 debited from a balance slot, the person's identity, addresses and documents read,
audit row appended, answer built from the granted scopes. ${seconds} s per measurement after a
5 s warm-up. At full speed autocannon keeps ${connections} connections busy; at half speed the
calls go out at an even pace, each when its time comes (an open load, as independent clients
make), after an uncounted lead-in second at that pace, and a call's latency counts from when it
was due.

**The yardstick.** pgbench sends the same ${statements} statements in one transaction, with the
same parameters (\`bench/access/transaction.sql\`; before each run the bench reads the statements
off a real call and refuses to run if the script differs). \`-M extended\` is the protocol the
service's driver speaks; \`-M prepared\` shows what prepared statements would add. pgbench
also picks the random person by one extra indexed read before the transaction. Its rows go
through the same ledger and audit tables (${whole(run.auditRows)} audit rows were written in the run).

**Reading the figures.** pgbench's client spends a few microseconds of C on each statement. The
service spends the CPU time given under each table on every answer: HTTP, the token, the checks,
the JSON answer, and ${statements + 2} round trips through its driver (the statements, BEGIN, COMMIT),
all in one event loop that shares the cores with PostgreSQL. While the API runs at full speed,
PostgreSQL's connections wait mostly "idle in transaction", that is, for the service's process,
not for the database. \`npm run bench:access -- --profile DIR\` writes that process's CPU profiles.

${tables}

## Targets

${checks.join('\n')}
- The API's full speed at ${whole(large.persons)} persons is ${percent(large.apiMax.rate / small.apiMax.rate)} of that at ${whole(small.persons)} (a drop of ${percent(Math.max(0, drop))}; the target is at most 10 %) — ${met(drop <= 0.1)}.
`;
}
