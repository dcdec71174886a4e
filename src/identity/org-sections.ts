import { API_DOCS_PATH } from '../platform/http/api-reference.ts';
import type { OrgUserRole } from '../platform/http/auth.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { orgSectionsTexts } from './texts/org-sections.ts';

/** A part of the organisation's pages, listed on its home page for the roles that use it. */
export interface OrganisationSection {
  label: Text;
  hint: Text;
  path: string;
  roles: readonly OrgUserRole[];
}

const representative = ['representative'] as const;

/** The sections of the organisation home page `/organizacijas`, in the order shown. */
export const ORGANISATION_SECTIONS: readonly OrganisationSection[] = [
  {
    ...orgSectionsTexts.sections.requests,
    path: '/organizacijas/pieprasijumi',
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.agreements,
    path: '/organizacijas/ligumi',
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.connections,
    path: '/organizacijas/savienojumi',
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.users,
    path: '/organizacijas/lietotaji',
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.balance,
    path: '/organizacijas/atlikums',
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.invoices,
    path: '/organizacijas/rekini',
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.apiDocs,
    path: API_DOCS_PATH,
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.monitoring,
    path: '/organizacijas/monitorings/produkcija',
    roles: representative,
  },
  {
    ...orgSectionsTexts.sections.personDataBrowser,
    path: '/personu-datu-parluks',
    roles: ['pdp_user'],
  },
];

export function sectionsFor(role: OrgUserRole): OrganisationSection[] {
  return ORGANISATION_SECTIONS.filter((s) => s.roles.includes(role));
}
