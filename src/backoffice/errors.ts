import { defineErrors } from '../platform/errors.ts';

export const backofficeErrors = defineErrors({
  role_required: {
    status: 403,
    lv: 'Šī sadaļa ir pieejama tikai {role} darbiniekiem.',
    en: 'This section is for {role} staff only.',
  },
});
