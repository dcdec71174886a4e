/** Examples of the organisations' request API, as the API document shows them. */

const asked = {
  scope: 'identity' as const,
  legalBasisLaw: 'Kredītiestāžu likums',
  legalBasisArticle: '61. panta pirmā daļa',
  purpose: 'Klienta identitātes pārbaude kredīta pieteikumam',
};

export const newRequestExample = {
  scopes: [asked],
  environments: ['test' as const, 'production' as const],
  pdpUsers: 2,
  systemConnections: 1,
  monitoring: false,
  monitoringPersons: null,
};

export const accessRequestExample = {
  id: 17,
  reference: 'PP-2026-000017',
  status: 'submitted' as const,
  environments: newRequestExample.environments,
  pdpUsers: 2,
  systemConnections: 1,
  monitoring: false,
  monitoringPersons: null,
  createdAt: '2026-12-01T08:12:00.000Z',
  submittedAt: '2026-12-01T08:15:30.000Z',
  deadline: '2026-12-29',
  decidedAt: null,
  workingDaysLeft: 18,
  scopes: [{ ...asked, decision: 'pending' as const, decisionReason: null, decidedAt: null }],
  events: [
    {
      kind: 'submitted',
      side: 'organisation' as const,
      actorName: 'Ilze Kalniņa',
      body: null,
      deadlineAfter: '2026-12-29',
      occurredAt: '2026-12-01T08:15:30.000Z',
    },
  ],
  openQuestion: null,
};

export const requestListExample = {
  items: [
    {
      id: 17,
      reference: 'PP-2026-000017',
      status: 'submitted' as const,
      createdAt: '2026-12-01T08:12:00.000Z',
      submittedAt: '2026-12-01T08:15:30.000Z',
      deadline: '2026-12-29',
      workingDaysLeft: 18,
    },
  ],
};

export const deadlineExample = {
  reference: 'PP-2026-000017',
  status: 'submitted' as const,
  deadline: '2026-12-29',
  workingDaysLeft: 18,
  clockStopped: false,
  changes: [
    { kind: 'submitted', occurredAt: '2026-12-01T08:15:30.000Z', deadlineAfter: '2026-12-29' },
  ],
};
