import type { OrgUserRole } from '../platform/http/auth.ts';
import type { Text } from '../platform/i18n/locale.ts';

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
    label: { lv: 'Pieprasījumi', en: 'Requests' },
    hint: {
      lv: 'Motivēti pieprasījumi piekļūt datiem ar tiesisko pamatu katram datu apjomam',
      en: 'Motivated requests for access with a legal basis for each data scope',
    },
    path: '/organizacijas/pieprasijumi',
    roles: representative,
  },
  {
    label: { lv: 'Līgumi', en: 'Agreements' },
    hint: {
      lv: 'Līguma teksta saskaņošana, apstiprināšana un grozījumi',
      en: 'Negotiating, approving and amending the agreement text',
    },
    path: '/organizacijas/ligumi',
    roles: representative,
  },
  {
    label: { lv: 'Savienojumi', en: 'Connections' },
    hint: {
      lv: 'Sistēmu savienojumi testa un produkcijas vidē, to atslēgas',
      en: 'System connections to the test and production environments, and their keys',
    },
    path: '/organizacijas/savienojumi',
    roles: representative,
  },
  {
    label: { lv: 'Lietotāji', en: 'Users' },
    hint: {
      lv: 'Personu datu pārlūka lietotāji, to bloķēšana un atbloķēšana',
      en: 'Person Data Browser users, blocking and unblocking them',
    },
    path: '/organizacijas/lietotaji',
    roles: representative,
  },
  {
    label: { lv: 'Priekšapmaksa', en: 'Prepaid balance' },
    hint: {
      lv: 'Valsts nodevas atlikums, iemaksas un maksājumi, paziņojums par zemu atlikumu',
      en: 'The state fee balance, deposits and charges, the low-balance notice',
    },
    path: '/organizacijas/atlikums',
    roles: representative,
  },
  {
    label: { lv: 'Personu datu pārlūks', en: 'Person Data Browser' },
    hint: {
      lv: 'Personu datu meklēšana Fizisko personu reģistrā pēc personas koda vai vārda un uzvārda',
      en: 'Searching the Population Register by personal code or by name',
    },
    path: '/personu-datu-parluks',
    roles: ['pdp_user'],
  },
];

export function sectionsFor(role: OrgUserRole): OrganisationSection[] {
  return ORGANISATION_SECTIONS.filter((s) => s.roles.includes(role));
}
