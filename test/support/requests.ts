import type { Page } from 'playwright-core';
import type { Environment } from '../../src/agreements/service.ts';
import type { Db } from '../../src/database.ts';

let serial = 0;

/**
 * A decided access request written straight to its tables, for tests of what comes after the
 * decision (agreements): some scopes approved, some refused, each with its legal basis and purpose.
 */
export async function makeDecidedRequest(
  db: Db,
  who: {
    organisationId: number;
    approved?: string[];
    refused?: string[];
    environments?: Environment[];
    pdpUsers?: number;
    systemConnections?: number;
    monitoringPersons?: number | null;
    status?: 'decided' | 'submitted';
  },
): Promise<{ id: number; reference: string }> {
  serial += 1;
  const reference = `PP-2026-${String((process.pid % 1000) * 1000 + serial).padStart(6, '0')}`;
  const status = who.status ?? 'decided';
  const decidedAt = new Date('2026-11-20T10:00:00Z');
  const monitoringPersons = who.monitoringPersons === undefined ? 1500 : who.monitoringPersons;
  const request = await db
    .insertInto('access_requests')
    .values({
      organisation_id: who.organisationId,
      reference,
      status,
      environments: who.environments ?? ['test', 'production'],
      pdp_users: who.pdpUsers ?? 4,
      system_connections: who.systemConnections ?? 2,
      monitoring: monitoringPersons !== null,
      monitoring_persons: monitoringPersons,
      submitted_at: new Date('2026-11-02T09:00:00Z'),
      deadline: '2026-12-01',
      decided_at: status === 'decided' ? decidedAt : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scopes = [
    ...(who.approved ?? ['identity', 'addresses']).map((scope) => ({
      scope,
      decision: 'approved' as const,
    })),
    ...(who.refused ?? ['relatives']).map((scope) => ({ scope, decision: 'refused' as const })),
  ];
  if (scopes.length > 0) {
    await db
      .insertInto('access_request_scopes')
      .values(
        scopes.map(({ scope, decision }) => ({
          request_id: request.id,
          scope,
          legal_basis_law: 'Fizisko personu reģistra likums',
          legal_basis_article: '11. panta pirmā daļa',
          purpose: `Klientu identifikācija (${scope})`,
          decision: status === 'decided' ? decision : 'pending',
          decision_reason:
            status !== 'decided'
              ? null
              : decision === 'approved'
                ? 'Pamatots'
                : 'Nav pamatots mērķis',
          decided_at: status === 'decided' ? decidedAt : null,
        })),
      )
      .execute();
  }
  return { id: request.id, reference };
}

/**
 * Opens a data scope's group on the request form, as a person clicks its name: the groups of
 * scopes not asked for are closed.
 */
export async function openScope(page: Page, scope: string): Promise<void> {
  const group = page.locator('details.scope-group', { has: page.locator(`#scope_${scope}`) });
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
}
