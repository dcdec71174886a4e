import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { bulkColumnNames, toArrayLiteral, type BulkColumn } from './bulk-insert.ts';

/** COPY's text format: one line per row, tab between fields, `\N` for null. */
const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Characters per chunk handed to the connection: big enough to keep the stream busy. */
const CHUNK = 1 << 20;

function escapeText(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c] ?? c) : value;
}

/** How one column's values become fields: chosen once per column, not per value. */
function encoderFor(type: BulkColumn['type']): (value: unknown) => string {
  switch (type) {
    case 'bigint':
    case 'integer':
    case 'smallint':
      return (value) => String(value);
    case 'date':
    case 'timestamptz':
      return (value) => (value instanceof Date ? value.toISOString() : escapeText(String(value)));
    case 'text[]':
      return (value) => escapeText(toArrayLiteral(value as string[]));
    case 'bytea':
      // bytea's hex input is `\x…`; COPY's own escaping doubles the backslash.
      return (value) => `\\\\x${Buffer.from(value as Uint8Array).toString('hex')}`;
    case 'text':
      return (value) => escapeText(String(value));
  }
}

/** The rows as COPY text, in chunks of about CHUNK characters. */
function* copyText(names: readonly string[], columns: Record<string, BulkColumn>) {
  const cols = names.map((name) => columns[name] as BulkColumn);
  const encoders = cols.map((column) => encoderFor(column.type));
  const rows = cols[0]?.values.length ?? 0;
  let chunk = '';
  for (let row = 0; row < rows; row++) {
    for (let c = 0; c < cols.length; c++) {
      const value = (cols[c] as BulkColumn).values[row];
      const field =
        value === null || value === undefined
          ? NULL
          : (encoders[c] as (v: unknown) => string)(value);
      chunk += c === 0 ? field : `\t${field}`;
    }
    chunk += '\n';
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Writes column arrays into a table with `COPY … FROM STDIN` on this connection: PostgreSQL parses
 * the rows as a stream, with no statement per batch to plan and no array parameters to unpack.
 * Identity columns take the values given (COPY always does). Table and column names come from
 * code, never from input.
 */
export async function copyColumns(
  client: pg.ClientBase,
  table: string,
  columns: Record<string, BulkColumn>,
): Promise<void> {
  const names = bulkColumnNames(table, columns);
  if (names.length === 0) return;
  const list = names.map((name) => `"${name}"`).join(', ');
  const stream = client.query(copyFrom(`copy "${table}" (${list}) from stdin`));
  const done = finished(stream);
  // A refused row ends the stream with an error: reported below, not as an unhandled rejection.
  done.catch(() => undefined);
  for (const chunk of copyText(names, columns)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await done;
}
