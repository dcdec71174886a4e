import type { StaffRole } from '../platform/http/auth.ts';
import type { SiteNavigation } from '../platform/views/navigation.ts';
import { STAFF_SECTIONS } from './staff-sections.ts';
import { staffHomePageTexts } from './texts/staff-home-page.ts';

const HOME = '/darbinieki';

/**
 * The header of every staff page: the back office's start page and the sections of the staff
 * member's role (STAFF_SECTIONS, `staff-sections.ts`). A new staff page joins by one entry there;
 * it then shows on the start page and here alike.
 */
export function staffNavigation(role: StaffRole): SiteNavigation {
  return {
    home: HOME,
    label: staffHomePageTexts.navigation.label,
    links: [
      { href: HOME, label: staffHomePageTexts.navigation.home },
      ...STAFF_SECTIONS[role].map((s) => ({ href: s.path, label: s.label })),
    ],
  };
}
