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
