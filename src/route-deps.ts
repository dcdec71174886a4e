import type { Config } from './config.ts';
import type { HostLookup } from './monitoring/service.ts';
import type { Db } from './database.ts';
import type { Envelope } from './platform/crypto/envelope.ts';
import type { Clock } from './platform/time/riga.ts';

/** What the organisations' and back-office route modules are given by buildApp. */
export interface RouteDeps {
  config: Config;
  db: Db;
  envelope: Envelope;
  clock: Clock;
  /** Resolves host names of addresses organisations give (webhooks); tests give their own. */
  hostLookup?: HostLookup;
}
