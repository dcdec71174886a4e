import type { Generated, Kysely } from 'kysely';
import type { JobTables } from '../db/tables.ts';

/** The mail tables (migration 0007); a type, not an interface, as Kysely's `$extendTables` asks. */
export type MailTables = {
  dev_mailbox: {
    id: string;
    recipient: string;
    subject: string;
    text: string;
    html: string | null;
    reference: string | null;
    created_at: Generated<Date>;
  };
  /** Migration 0028: the files of a kept mail, in the order they were attached. */
  dev_mail_attachments: {
    mail_id: string;
    position: number;
    filename: string;
    content_type: string;
    content: Uint8Array;
  };
  mail_log: {
    id: Generated<number>;
    mail_id: string;
    reference: string | null;
    recipient_domain: string;
    outcome: 'sent' | 'stored' | 'failed';
    detail: string | null;
    created_at: Generated<Date>;
  };
};

/** What the mail module works on: its own tables and the outbox. */
export type MailDb = Kysely<MailTables & JobTables>;

/**
 * The application's database seen with the mail tables. They are not part of `AppDatabase`
 * (src/database.ts), so the mail module widens the database it is handed; the tables exist
 * wherever the migrations ran. Any application database has the outbox, hence `JobTables`.
 */
export function mailDb(db: Kysely<JobTables>): MailDb {
  return db.$extendTables<MailTables>();
}
