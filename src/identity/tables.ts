import type { Generated } from 'kysely';

export interface IdentityTables {
  operator_tokens: {
    id: Generated<number>;
    name: string;
    authority: string;
    token_hash: Buffer;
    created_at: Generated<Date>;
    revoked_at: Date | null;
  };
}
