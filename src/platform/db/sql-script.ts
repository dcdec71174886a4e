/**
 * Splits a migration file into statements. PGlite's extended protocol runs one statement per
 * call, so both drivers get the same statements one by one. Understands quotes, dollar-quoted
 * bodies and comments, which is all our migrations use.
 */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    const skip =
      matchLineComment(rest) ??
      matchBlockComment(rest) ??
      matchQuoted(rest, "'") ??
      matchQuoted(rest, '"') ??
      matchDollarQuoted(rest);
    if (skip !== null) {
      // Comments are dropped; quoted text is kept verbatim.
      if (!rest.startsWith('--') && !rest.startsWith('/*')) current += rest.slice(0, skip);
      i += skip;
      continue;
    }
    const ch = script.charAt(i);
    if (ch === ';') {
      pushStatement(statements, current);
      current = '';
    } else {
      current += ch;
    }
    i += 1;
  }
  pushStatement(statements, current);
  return statements;
}

function pushStatement(statements: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed !== '') statements.push(trimmed);
}

function matchLineComment(rest: string): number | null {
  if (!rest.startsWith('--')) return null;
  const end = rest.indexOf('\n');
  return end === -1 ? rest.length : end + 1;
}

function matchBlockComment(rest: string): number | null {
  if (!rest.startsWith('/*')) return null;
  const end = rest.indexOf('*/', 2);
  return end === -1 ? rest.length : end + 2;
}

function matchQuoted(rest: string, quote: string): number | null {
  if (!rest.startsWith(quote)) return null;
  let j = 1;
  while (j < rest.length) {
    if (rest.charAt(j) === quote) {
      // A doubled quote is an escaped quote inside the string.
      if (rest.charAt(j + 1) === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j += 1;
  }
  return rest.length;
}

function matchDollarQuoted(rest: string): number | null {
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(rest);
  if (tag === null) return null;
  const end = rest.indexOf(tag[0], tag[0].length);
  return end === -1 ? rest.length : end + tag[0].length;
}
