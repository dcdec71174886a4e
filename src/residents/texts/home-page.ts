import type { Messages } from '../../platform/i18n/messages.ts';

export const homePageTexts = {
  title: { lv: 'E-pakalpojumi', en: 'E-services' },
  bdasDescription: {
    lv: 'Apskatiet, kādus sejas attēlus, pirkstu nospiedumu informāciju un pamatdatus par Jums glabā BDAS, un ziņojiet par nepilnībām.',
    en: 'See the facial images, fingerprint information and basic data that BDAS holds about you, and report deficiencies.',
  },
  dataUseDescription: {
    lv: 'Pēc pieteikšanās redziet, kuras iestādes un uzņēmumi, kad un kādam mērķim saņēma Jūsu datus no Fizisko personu reģistra.',
    en: 'After signing in, see which public bodies and companies received your data from the Population Register, when and for what purpose.',
  },
  transferName: {
    lv: 'Tiešsaistes datu pārraide no Fizisko personu reģistra',
    en: 'Online data transfer from the Population Register',
  },
  transferDescription: {
    lv: 'Iestādēm un uzņēmumiem: līgums par datu saņemšanu ar sistēmu saskarni vai Personu datu pārlūku.',
    en: 'For public bodies and companies: an agreement to receive data by inter-system interface or the Person Data Browser.',
  },
} as const satisfies Messages;
