import type { Locale, Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  SelectField,
  TextArea,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { formatDateTime } from '../../platform/time/dates.ts';
import { euro } from '../../billing/views.ts';
import { type OrgUser } from '../../identity/service.ts';
import { OrgUsersTable } from '../../identity/views.ts';
import { inLocale, LEGAL_FORMS, OrganisationFields } from '../../onboarding/views.ts';
import type { Organisation, OrganisationDetail } from '../../agreements/service.ts';
import { staffTexts } from '../texts/common.ts';
import { organisationTexts } from '../texts/organisations.ts';

type Values = Record<string, string>;

const LIST_TITLE = organisationTexts.listTitle;
const NEW_TITLE = organisationTexts.newTitle;
const yesNo = (value: boolean, locale: Locale) =>
  (value ? staffTexts.answer.yes : staffTexts.answer.no)[locale];

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
          {organisationTexts.userRequestsPage.title[locale]}
        </a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{staffTexts.table.name[locale]}</th>
            <th scope="col">{organisationTexts.registrationNumber[locale]}</th>
            <th scope="col">{staffTexts.table.status[locale]}</th>
            <th scope="col">{organisationTexts.listPage.feeExempt[locale]}</th>
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
                  ? organisationTexts.listPage.awaitingConfirmation[locale]
                  : organisationTexts.confirmed[locale]}
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
      <p>{organisationTexts.newPage.lead[locale]}</p>
      <form method="post" action="/darbinieki/organizacijas/jauna" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <OrganisationFields locale={locale} values={props.values} errors={errors} />
        <button type="submit">{organisationTexts.newPage.create[locale]}</button>
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
  const texts = organisationTexts.detailPage;
  return (
    <Layout ctx={ctx} title={o.name}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <span class="caption">{LIST_TITLE[locale]}</span>
      <h1>{o.name}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{organisationTexts.registrationNumber[locale]}</th>
            <td>{o.registrationNumber}</td>
          </tr>
          <tr>
            <th scope="row">{texts.legalStatus[locale]}</th>
            <td>{LEGAL_FORMS[o.legalForm][locale]}</td>
          </tr>
          <tr>
            <th scope="row">{texts.legalAddress[locale]}</th>
            <td>{o.address}</td>
          </tr>
          <tr>
            <th scope="row">{texts.email[locale]}</th>
            <td>{o.email}</td>
          </tr>
          <tr>
            <th scope="row">{organisationTexts.confirmed[locale]}</th>
            <td>{o.confirmedAt === null ? '—' : formatDateTime(o.confirmedAt, locale)}</td>
          </tr>
        </tbody>
      </table>
      <p>
        <a href={`${base}/monitorings`}>{texts.monitoringLink[locale]}</a>
      </p>
      <h2>{texts.contacts[locale]}</h2>
      <ul>
        {detail.contacts.map((c) => (
          <li key={c.id}>
            {c.name}, {c.email}
            {c.phone === null ? '' : `, ${c.phone}`}
          </li>
        ))}
      </ul>
      <h2>{texts.balance.heading[locale]}</h2>
      <p>
        {texts.balance.now[locale]}
        <strong>{euro(props.balanceCents, locale)}</strong>
      </p>
      <p>
        <a
          href={`/darbinieki/iemaksas?registracijas_nr=${encodeURIComponent(o.registrationNumber)}`}
        >
          {staffTexts.link.recordDeposit[locale]}
          <span class="visually-hidden">{texts.balance.depositFor[locale](o.name)}</span>
        </a>
      </p>
      <h2>{texts.exemption.heading[locale]}</h2>
      <p>
        {texts.exemption.now[locale]}
        <strong>{yesNo(o.feeExempt, locale)}</strong>
      </p>
      <form method="post" action={`${base}/atbrivojums`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <SelectField
          name="feeExempt"
          label={texts.exemption.field[locale]}
          value={props.values.feeExempt ?? (o.feeExempt ? 'yes' : 'no')}
          options={[
            { value: 'yes', label: yesNo(true, locale) },
            { value: 'no', label: yesNo(false, locale) },
          ]}
          required
        />
        <TextArea
          name="reason"
          label={texts.exemption.reason[locale]}
          value={props.values.reason}
          error={props.errors.reason}
          required
          maxLength={1000}
        />
        <button type="submit">{staffTexts.form.save[locale]}</button>
      </form>
      {detail.exemptionHistory.length === 0 ? null : (
        <table>
          <caption>{texts.exemption.history[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{staffTexts.table.time[locale]}</th>
              <th scope="col">{texts.exemption.exempt[locale]}</th>
              <th scope="col">{staffTexts.form.reason[locale]}</th>
              <th scope="col">{texts.exemption.staff[locale]}</th>
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
      <h2>{texts.users[locale]}</h2>
      <OrgUsersTable
        locale={locale}
        csrf={ctx.csrfToken}
        users={props.users}
        usersPath={`${base}/lietotaji`}
        canUnblock={() => true}
        canDisable={() => true}
      />
      <p>
        <a href="/darbinieki/organizacijas">{texts.allOrganisations[locale]}</a>
      </p>
    </Layout>
  );
}
