import { defineErrors } from '../platform/errors.ts';

export const tariffErrors = defineErrors({
  tariff_unknown: {
    status: 400,
    lv: 'Izvēlieties tarifu.',
    en: 'Choose a tariff.',
  },
  tariff_amount_invalid: {
    status: 400,
    lv: 'Ievadiet cenu eiro, piemēram, 245,12.',
    en: 'Enter the price in euro, like 245.12.',
  },
  tariff_date_invalid: {
    status: 400,
    lv: 'Ievadiet datumu, no kura cena ir spēkā.',
    en: 'Enter the date the price applies from.',
  },
  tariff_date_past: {
    status: 400,
    lv: 'Cenu nevar mainīt pagātnē: izvēlieties šodienu vai vēlāku datumu.',
    en: 'A price cannot be changed in the past: choose today or a later date.',
  },
  tariff_reason_required: {
    status: 400,
    lv: 'Norādiet izmaiņu pamatojumu (piemēram, normatīvo aktu).',
    en: 'Give the reason for the change (for example the regulation).',
  },
  tariff_exists: {
    status: 409,
    lv: 'Šim tarifam no šīs dienas cena jau ir noteikta.',
    en: 'This tariff already has a price from that day.',
  },
  tariff_missing: {
    status: 500,
    lv: 'Tarifam {code} nav cenas dienā {day}.',
    en: 'The tariff {code} has no price on {day}.',
  },
});
