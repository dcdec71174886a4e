import { defineErrors } from '../platform/errors.ts';
import { backofficeErrorTexts } from './texts/errors.ts';

export const backofficeErrors = defineErrors({
  role_required: { status: 403, ...backofficeErrorTexts.roleRequired },
});
