import { formatEuro } from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { RevenueMonth } from '../revenue-month.ts';
import { revenueChartTexts as words } from '../texts/revenue-chart.ts';

export type { RevenueMonth };

type Series = 'subscription' | 'monitoring' | 'stateFees';

/**
 * Bottom to top. Each colour has at least 4.5:1 contrast with the white page (more than the 3:1
 * WCAG asks of graphics), and a white edge parts neighbouring blocks; the table below carries the
 * same figures for whoever cannot tell colours apart.
 */
const SERIES: readonly { key: Series; colour: string; cents: (m: RevenueMonth) => number }[] = [
  { key: 'subscription', colour: '#1d4f91', cents: (m) => m.subscriptionCents },
  { key: 'monitoring', colour: '#a35200', cents: (m) => m.monitoringCents },
  { key: 'stateFees', colour: '#2e6b30', cents: (m) => m.stateFeesCents },
];

const WIDTH = 720;
const HEIGHT = 320;
const PLOT = { left: 90, right: 12, top: 16, bottom: 44 } as const;
const TICKS = 4;

function total(month: RevenueMonth): number {
  return SERIES.reduce((sum, s) => sum + s.cents(month), 0);
}

/** The top of the axis: a round step (1, 2 or 5 × 10ⁿ euro) times the ticks, above the tallest bar. */
export function axisTop(maxCents: number): number {
  const step = Math.max(maxCents, 1) / TICKS;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(step, 100)));
  const nice = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= step) ?? step;
  return Math.max(nice, 100) * TICKS;
}

/**
 * Monthly revenue by line type as stacked bars, drawn on the server as SVG: it needs no script,
 * and the picture is named (`<title>`, `<desc>`) and followed by its figures as a table.
 */
export function RevenueChart(props: { months: readonly RevenueMonth[]; locale: Locale }) {
  const { months, locale } = props;
  const id = 'revenue-chart';
  const grandTotal = months.reduce((sum, m) => sum + total(m), 0);
  const top = axisTop(Math.max(0, ...months.map(total)));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(months.length, 1);
  const y = (cents: number) => PLOT.top + plotHeight - (cents / top) * plotHeight;
  const euro = (cents: number) => `${formatEuro(cents, locale)} ${words.axis[locale]}`;
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{words.title[locale]}</title>
        <desc id={`${id}-desc`}>
          {grandTotal === 0
            ? words.empty[locale]
            : words.description[locale](
                words.month[locale](first),
                words.month[locale](last),
                euro(grandTotal),
              )}
        </desc>
        {Array.from({ length: TICKS + 1 }, (_, i) => {
          const cents = (top / TICKS) * i;
          return (
            <g key={i}>
              <line
                x1={PLOT.left}
                x2={WIDTH - PLOT.right}
                y1={y(cents)}
                y2={y(cents)}
                stroke={i === 0 ? '#0b0c0c' : '#b1b4b6'}
                stroke-width="1"
              />
              <text
                x={PLOT.left - 6}
                y={y(cents) + 4}
                text-anchor="end"
                font-size="12"
                fill="#0b0c0c"
              >
                {formatEuro(cents, locale)}
              </text>
            </g>
          );
        })}
        <text x={12} y={PLOT.top + 4} font-size="12" fill="#0b0c0c">
          {words.axis[locale]}
        </text>
        {months.map((m, index) => {
          const x = PLOT.left + slot * index + slot * 0.2;
          let base = 0;
          return (
            <g key={m.month}>
              {SERIES.map((s) => {
                const cents = s.cents(m);
                const from = base;
                base += cents;
                if (cents === 0) return null;
                return (
                  <rect
                    key={s.key}
                    x={x}
                    width={slot * 0.6}
                    y={y(from + cents)}
                    height={y(from) - y(from + cents)}
                    fill={s.colour}
                    stroke="#ffffff"
                    stroke-width="1"
                  >
                    <title>{`${words.month[locale](m.month)}, ${words.series[s.key][locale]}: ${euro(cents)}`}</title>
                  </rect>
                );
              })}
              <text
                x={x + slot * 0.3}
                y={HEIGHT - PLOT.bottom + 16}
                text-anchor="middle"
                font-size="11"
                fill="#0b0c0c"
              >
                {words.month[locale](m.month).split(' ')[0]}
              </text>
              <text
                x={x + slot * 0.3}
                y={HEIGHT - PLOT.bottom + 30}
                text-anchor="middle"
                font-size="10"
                fill="#505a5f"
              >
                {m.month.slice(0, 4)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend" aria-label={words.legend[locale]}>
          {SERIES.map((s) => (
            <li key={s.key}>
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={s.colour} />
              </svg>{' '}
              {words.series[s.key][locale]}
            </li>
          ))}
        </ul>
        {grandTotal === 0 ? <p>{words.empty[locale]}</p> : null}
      </figcaption>
      <details>
        <summary>{words.table.summary[locale]}</summary>
        <RevenueTable months={months} locale={locale} />
      </details>
    </figure>
  );
}

function RevenueTable(props: { months: readonly RevenueMonth[]; locale: Locale }) {
  const { locale } = props;
  return (
    <table>
      <caption>{words.table.caption[locale]}</caption>
      <thead>
        <tr>
          <th scope="col">{words.table.month[locale]}</th>
          {SERIES.map((s) => (
            <th scope="col" class="numeric" key={s.key}>
              {words.series[s.key][locale]}
            </th>
          ))}
          <th scope="col" class="numeric">
            {words.table.total[locale]}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{words.month[locale](m.month)}</th>
            {SERIES.map((s) => (
              <td class="numeric" key={s.key}>
                {formatEuro(s.cents(m), locale)}
              </td>
            ))}
            <td class="numeric">{formatEuro(total(m), locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
