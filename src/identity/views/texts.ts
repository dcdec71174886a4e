import type { StaffRole } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';

export const STAFF_ROLE_LABELS: Record<StaffRole, Text> = {
  ic_agent: { lv: 'Informācijas centra darbinieks', en: 'Information Centre agent' },
  pmlp_officer: { lv: 'PMLP amatpersona', en: 'PMLP officer' },
};
