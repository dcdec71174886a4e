import type { Messages } from '../../platform/i18n/messages.ts';

export const dataUsePageTexts = {
  intro: {
    lv: 'Šeit redzams, kuras iestādes un uzņēmumi no Fizisko personu reģistra saņēma datus par Jums, kad, kādus datus, kādam mērķim un uz kāda tiesiskā pamata.',
    en: 'Here you see which public bodies and companies received data about you from the Population Register: when, which data, for what purpose and on what legal basis.',
  },
  from: { lv: 'No', en: 'From' },
  dateHint: { lv: 'GGGG-MM-DD', en: 'YYYY-MM-DD' },
  to: { lv: 'Līdz', en: 'To' },
  show: { lv: 'Rādīt', en: 'Show' },
  noRecords: { lv: 'Ierakstu nav.', en: 'No records.' },
  pages: { lv: 'Lapas', en: 'Pages' },
  newerRecords: { lv: 'Jaunāki ieraksti', en: 'Newer records' },
  olderRecords: { lv: 'Vecāki ieraksti', en: 'Older records' },
  delayedRecordsNote: {
    lv: 'Ja to nosaka likums (piemēram, izmeklēšanas laikā), atsevišķs ieraksts var tikt parādīts vēlāk. Jūsu pašu skatījumi šajā lapā arī tiek reģistrēti.',
    en: 'Where the law requires (for example during an investigation), a record may be shown later. Your own views of this page are recorded too.',
  },
} as const satisfies Messages;
