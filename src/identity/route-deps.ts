import type { Config } from '../config.ts';
import type { Db } from '../database.ts';
import type { Envelope } from '../platform/crypto/envelope.ts';
import type { Clock } from '../platform/time/riga.ts';
import type { TestPerson } from './dev-idp/test-persons.ts';

/** What identity's sign-in routes are given by buildApp, apart from the other route modules'. */
export interface IdentityRouteDeps {
  config: Config;
  db: Db;
  clock: Clock;
  /** Opens the staff's sealed TOTP secrets at sign-in. */
  envelope: Envelope;
  /** Listed on the development provider's sign-in page (the register's well-known persons). */
  testPersons: readonly TestPerson[];
}
