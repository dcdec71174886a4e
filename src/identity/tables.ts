import type { Generated } from 'kysely';
import type { OrgUserRole, StaffRole } from '../platform/http/auth.ts';

export type OrgUserStatus = 'invited' | 'active' | 'locked' | 'disabled';
export type OrgUserRequestStatus = 'pending' | 'approved' | 'refused';
export type ConnectionStatus = 'pending' | 'active' | 'suspended';

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
    kind: 'resident' | 'staff' | 'org_user';
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
    /** The sealed TOTP secret (totp.ts); null until an administrator issues one. */
    totp_secret: Buffer | null;
    totp_last_step: Generated<number>;
  };
  org_users: {
    id: Generated<number>;
    organisation_id: number;
    name: string;
    email: string;
    role: OrgUserRole;
    is_responsible: Generated<boolean>;
    status: OrgUserStatus;
    password_hash: string | null;
    /** Envelope-encrypted TOTP secret. */
    totp_secret: Buffer | null;
    totp_last_step: number | null;
    setup_token_hash: Buffer | null;
    setup_expires_at: Date | null;
    failed_attempts: Generated<number>;
    locked_at: Date | null;
    created_at: Generated<Date>;
  };
  org_user_requests: {
    id: Generated<number>;
    organisation_id: number;
    name: string;
    email: string;
    requested_by: number;
    status: OrgUserRequestStatus;
    reason: string | null;
    decided_by: number | null;
    decided_at: Date | null;
    org_user_id: number | null;
    created_at: Generated<Date>;
  };
  connections: {
    id: Generated<number>;
    organisation_id: number;
    agreement_id: number;
    client_id: string;
    environment: 'test' | 'production';
    name: string;
    status: ConnectionStatus;
    source_addresses: Generated<string[]>;
    activated_at: Date | null;
    suspended_at: Date | null;
    suspension_reason: string | null;
    created_at: Generated<Date>;
  };
  connection_keys: {
    id: Generated<number>;
    connection_id: number;
    kid: string;
    /** The public JWK as written (JSON); read back parsed. */
    public_jwk: unknown;
    expires_at: Date;
    retired_at: Date | null;
    expiry_warned_at: Date | null;
    added_at: Generated<Date>;
  };
  client_assertions_used: {
    connection_id: number;
    jti: string;
    expires_at: Date;
  };
}
