import type { Messages } from '../../platform/i18n/messages.ts';

const MONTHS = {
  lv: [
    'janv.',
    'febr.',
    'marts',
    'apr.',
    'maijs',
    'jūn.',
    'jūl.',
    'aug.',
    'sept.',
    'okt.',
    'nov.',
    'dec.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

function monthIndex(month: string): number {
  return Number(month.slice(5, 7)) - 1;
}

/** The back office's chart of monthly revenue by line type, and the page that shows it. */
export const revenueChartTexts = {
  title: { lv: 'Ieņēmumi pa mēnešiem', en: 'Revenue by month' },
  description: {
    lv: (first: string, last: string, total: string) =>
      `Stabiņi pa mēnešiem no ${first} līdz ${last}, katrā abonēšana, uzraudzība un valsts nodevas viena virs otras. Kopā ${total}.`,
    en: (first: string, last: string, total: string) =>
      `Bars by month from ${first} to ${last}, each with subscription, monitoring and state fees stacked. Total ${total}.`,
  },
  empty: {
    lv: 'Šajos mēnešos ieņēmumu nav.',
    en: 'No revenue in these months.',
  },
  series: {
    subscription: { lv: 'Abonēšana', en: 'Subscription' },
    monitoring: { lv: 'Uzraudzība', en: 'Monitoring' },
    stateFees: { lv: 'Valsts nodevas', en: 'State fees' },
  },
  legend: { lv: 'Apzīmējumi', en: 'Legend' },
  table: {
    summary: { lv: 'Skaitļi tabulā', en: 'Figures as a table' },
    caption: { lv: 'Ieņēmumi pa mēnešiem, EUR', en: 'Revenue by month, EUR' },
    month: { lv: 'Mēnesis', en: 'Month' },
    total: { lv: 'Kopā', en: 'Total' },
  },
  axis: { lv: 'EUR', en: 'EUR' },
  /** "jūl. 2026" on the axis and in the table. */
  month: {
    lv: (month: string) => `${MONTHS.lv[monthIndex(month)] ?? month} ${month.slice(0, 4)}`,
    en: (month: string) => `${MONTHS.en[monthIndex(month)] ?? month} ${month.slice(0, 4)}`,
  },
  page: {
    title: { lv: 'Ieņēmumi', en: 'Revenue' },
    lead: {
      lv: 'Rēķinos izrakstītā abonēšanas un uzraudzības maksa bez PVN un no priekšapmaksas ieturētās valsts nodevas pēdējos 12 mēnešos.',
      en: 'Subscription and monitoring fees invoiced, without VAT, and the state fees debited from prepaid balances, over the last 12 months.',
    },
  },
} as const satisfies Messages;
