import type { OrgUserRole } from '../platform/http/auth.ts';
import type { SiteNavigation } from '../platform/views/navigation.ts';
import { sectionsFor } from './org-sections.ts';
import { orgSectionsTexts } from './texts/org-sections.ts';

const HOME = '/organizacijas';

/**
 * The header of every page of a signed-in organisation user: the organisation's start page and
 * the sections of ORGANISATION_SECTIONS (`org-sections.ts`) their role uses. A new part of the
 * organisation's pages is one entry there; it then shows on the start page and here alike.
 */
export function organisationNavigation(role: OrgUserRole): SiteNavigation {
  return {
    home: HOME,
    label: orgSectionsTexts.navigation.label,
    links: [
      { href: HOME, label: orgSectionsTexts.navigation.home },
      ...sectionsFor(role).map((s) => ({ href: s.path, label: s.label })),
    ],
  };
}
