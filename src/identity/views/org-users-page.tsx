import type { Locale, Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  ErrorSummary,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { formatDateTime } from '../../platform/time/riga.ts';
import type { OrgUser } from '../org-user-records.ts';
import type { UserRequest } from '../org-users.ts';
import { OrgUserActionButton, OrgUsersTable } from './org-users-table.tsx';

const TITLE: Text = { lv: 'Lietotāji', en: 'Users' };

const NOTICES: Record<'invited' | 'requested', Text> = {
  invited: {
    lv: 'Lietotājs pievienots: uz viņa e-pastu nosūtīta konta iestatīšanas saite.',
    en: 'User added: a set-up link has been sent to their e-mail.',
  },
  requested: {
    lv: 'Pieprasījums nosūtīts PMLP izskatīšanai. Par lēmumu paziņosim e-pastā.',
    en: 'The request has gone to PMLP to decide. We will tell you the decision by e-mail.',
  },
};

const REQUEST_STATUS: Record<UserRequest['status'], Text> = {
  pending: { lv: 'Izskatīšanā', en: 'Being decided' },
  approved: { lv: 'Apstiprināts', en: 'Approved' },
  refused: { lv: 'Atteikts', en: 'Refused' },
};

/**
 * The organisation's users with their status. The responsible user adds browser users, unblocks
 * and disables; representatives name the responsible user; everyone else only reads.
 */
export function OrgUsersPage(props: {
  ctx: PageContext;
  organisationName: string;
  meId: number;
  canManage: boolean;
  isRepresentative: boolean;
  users: OrgUser[];
  requests: UserRequest[];
  notice: 'invited' | 'requested' | null;
  values: { name?: string; email?: string };
  errors: FieldErrors;
}) {
  const { ctx } = props;
  const locale: Locale = ctx.locale;
  const csrf = ctx.csrfToken;
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <span class="caption">{props.organisationName}</span>
      <h1>{TITLE[locale]}</h1>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          <p>{NOTICES[props.notice][locale]}</p>
        </div>
      )}
      <OrgUsersTable
        locale={locale}
        csrf={csrf}
        users={props.users}
        usersPath="/organizacijas/lietotaji"
        caption={TITLE[locale]}
        canUnblock={() => props.canManage}
        canDisable={(u) => props.canManage && u.id !== props.meId}
        moreActions={(u) =>
          props.isRepresentative && u.status === 'active' ? (
            <OrgUserActionButton
              action={`/organizacijas/lietotaji/${u.id}/atbildigais`}
              csrf={csrf}
              value={u.responsible ? 'no' : 'yes'}
              label={
                u.responsible
                  ? locale === 'lv'
                    ? `Noņemt atbildību: ${u.name}`
                    : `Remove responsibility: ${u.name}`
                  : locale === 'lv'
                    ? `Iecelt par atbildīgo: ${u.name}`
                    : `Make responsible: ${u.name}`
              }
            />
          ) : null
        }
      />
      {props.requests.length === 0 ? null : (
        <>
          <h2>{locale === 'lv' ? 'Lietotāju pieprasījumi' : 'User requests'}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{locale === 'lv' ? 'Vārds, uzvārds' : 'Name'}</th>
                <th scope="col">{locale === 'lv' ? 'E-pasts' : 'E-mail'}</th>
                <th scope="col">{locale === 'lv' ? 'Iesniegts' : 'Made'}</th>
                <th scope="col">{locale === 'lv' ? 'Statuss' : 'Status'}</th>
              </tr>
            </thead>
            <tbody>
              {props.requests.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{r.email}</td>
                  <td>{formatDateTime(r.createdAt, locale)}</td>
                  <td>
                    {REQUEST_STATUS[r.status][locale]}
                    {r.reason === null ? '' : `: ${r.reason}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {props.canManage ? (
        <>
          <h2>
            {locale === 'lv'
              ? 'Pievienot personu datu pārlūka lietotāju'
              : 'Add a Person Data Browser user'}
          </h2>
          <form method="post" action="/organizacijas/lietotaji" novalidate>
            <CsrfField token={csrf} />
            <TextField
              name="name"
              label={locale === 'lv' ? 'Vārds, uzvārds' : 'Name'}
              value={props.values.name}
              error={props.errors.name}
              required
              maxLength={200}
            />
            <TextField
              name="email"
              type="email"
              label={locale === 'lv' ? 'E-pasta adrese' : 'E-mail address'}
              value={props.values.email}
              error={props.errors.email}
              required
              autocomplete="off"
              maxLength={254}
            />
            <button type="submit">{locale === 'lv' ? 'Pievienot' : 'Add'}</button>
          </form>
        </>
      ) : null}
      <p>
        <a href="/organizacijas">{locale === 'lv' ? 'Uz sākumu' : 'Back to the start'}</a>
      </p>
    </Layout>
  );
}
