import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createOperatorToken, revokeOperatorToken } from './identity/service.ts';
import { createEnvelope } from './platform/crypto/envelope.ts';
import { migrate, pendingMigrations } from './platform/db/migrate.ts';
import { generateHouseholds, loadHouseholds } from './register/setup.ts';
import { openAndPrepare } from './startup.ts';
import { auditCommand } from './audit-command.ts';
import { billingCommand } from './billing-command.ts';
import { checkProofCommand } from './audit-proof-command.ts';
import { networkIo, witnessCommand } from './audit-witness-command.ts';
import { describeFeeAuditMismatch, firstFeeAuditMismatch } from './billing/fee-audit-check.ts';
import { ledgerMismatches } from './billing/ledger.ts';
import { DEMO_STAFF_EMAIL, demoStaffTotpSecret, totpCode } from './identity/service.ts';
import {
  DEMO_BROWSER_USER_EMAIL,
  DEMO_OFFICER_EMAIL,
  DEMO_ORGANISATION_EMAIL,
  demoBrowserUserTotpSecret,
  demoOrganisationTotpSecret,
} from './demo-organisation.ts';
import { staffCommand } from './staff-command.ts';

const USAGE = `Register Gateway command line

  npm run cli -- migrate                      apply pending migrations
  npm run cli -- seed --persons N [--seed S] [--images]
                                              load N generated test persons
  npm run cli -- token create --name NAME [--authority PMLP]
  npm run cli -- token revoke --id ID         operator API tokens
  npm run cli -- audit seal                   seal every audit row written so far into the chain
  npm run cli -- audit verify                 check the audit chain; names the first broken row
  npm run cli -- audit check-proof FILE [--key KEY.pem]
                                              check a resident's proof of inclusion offline
  npm run cli -- audit witness URL --state FILE --key KEY.pem [--peer FILE]
                                              check the log at URL (…/audit) grew from the head
                                              kept in FILE; fails on a cut, rewrite or fork
  npm run cli -- demo totp                    the current TOTP codes of the demo staff, the demo
                                              representative and Person Data Browser user
  npm run cli -- staff create EMAIL --name NAME --role ic_agent|pmlp_officer
                                              a staff account; prints its first password and
                                              authenticator secret once
  npm run cli -- staff totp EMAIL             a new authenticator secret for a staff member
  npm run cli -- ledger check                 check every stored balance against its entries,
                                              and every state fee against its audit rows
  npm run cli -- billing invoice --month YYYY-MM
                                              make the month's invoices (again: only the missing)
  npm run cli -- person show CODE [--reason TEXT]
  npm run cli -- person register --json '{...}'
  npm run cli -- person CHANGE CODE --json '{...}' [--test] [--correction]
        CHANGE: addresses | names | documents | document-invalidations | marriages
                | divorces | death | biometrics   (bodies as in the operator API, /api/docs)
        --test: a person of the test data set (its changes become test-environment
        monitoring events); --correction: the change corrects a wrong value

Settings come from the environment, as for the service (DATABASE_URL, DATA_DIR, …).`;

const CHANGES = new Set([
  'addresses',
  'names',
  'documents',
  'document-invalidations',
  'marriages',
  'divorces',
  'death',
  'biometrics',
]);

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      persons: { type: 'string' },
      seed: { type: 'string', default: 'register-gateway' },
      images: { type: 'boolean', default: false },
      name: { type: 'string' },
      authority: { type: 'string', default: 'PMLP' },
      id: { type: 'string' },
      json: { type: 'string' },
      reason: { type: 'string', default: 'Operator query from the command line' },
      test: { type: 'boolean', default: false },
      correction: { type: 'boolean', default: false },
      key: { type: 'string' },
      state: { type: 'string' },
      peer: { type: 'string' },
      role: { type: 'string' },
      month: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help === true || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  // Checking a proof needs no database and no secret: anyone may run it, anywhere.
  if (command === 'audit' && sub === 'check-proof') {
    return checkProofCommand(arg, values.key, (line) => process.stdout.write(`${line}\n`));
  }
  // So does witnessing the log: it needs the log's address and its public key only.
  if (command === 'audit' && sub === 'witness') {
    return witnessCommand(arg, values, networkIo);
  }
  const config = { ...loadConfig(), logLevel: 'warn' };
  const database = await openAndPrepare(config);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database.db);
        const pending = await pendingMigrations(database.db);
        process.stdout.write(
          `Migrations applied now: ${applied.length === 0 ? 'none' : applied.join(', ')}; pending: ${pending.length}\n`,
        );
        return 0;
      }
      case 'seed': {
        const count = Number(values.persons);
        if (!Number.isInteger(count) || count < 1)
          throw new UsageError('--persons must be a positive integer');
        const bar = new SingleBar(
          { format: 'Seeding [{bar}] {value}/{total} persons · {rate}/s · {eta_formatted} left' },
          Presets.shades_classic,
        );
        const started = performance.now();
        bar.start(count, 0, { rate: 0 });
        const loaded = await loadHouseholds(
          database.db,
          generateHouseholds({ seed: values.seed, persons: count }),
          {
            images: values.images,
            envelope: createEnvelope(config.secrets.encryptionKey),
            // Into an empty register, the indexes are built once after the rows.
            fresh: true,
            onProgress: (n) =>
              bar.update(n, { rate: Math.round(n / ((performance.now() - started) / 1000)) }),
          },
        );
        bar.stop();
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(
          `Loaded ${loaded} persons in ${seconds.toFixed(1)} s (${Math.round(loaded / seconds)} persons/s)\n`,
        );
        return 0;
      }
      case 'token': {
        if (sub === 'create') {
          if (values.name === undefined) throw new UsageError('token create needs --name');
          const { id, token } = await createOperatorToken(database.db, {
            name: values.name,
            authority: values.authority,
          });
          process.stdout.write(
            `Token ${id} for ${values.name} (${values.authority}); shown once:\n${token}\n`,
          );
          return 0;
        }
        if (sub === 'revoke') {
          const revoked = await revokeOperatorToken(database.db, Number(values.id));
          process.stdout.write(revoked ? 'Revoked.\n' : 'No such active token.\n');
          return revoked ? 0 : 1;
        }
        throw new UsageError('token create | token revoke');
      }
      case 'demo': {
        if (sub !== 'totp') throw new UsageError('demo totp');
        const secret = config.secrets.sessionSecret;
        const now = new Date();
        process.stdout.write(
          `Staff (${DEMO_STAFF_EMAIL}): ${totpCode(demoStaffTotpSecret(secret, DEMO_STAFF_EMAIL), now)}\n` +
            `Staff (${DEMO_OFFICER_EMAIL}): ` +
            `${totpCode(demoStaffTotpSecret(secret, DEMO_OFFICER_EMAIL), now)}\n` +
            `Representative (${DEMO_ORGANISATION_EMAIL}): ` +
            `${totpCode(demoOrganisationTotpSecret(secret), now)}\n` +
            `Person Data Browser user (${DEMO_BROWSER_USER_EMAIL}): ` +
            `${totpCode(demoBrowserUserTotpSecret(secret), now)}\n`,
        );
        return 0;
      }
      case 'staff':
        return await staffCommand(
          database.db,
          createEnvelope(config.secrets.encryptionKey),
          sub,
          arg,
          values,
          (text) => process.stdout.write(text),
        );
      case 'ledger': {
        if (sub !== 'check') throw new UsageError('ledger check');
        const mismatches = await ledgerMismatches(database.db);
        for (const m of mismatches) {
          process.stdout.write(
            `Organisation ${m.organisation_id}${m.slot === null ? '' : ` slot ${m.slot}`}: ` +
              `stored ${m.stored_cents} cents, entries sum to ${m.entries_cents} cents\n`,
          );
        }
        process.stdout.write(
          mismatches.length === 0 ? 'Every balance equals the sum of its entries.\n' : '',
        );
        const feeMismatch = await firstFeeAuditMismatch(database.db);
        process.stdout.write(
          feeMismatch === undefined
            ? 'Every state-fee debit equals the fees of its person.read audit rows.\n'
            : `${describeFeeAuditMismatch(feeMismatch)}\n`,
        );
        return mismatches.length === 0 && feeMismatch === undefined ? 0 : 1;
      }
      case 'billing': {
        const code = await billingCommand(config, database.db, sub, values.month, (line) =>
          process.stdout.write(`${line}\n`),
        );
        if (code === 2) throw new UsageError('billing invoice --month YYYY-MM');
        return code;
      }
      case 'audit':
        return await auditCommand(config, database, sub);
      case 'person':
        return await personCommand(config, database, sub, arg, values);
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } finally {
    await database.close();
  }
}

/**
 * Person commands go through the operator API in-process, with a token made for this run and
 * revoked after it: the CLI gets exactly the API's validation, rules, change log and audit.
 */
async function personCommand(
  config: ReturnType<typeof loadConfig>,
  database: Awaited<ReturnType<typeof openAndPrepare>>,
  sub: string | undefined,
  arg: string | undefined,
  values: { json?: string | undefined; reason: string; test: boolean; correction: boolean },
): Promise<number> {
  const app = await buildApp({ config, db: database.db, engine: database.engine });
  const { id, token } = await createOperatorToken(database.db, {
    name: `CLI (${userInfo().username})`,
    authority: 'PMLP',
  });
  const call = async (url: string, payload: unknown) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/operator/v1${url}`,
      headers: { authorization: `Bearer ${token}` },
      payload: payload as object,
    });
    process.stdout.write(`${JSON.stringify(res.json(), null, 2)}\n`);
    return res;
  };
  const body = (): unknown => {
    if (values.json === undefined) throw new UsageError('This command needs --json');
    return JSON.parse(values.json) as unknown;
  };
  try {
    if (sub === 'show' && arg !== undefined) {
      return (await call('/persons/lookup', { personalCode: arg, reason: values.reason }))
        .statusCode < 400
        ? 0
        : 1;
    }
    if (sub === 'register') return (await call('/persons', body())).statusCode < 400 ? 0 : 1;
    if (sub !== undefined && CHANGES.has(sub) && arg !== undefined) {
      const found = await app.inject({
        method: 'POST',
        url: '/api/operator/v1/persons/lookup',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          personalCode: arg,
          scopes: ['identity'],
          reason: `CLI change: ${sub}`,
          dataset: values.test ? 'test' : 'production',
        },
      });
      if (found.statusCode !== 200) {
        process.stdout.write(`${JSON.stringify(found.json(), null, 2)}\n`);
        return 1;
      }
      const personId = found.json<{ personId: number }>().personId;
      const query = values.correction ? '?correction=true' : '';
      return (await call(`/persons/${personId}/${sub}${query}`, body())).statusCode < 400 ? 0 : 1;
    }
    throw new UsageError('person show CODE | person register | person CHANGE CODE');
  } finally {
    await revokeOperatorToken(database.db, id);
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    else if (error instanceof ConfigError)
      process.stderr.write(`Configuration error: ${error.message}\n`);
    else if (error instanceof SyntaxError)
      process.stderr.write(`Invalid --json: ${error.message}\n`);
    else
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
