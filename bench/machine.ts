import os from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../src/database.ts';

export interface Machine {
  cpus: number;
  model: string;
  memoryGiB: number;
  node: string;
  postgres: string;
}

/** The machine a benchmark ran on, with the PostgreSQL server's version, for its report. */
export async function describeMachine(db: Db): Promise<Machine> {
  const version = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(
    db,
  );
  return {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: version.rows[0]?.v ?? '?',
  };
}
