import type { Kysely } from 'kysely';
import type { AccessTables } from './access/tables.ts';
import type { AgreementTables } from './agreements/tables.ts';
import type { InvoiceTables, LedgerTables } from './billing/tables.ts';
import type { IdentityTables } from './identity/tables.ts';
import type { MonitoringTables, WebhookTables } from './monitoring/tables.ts';
import type { JobTables, PlatformTables } from './platform/db/tables.ts';
import type { OnboardingTables } from './onboarding/tables.ts';
import type { RegisterTables } from './register/tables.ts';
import type { ResidentTables } from './residents/tables.ts';

/** Every table, for Kysely's types. Each capability declares its own in its `tables.ts`. */
export type AppDatabase = PlatformTables &
  JobTables &
  RegisterTables &
  IdentityTables &
  ResidentTables &
  AgreementTables &
  OnboardingTables &
  LedgerTables &
  InvoiceTables &
  AccessTables &
  MonitoringTables &
  WebhookTables;
export type Db = Kysely<AppDatabase>;
