import { createHash } from 'node:crypto';
import type { CompiledQuery, Kysely, QueryResult } from 'kysely';

/**
 * Named prepared statements for the queries every data API call sends (docs/decisions/0020).
 * A statement run through `executePrepared` is parsed and planned once per PostgreSQL connection
 * under a name derived from its text, and afterwards only bound and executed: that halves what
 * PostgreSQL spends on the short reads and writes of the hot path. Only statements chosen here
 * are named, never every query, because a named statement keeps its plan (generic after a few
 * runs) and its result's columns: the hot path's statements are key lookups and name their
 * columns, so neither can go wrong for them. PGlite answers them as before: it has no pool, and
 * its driver prepares nothing by name.
 */
const names = new Map<string, string>();

/** The name a PostgreSQL connection prepares this text under, or undefined: send it unnamed. */
export function statementName(text: string): string | undefined {
  return names.get(text);
}

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    // Bounded by the hot path's statements (a batch of up to 100 codes is up to 100 texts).
    name = `rg_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a compiled query (a builder's `.compile()`, or `sql\`…\`.compile(db)`) as a named
 * prepared statement on PostgreSQL, as an ordinary one on PGlite.
 */
export async function executePrepared<DB, Row>(
  db: Kysely<DB>,
  compiled: CompiledQuery<Row>,
): Promise<QueryResult<Row>> {
  nameOf(compiled.sql);
  return db.executeQuery(compiled);
}

interface QueryingClient {
  query: (...args: unknown[]) => unknown;
}

/**
 * Makes a node-postgres client send the texts `executePrepared` named as named statements.
 * Kysely calls `client.query(text, values)`; node-postgres prepares a named statement on its
 * first use on a connection and binds it on every later one.
 */
export function useStatementNames(client: QueryingClient): void {
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const [text, values] = args;
    const name = typeof text === 'string' && args.length === 2 ? names.get(text) : undefined;
    if (name !== undefined && Array.isArray(values)) return query({ name, text, values });
    return query(...args);
  };
}
