import { type TariffCode, TARIFF_NAMES } from '../../agreements/service.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { organisationPageTexts as texts } from '../texts/organisation-pages.ts';
import { euro } from './agreement-parts.tsx';

const STEPS: readonly { title: Text; text: Text }[] = Object.values(texts.service.steps);

/** The service's description: who may ask, the steps, and what it costs today (from the tariffs). */
export function DataTransferServicePage(props: {
  ctx: PageContext;
  prices: { code: TariffCode; cents: number }[];
}) {
  const { locale } = props.ctx;
  const words = texts.service;
  return (
    <Layout ctx={props.ctx} title={words.title[locale]}>
      <h1>{words.title[locale]}</h1>
      <p class="lead">{words.lead[locale]}</p>
      <ol>
        {STEPS.map((step) => (
          <li key={step.title.en}>
            <strong>{step.title[locale]}.</strong> {step.text[locale]}
          </li>
        ))}
      </ol>
      <h2>{words.fees[locale]}</h2>
      <table>
        <caption class="visually-hidden">{words.fees[locale]}</caption>
        <tbody>
          {props.prices.map((p) => (
            <tr key={p.code}>
              <th scope="row">{TARIFF_NAMES[p.code][locale]}</th>
              <td>{euro(p.cents, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{words.stateFee[locale]}</p>
      <p class="actions">
        <a class="button" href="/organizacijas/registracija">
          {words.register[locale]}
        </a>
        <a class="button secondary" href="/organizacijas/pieteikties">
          {words.signIn[locale]}
        </a>
        <a href="/api/docs">{words.api[locale]}</a>
      </p>
    </Layout>
  );
}
