import type { Db } from '../database.ts';
import type { Environment } from '../agreements/service.ts';
import { countConnections } from './connection-store.ts';
import { countBrowserUsers } from './org-user-store.ts';

/**
 * The users the subscription counts in an environment (decision 0006): the organisation's
 * browser users not disabled, plus its system connections there. Billing reads this each day.
 */
export async function subscriptionUsers(
  db: Db,
  organisationId: number,
  environment: Environment,
): Promise<number> {
  const [browser, connections] = await Promise.all([
    countBrowserUsers(db, organisationId),
    countConnections(db, organisationId, environment),
  ]);
  return browser + connections;
}
