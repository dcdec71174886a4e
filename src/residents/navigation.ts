import type { SiteNavigation } from '../platform/views/navigation.ts';
import { DATA_USE_TITLE } from './data-use-texts.ts';
import { serviceFrameTexts } from './texts/service-frame.ts';
import { T } from './views/texts.ts';

/**
 * The header of every page for a signed-in resident, as the state portal has it: the person's
 * e-services ("Tavi e-pakalpojumi") and who used their data, reachable from anywhere.
 */
export const RESIDENT_NAVIGATION: SiteNavigation = {
  home: '/',
  label: serviceFrameTexts.navigation,
  links: [
    { href: '/tavi-e-pakalpojumi', label: T.yourServices },
    { href: '/kas-izmantoja-manus-datus', label: DATA_USE_TITLE },
  ],
};
