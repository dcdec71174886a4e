import { formatEuro } from '../../agreements/service.ts';
import { SCOPE_FIELDS, SCOPE_NAMES } from '../../onboarding/service.ts';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import {
  Checkbox,
  CsrfField,
  FormTokenField,
  ErrorSummary,
  SelectField,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { PDP_FIELDS, scopeField, type PdpOffer } from '../pdp-search.ts';
import { MAX_SEARCH_RESULTS } from '../provision.ts';
import { FEE_TEXTS, FIELD_TEXTS, NO_AGREEMENT_TEXTS, PDP_TITLE } from './pdp-texts.ts';

export const PDP_PATH = '/personu-datu-parluks';
export const PDP_SEARCH_PATH = '/personu-datu-parluks/meklet';
/** A search's result, at an address of its own: `${PDP_RESULT_PATH}/<result id>`. */
export const PDP_RESULT_PATH = '/personu-datu-parluks/rezultats';

/** What the user typed, kept when the form comes back with errors. */
export type PdpValues = Record<string, string>;

/** The fee and the balance, said plainly before anything is searched. */
export function FeeNotice(props: { offer: PdpOffer; locale: Locale }) {
  const { offer, locale } = props;
  return (
    <div class="notice" id={PDP_FIELDS.balance} tabindex={-1}>
      <h2>{FEE_TEXTS.heading[locale]}</h2>
      <p>
        {offer.feeExempt
          ? FEE_TEXTS.exempt[locale]
          : FEE_TEXTS.perPerson[locale](formatEuro(offer.feePerPersonCents, locale))}
      </p>
      <p>
        {FEE_TEXTS.balance[locale]}:{' '}
        <strong>{FEE_TEXTS.amount[locale](formatEuro(offer.balanceCents, locale))}</strong>
      </p>
    </div>
  );
}

/** With several purposes, the purpose is chosen first, so the scopes shown are its own. */
function PurposeChooser(props: { offer: PdpOffer; locale: Locale }) {
  const { offer, locale } = props;
  return (
    <form method="get" action={PDP_PATH}>
      <SelectField
        name={PDP_FIELDS.purpose}
        label={FIELD_TEXTS.purpose[locale]}
        value={offer.purpose}
        options={offer.purposes.map((p) => ({ value: p, label: p }))}
      />
      <button type="submit">{FIELD_TEXTS.choosePurpose[locale]}</button>
    </form>
  );
}

/**
 * The search: purpose, case, a personal code or (where the agreement allows) name criteria, and
 * the scopes granted for the purpose. Posts only: a personal code never appears in an address.
 */
export function PdpSearchPage(props: {
  ctx: PageContext;
  offer: PdpOffer;
  values: PdpValues;
  /** Scopes ticked; null: all granted (the first showing). */
  checked: readonly string[] | null;
  errors: FieldErrors;
}) {
  const { ctx, offer, values, errors } = props;
  const locale = ctx.locale;
  const t = (text: Text) => text[locale];
  return (
    <Layout ctx={ctx} title={t(PDP_TITLE)}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{t(PDP_TITLE)}</h1>
      <FeeNotice offer={offer} locale={locale} />
      {offer.purposes.length > 1 ? <PurposeChooser offer={offer} locale={locale} /> : null}
      <form method="post" action={PDP_SEARCH_PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        {offer.purposes.length > 1 ? (
          <>
            <input type="hidden" name={PDP_FIELDS.purpose} value={offer.purpose} />
            <p>
              {t(FIELD_TEXTS.purpose)}: <strong>{offer.purpose}</strong>
            </p>
            {errors[PDP_FIELDS.purpose] === undefined ? null : (
              <p class="error-message">{errors[PDP_FIELDS.purpose]}</p>
            )}
          </>
        ) : (
          <SelectField
            name={PDP_FIELDS.purpose}
            label={t(FIELD_TEXTS.purpose)}
            value={offer.purpose}
            error={errors[PDP_FIELDS.purpose]}
            required
            options={offer.purposes.map((p) => ({ value: p, label: p }))}
          />
        )}
        <TextField
          name={PDP_FIELDS.endUser}
          label={t(FIELD_TEXTS.endUser)}
          hint={t(FIELD_TEXTS.endUserHint)}
          value={values[PDP_FIELDS.endUser]}
          error={errors[PDP_FIELDS.endUser]}
          required
          maxLength={500}
        />
        <TextField
          name={PDP_FIELDS.personalCode}
          label={t(FIELD_TEXTS.personalCode)}
          hint={t(FIELD_TEXTS.personalCodeHint)}
          value={values[PDP_FIELDS.personalCode]}
          error={errors[PDP_FIELDS.personalCode]}
          autocomplete="off"
          maxLength={20}
        />
        {offer.criteriaSearch ? (
          <fieldset class="field">
            <legend>{t(FIELD_TEXTS.criteriaLegend)}</legend>
            <p class="hint">{FIELD_TEXTS.criteriaHint[locale](MAX_SEARCH_RESULTS)}</p>
            <TextField
              name={PDP_FIELDS.surname}
              label={t(FIELD_TEXTS.surname)}
              value={values[PDP_FIELDS.surname]}
              error={errors[PDP_FIELDS.surname]}
              autocomplete="off"
              maxLength={100}
            />
            <TextField
              name={PDP_FIELDS.givenNames}
              label={t(FIELD_TEXTS.givenNames)}
              value={values[PDP_FIELDS.givenNames]}
              error={errors[PDP_FIELDS.givenNames]}
              autocomplete="off"
              maxLength={100}
            />
            <TextField
              name={PDP_FIELDS.birthDate}
              type="date"
              label={t(FIELD_TEXTS.birthDate)}
              hint={t(FIELD_TEXTS.birthDateHint)}
              value={values[PDP_FIELDS.birthDate]}
              error={errors[PDP_FIELDS.birthDate]}
              autocomplete="off"
              maxLength={10}
            />
          </fieldset>
        ) : null}
        <fieldset
          class={errors[PDP_FIELDS.scopes] === undefined ? 'field' : 'field has-error'}
          id={PDP_FIELDS.scopes}
          tabindex={-1}
        >
          <legend>
            {t(FIELD_TEXTS.scopes)}
            <span aria-hidden="true" class="required">
              {' *'}
            </span>
          </legend>
          <p class="hint">{t(FIELD_TEXTS.scopesHint)}</p>
          {errors[PDP_FIELDS.scopes] === undefined ? null : (
            <p class="error-message">{errors[PDP_FIELDS.scopes]}</p>
          )}
          {offer.scopes.map((scope) => (
            <Checkbox
              key={scope}
              name={scopeField(scope)}
              label={`${SCOPE_NAMES[scope][locale]} (${SCOPE_FIELDS[scope][locale]})`}
              checked={props.checked === null || props.checked.includes(scope)}
            />
          ))}
        </fieldset>
        <button type="submit">{t(FIELD_TEXTS.search)}</button>
      </form>
    </Layout>
  );
}

/** No agreement in force allows data in production: nothing to search, and why. */
export function PdpNoAgreementPage(props: { ctx: PageContext }) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={PDP_TITLE[locale]}>
      <span class="caption">{PDP_TITLE[locale]}</span>
      <h1>{NO_AGREEMENT_TEXTS.heading[locale]}</h1>
      <p>{NO_AGREEMENT_TEXTS.body[locale]}</p>
      <p>
        <a href="/organizacijas">{NO_AGREEMENT_TEXTS.workspaceLink[locale]}</a>
      </p>
    </Layout>
  );
}
