import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadFigures } from './api-load.ts';

/** The service's transaction for a call without an Idempotency-Key, and for one with a key. */
export const TRANSACTION_SCRIPT = path.join(import.meta.dirname, 'transaction.sql');
export const KEYED_TRANSACTION_SCRIPT = path.join(import.meta.dirname, 'transaction-keyed.sql');
/**
 * The service's transaction as it was before the hot path was tuned (9 statements between BEGIN
 * and COMMIT), kept unchanged as a fixed yardstick so that later runs stay comparable.
 */
export const REFERENCE_SCRIPT = path.join(import.meta.dirname, 'transaction-reference.sql');

/**
 * One statement as both sides write it, to compare: parameters (`$1`, `:name`, an inlined NULL)
 * become `?`, pgbench's `\gset` goes, white space shrinks to one blank.
 */
export function normaliseStatement(text: string): string {
  return text
    .replace(/\\gset\s*\w*/g, '')
    .replace(/\$\d+|(?<!:):[a-z_]+\b|\bNULL\b/g, '?')
    .replace(/\s+/g, ' ')
    .replace(/\s*;\s*$/, '')
    .trim();
}

/** The statements of the script's transaction, between its BEGIN and COMMIT. */
export function scriptTransaction(script: string): string[] {
  const lines = script.split('\n').filter((l) => !l.startsWith('--') && !l.startsWith('\\set'));
  const statements: string[] = [];
  let current = '';
  for (const line of lines) {
    current += `${line}\n`;
    if (/;\s*$/.test(line) || /\\gset\s*\w*\s*$/.test(line)) {
      statements.push(normaliseStatement(current));
      current = '';
    }
  }
  const begin = statements.indexOf('begin');
  const commit = statements.indexOf('commit');
  return statements.slice(begin + 1, commit);
}

/** Refuses to run pgbench on a script that no longer sends what the service sends. */
export function assertSameTransaction(
  service: readonly string[],
  script: readonly string[],
  file: string,
): void {
  const differences = service
    .map((s, i) => ({ i, service: s, script: script[i] ?? '(none)' }))
    .filter((d) => d.service !== d.script);
  if (differences.length > 0 || script.length !== service.length) {
    const lines = differences.map(
      (d) => `  #${d.i + 1}\n    service: ${d.service}\n    script:  ${d.script}`,
    );
    throw new Error(
      `bench/access/${path.basename(file)} differs from the service's transaction ` +
        `(${service.length} statements against ${script.length}):\n${lines.join('\n')}`,
    );
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * pgbench on the same database and schema for `seconds`, with `clients` connections and its
 * per-transaction log, from which the latency percentiles come.
 */
export async function runPgbench(options: {
  url: string;
  schema: string;
  clients: number;
  seconds: number;
  mode: 'extended' | 'prepared';
  /** The scripts, each run for an equal share of the transactions. */
  scripts: readonly string[];
  variables: Record<string, string | number>;
}): Promise<LoadFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pgbench-'));
  const args = [
    '--no-vacuum',
    `--protocol=${options.mode}`,
    `--client=${options.clients}`,
    '--jobs=2',
    `--time=${options.seconds}`,
    ...options.scripts.map((script) => `--file=${script}@1`),
    '--log',
    `--log-prefix=${path.join(dir, 'tx')}`,
    ...Object.entries(options.variables).map(([k, v]) => `--define=${k}=${v}`),
    options.url,
  ];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('pgbench', args, {
      env: { ...process.env, PGOPTIONS: `-c search_path=${options.schema}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`pgbench failed (${code}):\n${text}`)),
    );
  });
  const latencies: number[] = [];
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      // client_id transaction_no time script_no time_epoch time_us, time in microseconds
      const micros = Number(line.split(' ')[2]);
      if (line !== '' && Number.isFinite(micros)) latencies.push(micros / 1000);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(output)?.[1];
  const failed = /number of failed transactions: (\d+)/.exec(output)?.[1];
  if (tps === undefined) throw new Error(`pgbench printed no rate:\n${output}`);
  return {
    rate: Number(tps),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    answered: latencies.length,
    failed: Number(failed ?? 0),
  };
}
