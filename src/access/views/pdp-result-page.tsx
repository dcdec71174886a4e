import type { Text } from '../../platform/i18n/locale.ts';
import { formatEuro } from '../../agreements/service.ts';
import { SCOPE_NAMES } from '../../onboarding/service.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { Provision } from '../provision.ts';
import { PdpPerson } from './pdp-person.tsx';
import { PDP_PATH } from './pdp-search-page.tsx';
import { FEE_TEXTS, FIELD_TEXTS, PDP_RESULT_TITLE, PDP_TITLE, RESULT_TEXTS } from './pdp-texts.ts';

/**
 * A search's result, where the search's form redirects (never cached): what was asked for and
 * why, the fee charged and the balance now, then each person with exactly the scopes granted. It
 * is shown from the sealed answer kept for its result id, so showing it again charges nothing.
 */
export function PdpResultPage(props: {
  ctx: PageContext;
  provision: Provision;
  balanceAfterCents: number;
}) {
  const { ctx, provision: p } = props;
  const locale = ctx.locale;
  const t = (text: Text) => text[locale];
  const charged = p.feeExempt
    ? t(FEE_TEXTS.exemptCharged)
    : FEE_TEXTS.chargedTotal[locale](
        formatEuro(p.feeTotalCents, locale),
        p.persons.length,
        formatEuro(p.feePerPersonCents, locale),
      );
  return (
    <Layout ctx={ctx} title={t(PDP_RESULT_TITLE)}>
      <span class="caption">{t(PDP_TITLE)}</span>
      <h1>{t(PDP_RESULT_TITLE)}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{t(RESULT_TEXTS.agreement)}</th>
            <td>{p.agreement}</td>
          </tr>
          <tr>
            <th scope="row">{t(RESULT_TEXTS.purpose)}</th>
            <td>{p.purpose}</td>
          </tr>
          <tr>
            <th scope="row">{t(RESULT_TEXTS.endUser)}</th>
            <td>{p.endUser}</td>
          </tr>
          <tr>
            <th scope="row">{t(RESULT_TEXTS.persons)}</th>
            <td>{p.persons.length}</td>
          </tr>
          <tr>
            <th scope="row">{t(FIELD_TEXTS.scopes)}</th>
            <td>{p.scopes.map((s) => SCOPE_NAMES[s][locale]).join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">{t(FEE_TEXTS.charged)}</th>
            <td id="iekaseta-nodeva">{charged}</td>
          </tr>
          <tr>
            <th scope="row">{t(FEE_TEXTS.balanceAfter)}</th>
            <td id="atlikums-pec">
              {FEE_TEXTS.amount[locale](formatEuro(props.balanceAfterCents, locale))}
            </td>
          </tr>
        </tbody>
      </table>
      <p class="hint">{t(RESULT_TEXTS.audited)}</p>
      {p.persons.map((record, i) => (
        <PdpPerson
          key={record.personalCode}
          record={record}
          scopes={p.scopes}
          index={i + 1}
          locale={locale}
        />
      ))}
      <p>
        <a href={PDP_PATH}>{t(RESULT_TEXTS.newSearch)}</a>
      </p>
    </Layout>
  );
}
