import type { OrgUserRole } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import type { OrgUserStatus } from '../tables.ts';

export const ORG_USER_STATUS_LABELS: Record<OrgUserStatus, Text> = {
  invited: { lv: 'Uzaicināts', en: 'Invited' },
  active: { lv: 'Aktīvs', en: 'Active' },
  locked: { lv: 'Bloķēts', en: 'Locked' },
  disabled: { lv: 'Slēgts', en: 'Disabled' },
};

export const ORG_USER_ROLE_LABELS: Record<OrgUserRole, Text> = {
  representative: { lv: 'Pārstāvis', en: 'Representative' },
  pdp_user: { lv: 'Personu datu pārlūka lietotājs', en: 'Person Data Browser user' },
};

export const RESPONSIBLE_LABEL: Text = { lv: 'atbildīgais lietotājs', en: 'responsible user' };
