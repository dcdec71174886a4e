import { defineErrors } from '../platform/errors.ts';

export const residentErrors = defineErrors({
  run_not_found: {
    status: 404,
    lv: 'Šāds e-pakalpojuma pieteikums nav atrasts.',
    en: 'No such e-service run was found.',
  },
  run_closed: {
    status: 409,
    lv: 'Šī e-pakalpojuma izpilde jau ir beigusies. Sāciet pakalpojumu no jauna.',
    en: 'This e-service run has already ended. Start the service again.',
    nextStep: {
      path: '/e-pakalpojumi/bdas/sakt',
      lv: 'Sākt pakalpojumu no jauna',
      en: 'Start the service again',
    },
  },
  terms_not_accepted: {
    status: 400,
    lv: 'Lai turpinātu, jāpiekrīt e-pakalpojuma lietošanas nosacījumiem.',
    en: 'To continue, agree to the terms of use of the e-service.',
  },
  report_not_found: {
    status: 404,
    lv: 'Šāds ziņojums nav atrasts.',
    en: 'No such report was found.',
  },
  report_status_unchanged: {
    status: 409,
    lv: 'Ziņojumam jau ir šāds statuss.',
    en: 'The report already has this status.',
  },
  report_closed: {
    status: 409,
    lv: 'Ziņojums jau ir slēgts.',
    en: 'The report is already closed.',
  },
  image_not_found: {
    status: 404,
    lv: 'Attēls nav atrasts.',
    en: 'The image was not found.',
  },
});

/** "Who used my data" and the staff's holds on its rows. */
export const dataUseErrors = defineErrors({
  period_invalid: {
    status: 400,
    lv: 'Ievadiet datumu formātā GGGG-MM-DD, piemēram, 2026-03-01.',
    en: 'Enter a date as YYYY-MM-DD, for example 2026-03-01.',
  },
  period_reversed: {
    status: 400,
    lv: 'Perioda sākuma datumam jābūt ne vēlākam par beigu datumu.',
    en: 'The start of the period must not be after its end.',
  },
  view_reason_required: {
    status: 400,
    lv: 'Norādiet, kāpēc skatāt personas datu izmantošanu.',
    en: 'Give the reason for viewing the use of the person’s data.',
  },
  staff_view_not_found: {
    status: 404,
    lv: 'Šis skatījums nav atrasts vai ir beidzies. Meklējiet personu vēlreiz.',
    en: 'This view was not found or has ended. Look the person up again.',
  },
  audit_row_not_found: {
    status: 404,
    lv: 'Šāds datu izsniegšanas ieraksts šai personai nav atrasts.',
    en: 'No such data provision record was found for this person.',
  },
  hold_date_invalid: {
    status: 400,
    lv: 'Ievadiet datumu, līdz kuram slēpt, formātā GGGG-MM-DD.',
    en: 'Enter the date to hide until as YYYY-MM-DD.',
  },
  hold_date_past: {
    status: 400,
    lv: 'Datumam, līdz kuram slēpt, jābūt vēlākam par šodienu.',
    en: 'The date to hide until must be after today.',
  },
  hold_reason_required: {
    status: 400,
    lv: 'Norādiet ieraksta slēpšanas pamatojumu.',
    en: 'Give the reason for hiding the record.',
  },
  proof_not_ready: {
    status: 409,
    lv: 'Šis ieraksts vēl nav aizzīmogots žurnālā. Pierādījums būs gatavs dažu sekunžu laikā; mēģiniet vēlreiz.',
    en: 'This record is not sealed into the log yet. The proof will be ready within seconds; try again.',
  },
  proof_not_available: {
    status: 409,
    lv: 'Šis ieraksts aizzīmogots, pirms tika ieviesti iekļaušanas pierādījumi, tāpēc pierādījumu tam izsniegt nevar. Ieraksta neskartību joprojām nodrošina audita žurnāla ķēde.',
    en: 'This record was sealed before proofs of inclusion were introduced, so no proof can be given for it. The audit log’s chain still checks that it is whole.',
  },
  hold_not_found: {
    status: 404,
    lv: 'Šim ierakstam nav spēkā esošas slēpšanas.',
    en: 'This record has no hold to lift.',
  },
});
