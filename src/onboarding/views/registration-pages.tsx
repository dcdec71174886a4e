import { ORGANISATION_FIELDS, type FormErrors } from '../../agreements/service.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { CsrfField, ErrorSummary } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import {
  FIELD_LABELS,
  inLocale,
  LEGAL_FORMS,
  OrganisationFields,
  type Values,
} from './organisation-form.tsx';

const TITLE: Text = { lv: 'Organizācijas reģistrācija', en: 'Register an organisation' };
const CHECK_TITLE: Text = { lv: 'Pārbaudiet atbildes', en: 'Check your answers' };
const DONE_TITLE: Text = { lv: 'Reģistrācija saņemta', en: 'Registration received' };
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
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{TITLE[locale]}</h1>
      <p>
        {locale === 'lv'
          ? 'Reģistrējiet organizāciju, lai pieprasītu piekļuvi Fizisko personu reģistra datiem.'
          : 'Register your organisation to ask for access to Population Register data.'}
      </p>
      <p class="hint">
        {locale === 'lv'
          ? 'Ar zvaigznīti (*) atzīmētie lauki ir obligāti.'
          : 'Fields marked with an asterisk (*) are mandatory.'}
      </p>
      <form method="post" action={PATH} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <OrganisationFields locale={locale} values={props.values} errors={errors} />
        <button type="submit">{locale === 'lv' ? 'Turpināt' : 'Continue'}</button>
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
  return (
    <Layout ctx={ctx} title={CHECK_TITLE[locale]}>
      <h1>{CHECK_TITLE[locale]}</h1>
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
          {locale === 'lv' ? 'Mainīt atbildes' : 'Change answers'}
        </button>
      </form>
      <h2>{locale === 'lv' ? 'Nosūtiet reģistrāciju' : 'Send the registration'}</h2>
      <p>
        {locale === 'lv'
          ? 'Nosūtot apliecināt, ka esat tiesīgs pārstāvēt organizāciju un ka dati ir pareizi.'
          : 'By sending you confirm that you may represent the organisation and that the data is right.'}
      </p>
      <form method="post" action={`${PATH}/nosutit`}>
        <CsrfField token={ctx.csrfToken} />
        <HiddenValues values={values} />
        <button type="submit">
          {locale === 'lv' ? 'Apstiprināt un nosūtīt' : 'Confirm and send'}
        </button>
      </form>
    </Layout>
  );
}

/** Confirmation: the registration waits for the representative to set up the account. */
export function RegistrationDonePage(props: { ctx: PageContext; registrationNumber: string }) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={DONE_TITLE[locale]}>
      <div class="panel-confirmation">
        <h1>{DONE_TITLE[locale]}</h1>
        <p>
          {locale === 'lv' ? 'Reģistrācijas numurs' : 'Registration number'}:{' '}
          <strong>{props.registrationNumber}</strong>
        </p>
      </div>
      <h2>{locale === 'lv' ? 'Pārbaudiet e-pastu' : 'Check your e-mail'}</h2>
      <p>
        {locale === 'lv'
          ? 'Pārstāvim nosūtījām e-pastu ar saiti konta iestatīšanai. Saite derīga 7 dienas. Organizācijas reģistrācija stāsies spēkā, kad pārstāvis būs iestatījis kontu.'
          : 'We sent the representative an e-mail with a link to set up the account. The link works for 7 days. The registration takes effect once the representative has set up the account.'}
      </p>
      <p>
        <a href="/organizacijas/pieteikties">
          {locale === 'lv' ? 'Organizāciju lietotāju pieteikšanās' : 'Organisation users’ sign-in'}
        </a>
      </p>
    </Layout>
  );
}
