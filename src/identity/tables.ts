import type { Generated } from 'kysely';
import type { StaffRole } from '../platform/http/auth.ts';

export interface IdentityTables {
  operator_tokens: {
    id: Generated<number>;
    name: string;
    authority: string;
    token_hash: Buffer;
    created_at: Generated<Date>;
    revoked_at: Date | null;
  };
  browser_sessions: {
    id: Generated<number>;
    token_hash: Buffer;
    kind: 'resident' | 'staff';
    subject_id: number;
    /** JSON of `SessionData` (sessions.ts); written as a string, read back parsed. */
    data: unknown;
    csrf_token: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
  };
  staff_users: {
    id: Generated<number>;
    name: string;
    email: string;
    role: StaffRole;
    password_hash: string;
    failed_attempts: Generated<number>;
    locked_until: Date | null;
    created_at: Generated<Date>;
  };
}
