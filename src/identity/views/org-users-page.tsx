import type { Locale, Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  ErrorSummary,
  FormTokenField,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { formatDateTime } from '../../platform/time/dates.ts';
import type { OrgUser } from '../org-user-records.ts';
import type { UserRequest } from '../org-users.ts';
import { OrgUserActionButton, OrgUsersTable } from './org-users-table.tsx';
import { orgUsersPageTexts } from '../texts/org-users-page.ts';
import { sharedTexts } from '../texts/shared.ts';

const TITLE: Text = orgUsersPageTexts.title;

/** What the users page says after an action: a user added or asked for, access data reset. */
export type UsersNotice = 'invited' | 'requested' | 'access_reset';

const NOTICES: Record<UsersNotice, Text> = {
  invited: orgUsersPageTexts.notices.invited,
  requested: orgUsersPageTexts.notices.requested,
  access_reset: orgUsersPageTexts.notices.accessReset,
};

const REQUEST_STATUS: Record<UserRequest['status'], Text> = {
  pending: orgUsersPageTexts.requestStatus.pending,
  approved: orgUsersPageTexts.requestStatus.approved,
  refused: orgUsersPageTexts.requestStatus.refused,
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
  notice: UsersNotice | null;
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
                  ? orgUsersPageTexts.removeResponsibility[locale](u.name)
                  : orgUsersPageTexts.makeResponsible[locale](u.name)
              }
            />
          ) : null
        }
      />
      {props.requests.length === 0 ? null : (
        <>
          <h2>{orgUsersPageTexts.userRequests[locale]}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{sharedTexts.name[locale]}</th>
                <th scope="col">{sharedTexts.email[locale]}</th>
                <th scope="col">{orgUsersPageTexts.made[locale]}</th>
                <th scope="col">{sharedTexts.status[locale]}</th>
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
          <h2>{orgUsersPageTexts.addUserIntro[locale]}</h2>
          <form method="post" action="/organizacijas/lietotaji" novalidate>
            <CsrfField token={csrf} />
            <FormTokenField ctx={{ csrfToken: csrf }} />
            <TextField
              name="name"
              label={sharedTexts.name[locale]}
              value={props.values.name}
              error={props.errors.name}
              required
              maxLength={200}
            />
            <TextField
              name="email"
              type="email"
              label={sharedTexts.emailAddress[locale]}
              value={props.values.email}
              error={props.errors.email}
              required
              autocomplete="off"
              maxLength={254}
            />
            <button type="submit">{orgUsersPageTexts.add[locale]}</button>
          </form>
        </>
      ) : null}
      <p>
        <a href="/organizacijas">{orgUsersPageTexts.backToStart[locale]}</a>
      </p>
    </Layout>
  );
}
