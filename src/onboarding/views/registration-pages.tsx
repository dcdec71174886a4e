import { ORGANISATION_FIELDS, type FormErrors } from '../../agreements/service.ts';
import { CsrfField, ErrorSummary, FormTokenField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import {
  FIELD_LABELS,
  inLocale,
  LEGAL_FORMS,
  OrganisationFields,
  type Values,
} from './organisation-form.tsx';
import { organisationPageTexts as texts } from '../texts/organisation-pages.ts';

const PATH = '/organizacijas/registracija';

/** The self-registration form: the organisation, one contact person and its representative. */
export function RegistrationFormPage(props: {
  ctx: PageContext;
  values: Values;
  errors: FormErrors;
}) {
  const { ctx } = props;
  const locale = ctx.locale;
  const errors = inLocale(props.errors, locale);
  const words = texts.registration;
  return (
    <Layout ctx={ctx} title={words.title[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{words.title[locale]}</h1>
      <p>{words.lead[locale]}</p>
      <p class="hint">{words.mandatory[locale]}</p>
      <form method="post" action={PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <OrganisationFields locale={locale} values={props.values} errors={errors} />
        <button type="submit">{words.continue[locale]}</button>
      </form>
    </Layout>
  );
}

function HiddenValues(props: { values: Values }) {
  return (
    <>
      {ORGANISATION_FIELDS.map((field) => (
        <input key={field} type="hidden" name={field} value={props.values[field] ?? ''} />
      ))}
    </>
  );
}

/** Check answers before sending; "Change" goes back to the form with the answers kept. */
export function RegistrationCheckPage(props: { ctx: PageContext; values: Values }) {
  const { ctx, values } = props;
  const locale = ctx.locale;
  const shown = (field: string): string => {
    const value = values[field] ?? '';
    if (field === 'legalForm' && (value === 'public' || value === 'private')) {
      return LEGAL_FORMS[value][locale];
    }
    return value === '' ? '—' : value;
  };
  const words = texts.registrationCheck;
  return (
    <Layout ctx={ctx} title={words.title[locale]}>
      <h1>{words.title[locale]}</h1>
      <table class="summary-list">
        <tbody>
          {ORGANISATION_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{FIELD_LABELS[field]?.[locale]}</th>
              <td>{shown(field)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action={`${PATH}/labot`}>
        <CsrfField token={ctx.csrfToken} />
        <HiddenValues values={values} />
        <button type="submit" class="secondary">
          {words.change[locale]}
        </button>
      </form>
      <h2>{words.sendHeading[locale]}</h2>
      <p>{words.declaration[locale]}</p>
      <form method="post" action={`${PATH}/nosutit`}>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <HiddenValues values={values} />
        <button type="submit">{words.send[locale]}</button>
      </form>
    </Layout>
  );
}

/** Confirmation: the registration waits for the representative to set up the account. */
export function RegistrationDonePage(props: { ctx: PageContext; registrationNumber: string }) {
  const locale = props.ctx.locale;
  const words = texts.registrationDone;
  return (
    <Layout ctx={props.ctx} title={words.title[locale]}>
      <div class="panel-confirmation">
        <h1>{words.title[locale]}</h1>
        <p>
          {FIELD_LABELS.registrationNumber?.[locale]}: <strong>{props.registrationNumber}</strong>
        </p>
      </div>
      <h2>{words.checkEmail[locale]}</h2>
      <p>{words.whatNext[locale]}</p>
      <p>
        <a href="/organizacijas/pieteikties">{words.signIn[locale]}</a>
      </p>
    </Layout>
  );
}
