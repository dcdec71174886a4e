import type { StaffRole } from '../platform/http/auth.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { staffHomePageTexts } from './texts/staff-home-page.ts';

/** A part of the back office, listed on the staff start page and in every staff page's header. */
export interface StaffSection {
  label: Text;
  hint: Text;
  path: string;
}

const officer = staffHomePageTexts.sections.pmlp_officer;

/** What each role works on, in the order shown; the pages themselves refuse the other role. */
export const STAFF_SECTIONS: Record<StaffRole, readonly StaffSection[]> = {
  ic_agent: [{ ...staffHomePageTexts.sections.ic_agent.reports, path: '/darbinieki/zinojumi' }],
  pmlp_officer: [
    { ...officer.requests, path: '/darbinieki/pieprasijumi' },
    { ...officer.agreements, path: '/darbinieki/ligumi' },
    { ...officer.connections, path: '/darbinieki/savienojumi' },
    { ...officer.organisations, path: '/darbinieki/organizacijas' },
    { ...officer.userRequests, path: '/darbinieki/lietotaju-pieprasijumi' },
    { ...officer.tariffs, path: '/darbinieki/tarifi' },
    { ...officer.deposits, path: '/darbinieki/iemaksas' },
    { ...officer.invoices, path: '/darbinieki/rekini' },
    { ...officer.revenue, path: '/darbinieki/ienemumi' },
    { ...officer.dataUse, path: '/darbinieki/datu-izmantosana' },
    { ...officer.calendar, path: '/darbinieki/kalendars' },
  ],
};
