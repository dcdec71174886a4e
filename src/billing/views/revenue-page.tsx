import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { revenueChartTexts as words } from '../texts/revenue-chart.ts';
import { RevenueChart, type RevenueMonth } from './revenue-chart.tsx';

export const REVENUE_PATH = '/darbinieki/ienemumi';

/** The back office's revenue over the last 12 months: the chart and its figures. */
export function RevenuePage(props: { ctx: PageContext; months: readonly RevenueMonth[] }) {
  const { locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={words.page.title[locale]}>
      <h1>{words.page.title[locale]}</h1>
      <p class="lead">{words.page.lead[locale]}</p>
      <RevenueChart months={props.months} locale={locale} />
    </Layout>
  );
}
