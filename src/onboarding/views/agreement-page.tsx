import type { ComponentChildren } from 'preact';
import type { Side } from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { CsrfField, ErrorSummary } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { AgreementView } from '../agreement-view.ts';
import {
  AgreementText,
  CommentsList,
  FeesTable,
  GrantsTable,
  SIDE_NAMES,
  TermsTable,
  VersionsTable,
} from './agreement-parts.tsx';

export interface AgreementPageProps {
  ctx: PageContext;
  view: AgreementView;
  /** The side of the person looking. */
  side: Side;
  /** This agreement's address on the side's pages, e.g. /organizacijas/ligumi/LIG-2026-000001. */
  base: string;
  listPath: string;
  notice: string | null;
  values: Record<string, string>;
  errors: Record<string, string>;
  /** What only staff get (the termination form). */
  children?: ComponentChildren;
}

/** A multi-line text field of its own: the agreement text needs room, unlike the shared one. */
function LongTextArea(props: {
  name: string;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  rows: number;
  maxLength: number;
}) {
  const described = [`${props.name}-hint`, props.error === undefined ? null : `${props.name}-error`]
    .filter((id) => id !== null)
    .join(' ');
  return (
    <div class={props.error === undefined ? 'field' : 'field has-error'}>
      <label for={props.name}>{props.label}</label>
      <p class="hint" id={`${props.name}-hint`}>
        {props.hint}
      </p>
      {props.error === undefined ? null : (
        <p class="error-message" id={`${props.name}-error`}>
          {props.error}
        </p>
      )}
      <textarea
        id={props.name}
        name={props.name}
        rows={props.rows}
        class="wide"
        maxLength={props.maxLength}
        aria-describedby={described}
        aria-invalid={props.error === undefined ? undefined : 'true'}
      >
        {props.value}
      </textarea>
    </div>
  );
}

function NegotiationState(props: {
  view: AgreementView;
  side: Side;
  locale: Locale;
  base: string;
  csrf: string | null;
}) {
  const { view, side, locale } = props;
  const lv = locale === 'lv';
  const other: Side = side === 'pmlp' ? 'organisation' : 'pmlp';
  const mineApproved = view.latestApprovedBy.includes(side);
  const otherApproved = view.latestApprovedBy.includes(other);
  return (
    <section aria-labelledby="negotiation-heading">
      <h2 id="negotiation-heading">{lv ? 'Saskaņošana' : 'Negotiation'}</h2>
      <p>
        {lv
          ? `Pēdējā ir ${view.latest.number}. versija (${SIDE_NAMES[view.latest.side].lv}: ${view.latest.author_name}, ${formatDateTime(view.latest.created_at, 'lv')}).`
          : `The latest is version ${view.latest.number} (${SIDE_NAMES[view.latest.side].en}: ${view.latest.author_name}, ${formatDateTime(view.latest.created_at, 'en')}).`}{' '}
        {otherApproved
          ? lv
            ? 'Otra puse to ir apstiprinājusi.'
            : 'The other side has approved it.'
          : lv
            ? 'Otra puse to vēl nav apstiprinājusi.'
            : 'The other side has not approved it yet.'}
      </p>
      {mineApproved ? (
        <p>
          {lv
            ? 'Jūs šo versiju esat apstiprinājuši. Līgums tiks noslēgts, kad to apstiprinās otra puse.'
            : 'You have approved this version. The agreement is concluded when the other side approves it.'}
        </p>
      ) : (
        <form method="post" action={`${props.base}/apstiprinat`}>
          <CsrfField token={props.csrf} />
          <input type="hidden" name="version" value={String(view.latest.number)} />
          {side === 'organisation' ? (
            <p>
              {lv
                ? 'Pirms apstiprināšanas pārbaudiet maksu mēnesī un valsts nodevu (skatīt “Maksa”).'
                : 'Before approving, check the monthly fees and the state fee (see “Fees”).'}
            </p>
          ) : null}
          <button type="submit">
            {lv
              ? `Apstiprināt ${view.latest.number}. versiju`
              : `Approve version ${view.latest.number}`}
          </button>
        </form>
      )}
    </section>
  );
}

/** One agreement as either side sees it, with the forms that side may use right now. */
export function AgreementPage(props: AgreementPageProps) {
  const { ctx, view, side, base } = props;
  const { locale } = ctx;
  const lv = locale === 'lv';
  const a = view.agreement;
  const negotiating = a.status === 'negotiating';
  const shown =
    a.concluded_version === null
      ? view.latest
      : (view.versions.find((v) => v.number === a.concluded_version) ?? view.latest);
  const title = lv ? `Līgums ${a.reference}` : `Agreement ${a.reference}`;
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <p class="caption">{view.organisation.name}</p>
      <h1>{title}</h1>
      <p>
        <a href={props.listPath}>{lv ? 'Visi līgumi' : 'All agreements'}</a>
      </p>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          {props.notice}
        </div>
      )}
      <TermsTable view={view} locale={locale} base={base} />
      <h2>{lv ? 'Piešķirtie datu apjomi' : 'Granted data scopes'}</h2>
      <GrantsTable view={view} locale={locale} />
      <h2 id="maksa">{lv ? 'Maksa' : 'Fees'}</h2>
      <FeesTable view={view} locale={locale} />
      {negotiating ? (
        <NegotiationState
          view={view}
          side={side}
          locale={locale}
          base={base}
          csrf={ctx.csrfToken}
        />
      ) : null}
      <h2>
        {a.concluded_version === null
          ? lv
            ? `Līguma teksts (${shown.number}. versija)`
            : `Text of the agreement (version ${shown.number})`
          : lv
            ? `Noslēgtais teksts (${shown.number}. versija)`
            : `Concluded text (version ${shown.number})`}
      </h2>
      <AgreementText body={shown.body} label={lv ? 'Līguma teksts' : 'Agreement text'} />
      {negotiating && view.turn === side ? (
        <form method="post" action={`${base}/versijas`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h2>{lv ? 'Rakstīt nākamo versiju' : 'Write the next version'}</h2>
          <LongTextArea
            name="body"
            label={
              lv
                ? `${view.latest.number + 1}. versijas teksts`
                : `Text of version ${view.latest.number + 1}`
            }
            hint={
              lv
                ? 'Labojiet tekstu; pēc saglabāšanas otra puse to var apstiprināt vai labot.'
                : 'Edit the text; once saved, the other side may approve or edit it.'
            }
            value={props.values.body ?? view.latest.body}
            error={props.errors.body}
            rows={24}
            maxLength={100_000}
          />
          <button type="submit">{lv ? 'Saglabāt jaunu versiju' : 'Save a new version'}</button>
        </form>
      ) : negotiating ? (
        <p>
          {lv
            ? 'Pēdējo versiju rakstījāt jūs: nākamo versiju raksta otra puse. Jūs varat to apstiprināt vai komentēt.'
            : 'You wrote the latest version: the other side writes the next one. You may approve or comment on it.'}
        </p>
      ) : null}
      <h2>{lv ? 'Versijas' : 'Versions'}</h2>
      <VersionsTable view={view} locale={locale} base={base} />
      <h2>{lv ? 'Komentāri' : 'Comments'}</h2>
      <CommentsList view={view} locale={locale} />
      {negotiating ? (
        <form method="post" action={`${base}/komentari`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <h3>{lv ? 'Pievienot komentāru' : 'Add a comment'}</h3>
          <div class="field">
            <label for="commentVersion">{lv ? 'Versija' : 'Version'}</label>
            <select id="commentVersion" name="commentVersion">
              {[...view.versions].reverse().map((v) => (
                <option
                  key={v.number}
                  value={String(v.number)}
                  selected={
                    (props.values.commentVersion ?? String(view.latest.number)) === String(v.number)
                  }
                >
                  {lv ? `${v.number}. versija` : `Version ${v.number}`}
                </option>
              ))}
            </select>
          </div>
          <LongTextArea
            name="comment"
            label={lv ? 'Komentārs' : 'Comment'}
            hint={lv ? 'Otra puse saņems paziņojumu e-pastā.' : 'The other side is told by e-mail.'}
            value={props.values.comment ?? ''}
            error={props.errors.comment}
            rows={4}
            maxLength={4000}
          />
          <button type="submit" class="secondary">
            {lv ? 'Pievienot komentāru' : 'Add the comment'}
          </button>
        </form>
      ) : null}
      {a.status === 'concluded' && view.amendment === null ? (
        <form method="post" action={`${base}/grozijumi`}>
          <CsrfField token={ctx.csrfToken} />
          <h2>{lv ? 'Grozījumi' : 'Amendment'}</h2>
          <p>
            {lv
              ? 'Grozījumi ir jauns līgums ar šī līguma tekstu kā 1. versiju; kad tas tiek noslēgts, tas aizstāj šo līgumu.'
              : 'An amendment is a new agreement with this text as version 1; once concluded it replaces this agreement.'}
          </p>
          <button type="submit" class="secondary">
            {lv ? 'Sākt grozījumus' : 'Start an amendment'}
          </button>
        </form>
      ) : null}
      {props.children}
    </Layout>
  );
}
