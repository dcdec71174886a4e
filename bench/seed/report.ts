import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Machine } from '../machine.ts';

/** Hand-written: what bounds the load, from the figures of the run reported, quoted in the report. */
const NOTES = path.join(import.meta.dirname, 'what-bounds-it.md');

/** The target of issue 17: a country of two million persons in under two minutes. */
export const TARGET_PER_SECOND = 20_000;

export interface SeedRun {
  persons: number;
  seconds: number;
  /** Seconds after the last batch committed: the deferred indexes being built. */
  indexSeconds: number;
  /** CPU of this process (generator, COPY text, driver) during the load. */
  nodeCpuSeconds: number;
  /** CPU of the load's own PostgreSQL backends; null when the server is on another machine. */
  backendCpuSeconds: number | null;
  /** WAL written by the whole server during the load (other databases' too). */
  walBytes: number;
  checkpoints: number;
  /** The machine's one-minute load average when the run started. */
  loadAverage: number;
}

export interface SeedSize {
  date: string;
  runs: SeedRun[];
  rows: { table: string; n: number }[];
  tableSize: string;
  orphans: number;
}

export interface SeedReport {
  date: string;
  machine: Machine;
  parallel: number;
  generator: { persons: number; seconds: number; cpu: number };
  pglite: { persons: number; seconds: number };
  sizes: Record<string, SeedSize>;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median and spread of one figure over a size's runs. */
function stat(runs: readonly SeedRun[], pick: (run: SeedRun) => number) {
  const values = runs.map(pick);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

const rate = (run: SeedRun) => run.persons / run.seconds;
const µs = (seconds: number, persons: number) => (seconds / persons) * 1e6;

function sizeRow(size: SeedSize): string {
  const { runs } = size;
  const r = stat(runs, rate);
  const spread = runs.length > 1 ? `${fmt(r.min)}–${fmt(r.max)}` : '(one run)';
  const node = stat(runs, (run) => µs(run.nodeCpuSeconds, run.persons));
  const backends = runs.every((run) => run.backendCpuSeconds !== null)
    ? fmt(stat(runs, (run) => µs(run.backendCpuSeconds ?? 0, run.persons)).median)
    : 'n/a';
  const wall = µs(1 / r.median, 1);
  return (
    `| ${fmt(runs[0]?.persons ?? 0)} | ${runs.length} | **${fmt(r.median)}** | ${spread} | ` +
    `${stat(runs, (run) => run.seconds).median.toFixed(1)} | ` +
    `${stat(runs, (run) => run.indexSeconds).median.toFixed(1)} | ${fmt(wall)} | ${fmt(node.median)} | ` +
    `${backends} | ${fmt(stat(runs, (run) => run.walBytes / run.persons).median)} | ` +
    `${stat(runs, (run) => run.checkpoints).median} | ` +
    `${stat(runs, (run) => run.loadAverage).median.toFixed(1)} | ` +
    `${r.median >= TARGET_PER_SECOND ? 'met' : `${((r.median / TARGET_PER_SECOND) * 100).toFixed(0)} %`} |`
  );
}

/**
 * What sets the pace, read from the CPU figures: the loading process is one thread, so when its
 * CPU per person comes near the wall time per person it is the limit; when the process and the
 * backends together use most of the machine's cores, the machine is.
 */
function bound(report: SeedReport, size: SeedSize): string {
  const wall = stat(size.runs, (run) => run.seconds / run.persons).median;
  const node = stat(size.runs, (run) => run.nodeCpuSeconds / run.persons).median;
  const backendsKnown = size.runs.every((run) => run.backendCpuSeconds !== null);
  const backends = stat(size.runs, (run) => (run.backendCpuSeconds ?? 0) / run.persons).median;
  const index = stat(size.runs, (run) => run.indexSeconds / run.seconds).median;
  const busy = (node + backends) / wall;
  const parts = [
    `the loading process used ${((node / wall) * 100).toFixed(0)} % of one core over the load`,
    backendsKnown
      ? `its PostgreSQL backends ${((backends / wall) * 100).toFixed(0)} % of one core (together ${(busy * 100).toFixed(0)} % of the ${report.machine.cpus} cores' ${report.machine.cpus * 100} %)`
      : 'the backends are on another machine, so their CPU is not measured',
    `${(index * 100).toFixed(0)} % of the time went to building the indexes after the rows`,
  ];
  return parts.join('; ');
}

export function renderSeedReport(report: SeedReport): string {
  const sizes = Object.values(report.sizes).sort(
    (a, b) => (a.runs[0]?.persons ?? 0) - (b.runs[0]?.persons ?? 0),
  );
  const largest = sizes[sizes.length - 1];
  const { machine } = report;
  return `# Seed benchmark

\`npm run bench:seed -- --persons N --runs R\` — generated persons with every data scope (identity,
names history, birth, nationality, addresses, documents, civil status, relatives, death) and BDAS
fingerprint records, facial images excluded, loaded into an empty register with \`COPY … FROM
STDIN\` (text format, one COPY per table per batch of 5,000 persons, ${report.parallel} batch transactions in
flight), the register's indexes built after the rows (decision 0021). Target: **${fmt(TARGET_PER_SECOND)} persons/s**
at 2,000,000 persons. Machine: ${machine.cpus} cores (${machine.model}), ${machine.memoryGiB} GiB, Node ${machine.node},
PostgreSQL ${machine.postgres} on loopback, with whatever else ran on the machine (load average
column: runnable processes per minute when the run started; above ${machine.cpus} the load waited for CPU).

| persons | runs | persons/s (median) | spread (min–max) | seconds | of it index builds, s | wall µs/person | Node CPU µs/person | PostgreSQL backends CPU µs/person | WAL bytes/person | checkpoints | load average | target |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${sizes.map(sizeRow).join('\n')}

Beside it: the generator alone made ${fmt(report.generator.persons)} persons at ${fmt(report.generator.persons / report.generator.seconds)}/s
(${fmt(µs(report.generator.cpu, report.generator.persons))} µs of CPU per person); PGlite in memory loaded ${fmt(report.pglite.persons)} persons at
${fmt(report.pglite.persons / report.pglite.seconds)}/s (unnest inserts: PGlite takes no COPY stream from the client).

${sizes.map((size) => `At ${fmt(size.runs[0]?.persons ?? 0)} persons ${bound(report, size)}.`).join('\n')}

WAL and checkpoints are the whole server's, other databases' work included, so they are an upper
bound for the load's own. ${
    largest === undefined
      ? ''
      : `Rows written at ${fmt(largest.runs[0]?.persons ?? 0)} persons: ${largest.rows
          .map((r) => `${r.table} ${fmt(r.n)}`)
          .join(', ')}; tables and indexes ${largest.tableSize}. Rows referring to nothing after the
load: ${largest.orphans} (the loader skips the per-row foreign-key triggers for generated batches,
which are consistent by construction, as \`pg_restore --disable-triggers\` does; this check is the
proof).`
  }

${existsSync(NOTES) ? readFileSync(NOTES, 'utf8').trim() : ''}
`;
}
