import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  TextArea,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { formatDateTime } from '../../platform/time/dates.ts';
import { organisationTexts } from '../texts/organisations.ts';

const texts = organisationTexts.userRequestsPage;

export interface UserRequestRow {
  id: number;
  organisationId: number;
  organisationName: string;
  name: string;
  email: string;
  createdAt: Date;
}

export type UserRequestNotice = keyof typeof texts.notices;

/** Open requests for browser users: approve (the user is invited) or refuse with a reason. */
export function UserRequestsPage(props: {
  ctx: PageContext;
  rows: UserRequestRow[];
  /** The request whose refusal form had an error, and the error. */
  failed: { id: number; errors: FieldErrors; reason: string } | null;
  /** The decision the officer has just taken, if the page follows one. */
  notice: UserRequestNotice | null;
}) {
  const { ctx } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={texts.title[locale]}>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          <p>{texts.notices[props.notice][locale]}</p>
        </div>
      )}
      <ErrorSummary
        locale={locale}
        errors={
          props.failed === null
            ? {}
            : Object.fromEntries(
                Object.entries(props.failed.errors).map(([, m]) => [
                  `reason-${props.failed?.id}`,
                  m,
                ]),
              )
        }
      />
      <h1>{texts.title[locale]}</h1>
      {props.rows.length === 0 ? <p>{texts.none[locale]}</p> : null}
      {props.rows.map((r) => (
        <section key={r.id} class="request-card" aria-labelledby={`request-${r.id}`}>
          <h2 id={`request-${r.id}`}>
            {r.name} ({r.email})
          </h2>
          <p>
            <a href={`/darbinieki/organizacijas/${r.organisationId}`}>{r.organisationName}</a> ·{' '}
            {formatDateTime(r.createdAt, locale)}
          </p>
          <form method="post" action={`/darbinieki/lietotaju-pieprasijumi/${r.id}/apstiprinat`}>
            <CsrfField token={ctx.csrfToken} />
            <FormTokenField ctx={ctx} />
            <button type="submit">{texts.approve[locale](r.name)}</button>
          </form>
          <form
            method="post"
            action={`/darbinieki/lietotaju-pieprasijumi/${r.id}/atteikt`}
            novalidate
          >
            <CsrfField token={ctx.csrfToken} />
            <FormTokenField ctx={ctx} />
            <TextArea
              name={`reason-${r.id}`}
              label={texts.refusalReason[locale]}
              value={props.failed?.id === r.id ? props.failed.reason : ''}
              error={props.failed?.id === r.id ? Object.values(props.failed.errors)[0] : undefined}
              maxLength={1000}
            />
            <button type="submit" class="secondary">
              {texts.refuse[locale](r.name)}
            </button>
          </form>
        </section>
      ))}
      <p>
        <a href="/darbinieki">{texts.backOffice[locale]}</a>
      </p>
    </Layout>
  );
}
