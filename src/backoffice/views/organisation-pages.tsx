import { inLocale, LEGAL_FORMS, OrganisationFields } from '../../onboarding/views.ts';
import { euro } from '../../billing/views.ts';
import type { Organisation, OrganisationDetail } from '../../agreements/service.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextArea,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { formatDateTime } from '../../platform/time/riga.ts';
import { type OrgUser } from '../../identity/service.ts';
import { OrgUsersTable } from '../../identity/views.ts';

type Values = Record<string, string>;

const LIST_TITLE: Text = { lv: 'Organizācijas', en: 'Organisations' };
const NEW_TITLE: Text = { lv: 'Jauna organizācija', en: 'New organisation' };
const yesNo = (value: boolean, locale: 'lv' | 'en') =>
  value ? (locale === 'lv' ? 'Jā' : 'Yes') : locale === 'lv' ? 'Nē' : 'No';

export function OrganisationListPage(props: { ctx: PageContext; organisations: Organisation[] }) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={LIST_TITLE[locale]}>
      <h1>{LIST_TITLE[locale]}</h1>
      <p>
        <a class="button" href="/darbinieki/organizacijas/jauna">
          {NEW_TITLE[locale]}
        </a>{' '}
        <a href="/darbinieki/lietotaju-pieprasijumi">
          {locale === 'lv' ? 'Lietotāju pieprasījumi' : 'User requests'}
        </a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{locale === 'lv' ? 'Nosaukums' : 'Name'}</th>
            <th scope="col">{locale === 'lv' ? 'Reģistrācijas numurs' : 'Registration number'}</th>
            <th scope="col">{locale === 'lv' ? 'Statuss' : 'Status'}</th>
            <th scope="col">{locale === 'lv' ? 'Atbrīvota no nodevas' : 'Fee exempt'}</th>
          </tr>
        </thead>
        <tbody>
          {props.organisations.map((o) => (
            <tr key={o.id}>
              <td>
                <a href={`/darbinieki/organizacijas/${o.id}`}>{o.name}</a>
              </td>
              <td>{o.registrationNumber}</td>
              <td>
                {o.confirmedAt === null
                  ? locale === 'lv'
                    ? 'Gaida apstiprinājumu'
                    : 'Awaiting confirmation'
                  : locale === 'lv'
                    ? 'Apstiprināta'
                    : 'Confirmed'}
              </td>
              <td>{yesNo(o.feeExempt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function NewOrganisationPage(props: {
  ctx: PageContext;
  values: Values;
  errors: Record<string, Text>;
}) {
  const { ctx } = props;
  const locale = ctx.locale;
  const errors = inLocale(props.errors, locale);
  return (
    <Layout ctx={ctx} title={NEW_TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{NEW_TITLE[locale]}</h1>
      <p>
        {locale === 'lv'
          ? 'Organizācija būs apstiprināta uzreiz; pārstāvim nosūtīsim uzaicinājumu iestatīt kontu.'
          : 'The organisation counts at once; the representative is sent an invitation to set up the account.'}
      </p>
      <form method="post" action="/darbinieki/organizacijas/jauna" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <OrganisationFields locale={locale} values={props.values} errors={errors} />
        <button type="submit">{locale === 'lv' ? 'Izveidot' : 'Create'}</button>
      </form>
    </Layout>
  );
}

/** An organisation for staff: its data, contacts, fee exemption with history, and users. */
export function OrganisationDetailPage(props: {
  ctx: PageContext;
  detail: OrganisationDetail;
  users: OrgUser[];
  /** The prepaid state fee balance now. */
  balanceCents: number;
  values: { feeExempt?: string; reason?: string };
  errors: FieldErrors;
}) {
  const { ctx, detail } = props;
  const locale = ctx.locale;
  const o = detail.organisation;
  const base = `/darbinieki/organizacijas/${o.id}`;
  return (
    <Layout ctx={ctx} title={o.name}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <span class="caption">{LIST_TITLE[locale]}</span>
      <h1>{o.name}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{locale === 'lv' ? 'Reģistrācijas numurs' : 'Registration number'}</th>
            <td>{o.registrationNumber}</td>
          </tr>
          <tr>
            <th scope="row">{locale === 'lv' ? 'Tiesiskais statuss' : 'Legal status'}</th>
            <td>{LEGAL_FORMS[o.legalForm][locale]}</td>
          </tr>
          <tr>
            <th scope="row">{locale === 'lv' ? 'Juridiskā adrese' : 'Legal address'}</th>
            <td>{o.address}</td>
          </tr>
          <tr>
            <th scope="row">{locale === 'lv' ? 'E-pasts paziņojumiem' : 'E-mail for notices'}</th>
            <td>{o.email}</td>
          </tr>
          <tr>
            <th scope="row">{locale === 'lv' ? 'Apstiprināta' : 'Confirmed'}</th>
            <td>{o.confirmedAt === null ? '—' : formatDateTime(o.confirmedAt, locale)}</td>
          </tr>
        </tbody>
      </table>
      <h2>{locale === 'lv' ? 'Kontaktpersonas' : 'Contact persons'}</h2>
      <ul>
        {detail.contacts.map((c) => (
          <li key={c.id}>
            {c.name}, {c.email}
            {c.phone === null ? '' : `, ${c.phone}`}
          </li>
        ))}
      </ul>
      <h2>{locale === 'lv' ? 'Priekšapmaksa' : 'Prepaid balance'}</h2>
      <p>
        {locale === 'lv' ? 'Atlikums šobrīd: ' : 'Balance now: '}
        <strong>{euro(props.balanceCents, locale)}</strong>
      </p>
      <p>
        <a
          href={`/darbinieki/iemaksas?registracijas_nr=${encodeURIComponent(o.registrationNumber)}`}
        >
          {locale === 'lv' ? 'Reģistrēt iemaksu' : 'Record a deposit'}
          <span class="visually-hidden">
            {locale === 'lv' ? ` organizācijai ${o.name}` : ` for ${o.name}`}
          </span>
        </a>
      </p>
      <h2>{locale === 'lv' ? 'Atbrīvojums no valsts nodevas' : 'State fee exemption'}</h2>
      <p>
        {locale === 'lv' ? 'Pašlaik atbrīvota: ' : 'Exempt now: '}
        <strong>{yesNo(o.feeExempt, locale)}</strong>
      </p>
      <form method="post" action={`${base}/atbrivojums`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <SelectField
          name="feeExempt"
          label={locale === 'lv' ? 'Atbrīvota no valsts nodevas' : 'Exempt from the state fee'}
          value={props.values.feeExempt ?? (o.feeExempt ? 'yes' : 'no')}
          options={[
            { value: 'yes', label: yesNo(true, locale) },
            { value: 'no', label: yesNo(false, locale) },
          ]}
          required
        />
        <TextArea
          name="reason"
          label={locale === 'lv' ? 'Maiņas iemesls' : 'Reason for the change'}
          value={props.values.reason}
          error={props.errors.reason}
          required
          maxLength={1000}
        />
        <button type="submit">{locale === 'lv' ? 'Saglabāt' : 'Save'}</button>
      </form>
      {detail.exemptionHistory.length === 0 ? null : (
        <table>
          <caption>{locale === 'lv' ? 'Izmaiņu vēsture' : 'History of changes'}</caption>
          <thead>
            <tr>
              <th scope="col">{locale === 'lv' ? 'Laiks' : 'Time'}</th>
              <th scope="col">{locale === 'lv' ? 'Atbrīvota' : 'Exempt'}</th>
              <th scope="col">{locale === 'lv' ? 'Iemesls' : 'Reason'}</th>
              <th scope="col">{locale === 'lv' ? 'Darbinieks' : 'Staff'}</th>
            </tr>
          </thead>
          <tbody>
            {detail.exemptionHistory.map((h, i) => (
              <tr key={i}>
                <td>{formatDateTime(h.changedAt, locale)}</td>
                <td>{yesNo(h.feeExempt, locale)}</td>
                <td>{h.reason}</td>
                <td>{h.staffName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{locale === 'lv' ? 'Lietotāji' : 'Users'}</h2>
      <OrgUsersTable
        locale={locale}
        csrf={ctx.csrfToken}
        users={props.users}
        usersPath={`${base}/lietotaji`}
        canUnblock={() => true}
        canDisable={() => true}
      />
      <p>
        <a href="/darbinieki/organizacijas">
          {locale === 'lv' ? 'Visas organizācijas' : 'All organisations'}
        </a>
      </p>
    </Layout>
  );
}
