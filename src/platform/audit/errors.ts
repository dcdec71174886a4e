import { defineErrors } from '../errors.ts';

export const auditLogErrors = defineErrors({
  audit_checkpoint_missing: {
    status: 404,
    lv: 'Audita žurnālam vēl nav parakstītas galvas.',
    en: 'The audit log has no signed head yet.',
  },
  audit_tree_size_invalid: {
    status: 400,
    lv: 'Koku izmēriem jābūt 1 ≤ from ≤ to ≤ pēdējās parakstītās galvas izmērs.',
    en: 'The tree sizes must be 1 ≤ from ≤ to ≤ the size of the latest signed head.',
  },
});
