import type { ComponentChildren } from 'preact';
import type { Locale } from '../../platform/i18n/locale.ts';
import { CsrfField, FormTokenField } from '../../platform/views/forms.tsx';
import type { OrgUser } from '../org-user-records.ts';
import { ORG_USER_ROLE_LABELS, ORG_USER_STATUS_LABELS, RESPONSIBLE_LABEL } from './org-texts.ts';
import { orgUsersTableTexts } from '../texts/org-users-table.ts';
import { sharedTexts } from '../texts/shared.ts';

/** One button posting to a user's action (with an optional `value` field). */
export function OrgUserActionButton(props: {
  action: string;
  csrf: string | null;
  label: string;
  value?: string;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField token={props.csrf} />
      <FormTokenField ctx={{ csrfToken: props.csrf }} />
      {props.value === undefined ? null : <input type="hidden" name="value" value={props.value} />}
      <button type="submit" class="secondary">
        {props.label}
      </button>
    </form>
  );
}

/**
 * An organisation's users with unblock, restore-access and disable buttons. Shared by the organisation's own users
 * page and the staff's organisation page, so both show the same columns and post to the same
 * `…/lietotaji/:id/atbloket`, `…/atjaunot-piekluvi` and `…/atspejot` actions under their own `usersPath`.
 */
export function OrgUsersTable(props: {
  locale: Locale;
  csrf: string | null;
  users: OrgUser[];
  /** Where the user actions live, e.g. `/organizacijas/lietotaji`. */
  usersPath: string;
  caption?: string;
  canUnblock: (user: OrgUser) => boolean;
  canDisable: (user: OrgUser) => boolean;
  moreActions?: (user: OrgUser) => ComponentChildren;
}) {
  const { locale, csrf } = props;
  return (
    <table>
      {props.caption === undefined ? null : (
        <caption class="visually-hidden">{props.caption}</caption>
      )}
      <thead>
        <tr>
          <th scope="col">{sharedTexts.name[locale]}</th>
          <th scope="col">{sharedTexts.email[locale]}</th>
          <th scope="col">{orgUsersTableTexts.role[locale]}</th>
          <th scope="col">{sharedTexts.status[locale]}</th>
          <th scope="col">{orgUsersTableTexts.actions[locale]}</th>
        </tr>
      </thead>
      <tbody>
        {props.users.map((u) => (
          <tr key={u.id}>
            <td>{u.name}</td>
            <td>{u.email}</td>
            <td>
              {ORG_USER_ROLE_LABELS[u.role][locale]}
              {u.responsible ? `, ${RESPONSIBLE_LABEL[locale]}` : ''}
            </td>
            <td>{ORG_USER_STATUS_LABELS[u.status][locale]}</td>
            <td>
              {u.status === 'locked' && props.canUnblock(u) ? (
                <OrgUserActionButton
                  action={`${props.usersPath}/${u.id}/atbloket`}
                  csrf={csrf}
                  label={orgUsersTableTexts.unblock[locale](u.name)}
                />
              ) : null}
              {(u.status === 'active' || u.status === 'locked') && props.canUnblock(u) ? (
                <OrgUserActionButton
                  action={`${props.usersPath}/${u.id}/atjaunot-piekluvi`}
                  csrf={csrf}
                  label={orgUsersTableTexts.resetAccess[locale](u.name)}
                />
              ) : null}
              {u.status !== 'disabled' && props.canDisable(u) ? (
                <OrgUserActionButton
                  action={`${props.usersPath}/${u.id}/atspejot`}
                  csrf={csrf}
                  label={orgUsersTableTexts.disable[locale](u.name)}
                />
              ) : null}
              {props.moreActions?.(u)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
