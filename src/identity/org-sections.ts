import type { Text } from '../platform/i18n/locale.ts';

/** A part of the organisation's pages, listed on its home page. */
export interface OrganisationSection {
  label: Text;
  path: string;
}

/**
 * The sections of the organisation home page `/organizacijas`, in the order shown. Each capability
 * that adds pages for organisations adds its entry here.
 */
export const ORGANISATION_SECTIONS: readonly OrganisationSection[] = [
  { label: { lv: 'Lietotāji', en: 'Users' }, path: '/organizacijas/lietotaji' },
];
