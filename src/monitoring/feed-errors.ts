import { defineErrors } from '../platform/errors.ts';

/** The pull feed's refusals; each changes nothing. (No monitoring agreed: entry-errors.ts.) */
export const feedErrors = defineErrors({
  monitoring_cursor_invalid: {
    status: 400,
    lv: 'Kursors "after" nav atpazīstams. Izmantojiet "nextCursor" no iepriekšējās atbildes vai sāciet bez tā.',
    en: 'The cursor "after" is not recognised. Use "nextCursor" from an earlier answer, or start without one.',
  },
  monitoring_cursor_foreign: {
    status: 403,
    lv: 'Kursors pieder citas organizācijas vai citas vides notikumu plūsmai.',
    en: 'The cursor belongs to the event feed of another organisation or another environment.',
  },
  monitoring_cursor_expired: {
    status: 410,
    lv: 'Notikumi pēc šī kursora vairs netiek glabāti. Vecākais lasāmais kursors ir "{oldestCursor}".',
    en: 'Events after this cursor are no longer kept. The oldest readable cursor is "{oldestCursor}".',
  },
});
