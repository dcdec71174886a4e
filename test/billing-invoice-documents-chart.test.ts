import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { formatEuro } from '../src/agreements/service.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chargeStateFee,
  monthsUpTo,
  recordDeposit,
  revenueByMonth,
} from '../src/billing/service.ts';
import { RevenueChart, type RevenueMonth } from '../src/billing/views.ts';
import { axisTop } from '../src/billing/views/revenue-chart.tsx';
import { revenueChartTexts } from '../src/billing/texts/revenue-chart.ts';

const revenueMonthLabel = revenueChartTexts.month.lv;
import { rigaDate } from '../src/platform/time/riga.ts';
import { createTestApp, type TestContext } from './support/app.ts';
import { makeOrganisation, orgUserSession } from './support/organisations.ts';
import { staffSession } from './support/staff.ts';

const MONTHS = monthsUpTo('2026-11-24', 12);

function year(fill: (index: number) => Omit<RevenueMonth, 'month'>): RevenueMonth[] {
  return MONTHS.map((month, index) => ({ month, ...fill(index) }));
}

describe('the revenue chart', () => {
  it('counts the 12 months up to this one, across a new year', () => {
    expect(MONTHS).toHaveLength(12);
    expect(MONTHS[0]).toBe('2025-12');
    expect(MONTHS.at(-1)).toBe('2026-11');
    expect(monthsUpTo('2026-01-01', 2)).toEqual(['2025-12', '2026-01']);
  });

  it('draws an empty year as an axis with no bars, and says so', () => {
    const html = render(
      h(RevenueChart, {
        months: year(() => ({ subscriptionCents: 0, monitoringCents: 0, stateFeesCents: 0 })),
        locale: 'lv',
      }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="revenue-chart-title">Ieņēmumi pa mēnešiem</title>');
    expect(html).toContain('Šajos mēnešos ieņēmumu nav.');
    expect(html).not.toContain('<rect x=');
    expect(html.match(/<tr>/g)).toHaveLength(13);
    expect(html).toContain('dec. 2025');
    expect(html).not.toContain('NaN');
  });

  it('stacks a year of subscription, monitoring and state fees, with the figures as a table', () => {
    const months = year((i) => ({
      subscriptionCents: 10_000 + i * 1_000,
      monitoringCents: i % 2 === 0 ? 2_500 : 0,
      stateFeesCents: 4_000,
    }));
    const html = render(h(RevenueChart, { months, locale: 'en' }));
    // One block per non-zero amount: 12 + 6 + 12, plus the three legend swatches.
    expect(html.match(/<rect x=/g)).toHaveLength(30);
    expect(html.match(/<rect width="14"/g)).toHaveLength(3);
    expect(html).toContain('Bars by month from Dec 2025 to Nov 2026');
    expect(html).toContain(`Total ${formatEuro(249_000, 'en')} EUR.`);
    expect(html).toContain('<th scope="row">Nov 2026</th>');
    expect(html).toContain('Figures as a table');
    // The tallest bar (EUR 250) fits under the axis's top, a round figure.
    expect(axisTop(25_000)).toBe(40_000);
    expect(axisTop(0)).toBe(400);
    const heights = [...html.matchAll(/height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...heights)).toBeLessThanOrEqual(260);
  });
});

describe('the revenue page', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it("shows this month's state fees to a PMLP officer and refuses everyone else", async () => {
    const today = rigaDate(new Date());
    const org = await makeOrganisation(ctx.db);
    await ctx.db.transaction().execute(async (trx) => {
      await recordDeposit(trx, {
        organisationId: org.id,
        amountCents: 1_000,
        bankReference: 'chart-deposit',
        staffId: null,
      });
      for (const reference of ['chart-1', 'chart-2']) {
        await chargeStateFee(trx, {
          organisationId: org.id,
          amountCents: 200,
          reference,
          idempotencyKey: reference,
          today,
        });
      }
    });
    const months = monthsUpTo(today, 12);
    const revenue = await revenueByMonth(ctx.db, { months });
    expect(revenue).toHaveLength(12);
    expect(revenue.at(-1)).toEqual({
      month: months.at(-1),
      subscriptionCents: 0,
      monitoringCents: 0,
      stateFeesCents: 400,
    });
    expect(revenue.slice(0, 11).every((m) => m.stateFeesCents === 0)).toBe(true);

    const clock = { now: () => new Date() };
    const officer = await staffSession(ctx.db, clock, 'pmlp_officer');
    const page = await ctx.app.inject({
      method: 'GET',
      url: '/darbinieki/ienemumi?lang=lv',
      headers: { cookie: officer.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Ieņēmumi</h1>');
    expect(page.body).toContain('4,00');
    expect(page.body).toContain(
      '<title>dec. 2026, Valsts nodevas: 4,00 EUR</title>'.replace(
        'dec. 2026',
        revenueMonthLabel(months.at(-1) ?? ''),
      ),
    );
    // The chart is drawn on the server: the page's only script is the layout's session notice.
    expect(page.body.slice(page.body.indexOf('<main'))).not.toContain('<script');

    const agent = await staffSession(ctx.db, clock, 'ic_agent');
    const user = await orgUserSession(ctx.db, clock, { organisationId: org.id, responsible: true });
    for (const [who, headers, status] of [
      ['IC agent', { cookie: agent.cookie }, 403],
      ['organisation user', { cookie: user.cookie }, 403],
      ['anonymous', {}, 401],
    ] as const) {
      const refused = await ctx.app.inject({
        method: 'GET',
        url: '/darbinieki/ienemumi',
        headers: { ...headers, accept: 'application/json' },
      });
      expect(refused.statusCode, who).toBe(status);
    }
  });
});
