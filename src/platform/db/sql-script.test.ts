import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from './sql-script.ts';

describe('splitSqlStatements', () => {
  it('splits on semicolons outside quotes, dollar bodies and comments', () => {
    const script = `
      -- a comment; with a semicolon
      create table t (a text default 'x;y');
      /* block; comment */
      create function f() returns trigger language plpgsql as $$
      begin raise exception 'no; never'; end;
      $$;
      insert into t values ('it''s; fine');
    `;
    expect(splitSqlStatements(script)).toEqual([
      "create table t (a text default 'x;y')",
      "create function f() returns trigger language plpgsql as $$\n      begin raise exception 'no; never'; end;\n      $$",
      "insert into t values ('it''s; fine')",
    ]);
  });

  it('returns nothing for an empty script', () => {
    expect(splitSqlStatements('  -- only a comment\n')).toEqual([]);
  });
});
