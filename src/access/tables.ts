import type { Generated } from 'kysely';

export interface AccessTables {
  idempotent_answers: {
    organisation_id: number;
    idempotency_key: string;
    request_hash: Buffer;
    status: number;
    /** The sealed JSON answer (envelope encryption). */
    answer: Buffer;
    created_at: Generated<Date>;
  };
}
