/**
 * "A table is written only by its owner's store": every table belongs to the capability whose
 * tables.ts declares it, and only that capability's *store.ts files may insert into, update,
 * delete from or lock (`FOR UPDATE`) it. Reads may join any table. Run by `npm run check`; exits
 * 1 naming file:line of every write outside its owner's store. There is no list of exceptions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The folder a file belongs to under src/: a capability, or `platform`. */
function ownerOf(file: string): string {
  return relative(src, file).split('/')[0] ?? '';
}

/**
 * Where an owner's tables may be written: a capability's *store.ts files. Platform has no
 * service; each of its modules (the job outbox, the audit log, the mail log) is the store of
 * its own table.
 */
function mayWrite(file: string, owner: string): boolean {
  if (ownerOf(file) !== owner) return false;
  return owner === 'platform' || /store\.ts$/.test(file);
}

/** Table name → owner, from the `export interface …Tables { name: … }` declarations. */
function tableOwners(files: readonly string[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of files.filter((f) => f.endsWith('/tables.ts'))) {
    const text = readFileSync(file, 'utf8');
    const blocks = /export (?:interface \w*Tables|type \w*Tables =) \{\n([\s\S]*?)\n\}/g;
    for (const block of text.matchAll(blocks)) {
      for (const table of (block[1] ?? '').matchAll(/^ {2}(\w+): /gm)) {
        owners.set(table[1] ?? '', ownerOf(file));
      }
    }
  }
  return owners;
}

interface Write {
  line: number;
  table: string;
}

const KYSELY_WRITE =
  /\b(?:insertInto|updateTable|deleteFrom|mergeInto|bulkInsert)\(\s*(?:\w+,\s*)?'(\w+)/g;
const SQL_WRITE = /\b(?:insert\s+into|update|delete\s+from)\s+(\w+)/gi;
const SELECT_FROM = /\bselectFrom\(\s*'(\w+)/g;

/** Writes in one file: Kysely's write builders, raw SQL, and a `.forUpdate()` on a selectFrom. */
function writesIn(text: string, tables: ReadonlyMap<string, string>): Write[] {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  const writes: Write[] = [];
  for (const m of text.matchAll(KYSELY_WRITE)) {
    writes.push({ line: lineOf(m.index), table: m[1] ?? '' });
  }
  for (const m of text.matchAll(SQL_WRITE)) {
    const table = m[1] ?? '';
    if (tables.has(table)) writes.push({ line: lineOf(m.index), table });
  }
  // A lock belongs to the statement it ends: the nearest selectFrom before it.
  for (const lock of text.matchAll(/\.forUpdate\(\)/g)) {
    const before = [...text.slice(0, lock.index).matchAll(SELECT_FROM)].at(-1);
    if (before !== undefined) writes.push({ line: lineOf(lock.index), table: before[1] ?? '' });
  }
  return writes;
}

const files = filesUnder(src);
const owners = tableOwners(files);
const problems: string[] = [];
for (const file of files) {
  for (const write of writesIn(readFileSync(file, 'utf8'), owners)) {
    const owner = owners.get(write.table);
    if (owner === undefined) continue;
    if (mayWrite(file, owner)) continue;
    problems.push(
      `${relative(root, file)}:${write.line}: writes or locks ${write.table}, which belongs to ` +
        `${owner}: call the service of ${owner}, whose store writes it`,
    );
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} write(s) outside the owner's store.`);
  process.exit(1);
}
console.log(`Tables written only by their owners' stores (${owners.size} tables).`);
