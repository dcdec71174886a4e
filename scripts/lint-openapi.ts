/**
 * The API document as the app generates it, linted by Redocly CLI (redocly.yaml) and held to the
 * project's own contract (src/platform/http/openapi-contract.ts). Run by `npm run check`; exits 1
 * on any error. The app is built in process on Kysely's DummyDriver: generating the document
 * reads the routes, never the database, so no database is opened at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import type { AppDatabase } from '../src/database.ts';
import { openApiContractProblems } from '../src/platform/http/openapi-contract.ts';

const root = join(import.meta.dirname, '..');
const db = new Kysely<AppDatabase>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const app = await buildApp({
  config: loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent' }),
  db,
  engine: 'pglite',
});
await app.ready();
const document = app.swagger();
await app.close();

const problems = openApiContractProblems(document);
for (const problem of problems) console.error(`openapi contract: ${problem}`);

const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(document, null, 2));
// Redocly's own entry point under this process's Node (the project's pinned one).
const lint = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/@redocly/cli/bin/cli.js'),
    'lint',
    file,
    '--config',
    join(root, 'redocly.yaml'),
    '--format',
    'codeframe',
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
rmSync(dir, { recursive: true, force: true });
process.exit(problems.length > 0 || lint.status !== 0 ? 1 : 0);
