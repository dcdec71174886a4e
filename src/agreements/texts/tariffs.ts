import type { Messages } from '../../platform/i18n/messages.ts';

/** The tariffs' names in the price list, and how each language writes an amount. */
export const tariffTexts = {
  names: {
    subscription_up_to_5_users: {
      lv: 'Abonēšanas maksa vienā vidē līdz 5 lietotājiem (mēnesī)',
      en: 'Subscription per environment for up to 5 users (a month)',
    },
    subscription_extra_user: {
      lv: 'Katrs nākamais lietotājs (mēnesī)',
      en: 'Each further user (a month)',
    },
    monitoring_up_to_1000_persons: {
      lv: 'Monitorings līdz 1000 personām (mēnesī)',
      en: 'Monitoring of up to 1000 persons (a month)',
    },
    monitoring_extra_1000_persons: {
      lv: 'Monitorings, katras nākamās sāktās 1000 personas (mēnesī)',
      en: 'Monitoring, each further 1000 persons begun (a month)',
    },
    credentials_restore: {
      lv: 'Lietotāja piekļuves datu atjaunošana',
      en: 'Restoring a user’s credentials',
    },
    state_fee_per_person: {
      lv: 'Valsts nodeva par vienu personu',
      en: 'State fee per person',
    },
  },
  /** Euros and cents: "150,00" in Latvian, "150.00" in English. */
  euroCents: {
    lv: (sign: string, whole: number, cents: string) => `${sign}${whole},${cents}`,
    en: (sign: string, whole: number, cents: string) => `${sign}${whole}.${cents}`,
  },
} as const satisfies Messages;
