import type { Config } from './config.ts';
import type { Db } from './database.ts';
import { auditLogOrigin } from './platform/audit/checkpoint.ts';
import { latestCheckpoint } from './platform/audit/log-store.ts';
import { sealKeysFrom } from './platform/audit/seal-key.ts';
import { sealAuditBatch } from './platform/audit/sealer.ts';
import { verifyAuditChain } from './platform/audit/verify.ts';
import { systemClock } from './platform/time/riga.ts';

/** `audit seal` and `audit verify` of the command line; answers the exit code. */
export async function auditCommand(
  config: Config,
  database: { db: Db },
  sub: string | undefined,
): Promise<number> {
  const keys = sealKeysFrom(config.secrets.signingKey, auditLogOrigin(config.publicUrl));
  if (sub === 'seal') {
    let total = 0;
    for (;;) {
      const sealed = await sealAuditBatch(database.db, keys, systemClock);
      total += sealed;
      if (sealed === 0) break;
    }
    process.stdout.write(`Sealed ${total} audit rows.\n`);
    return 0;
  }
  if (sub === 'verify') {
    const verdict = await verifyAuditChain(database.db, keys.publicKey);
    if (verdict.ok) {
      process.stdout.write(
        `Audit chain intact: ${verdict.links} rows in ${verdict.seals} seals.\n`,
      );
      // A cut that left no trace in the database is for witnesses to see: this is what to
      // compare with the head they kept.
      const head = await latestCheckpoint(database.db);
      if (head !== undefined) {
        process.stdout.write(
          `Latest signed head: ${head.size} rows, root ${head.root.toString('base64')}, ` +
            `signed at ${head.signedAt.toISOString()}.\n`,
        );
      }
      return 0;
    }
    process.stdout.write(
      `Audit chain BROKEN after ${verdict.links} good rows: ${verdict.problem}` +
        ` at position ${verdict.position ?? '-'} (audit row ${verdict.eventId ?? '-'}).\n`,
    );
    return 1;
  }
  process.stderr.write(
    'audit seal | audit verify | audit check-proof FILE | audit witness URL --state FILE\n',
  );
  return 2;
}
