import { PayeeDetails, type Payee } from '../../platform/views/payee-details.tsx';
import type { ComponentChildren } from 'preact';
import type { Side } from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { CsrfField, ErrorSummary, FormTokenField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { AgreementView } from '../agreement-view.ts';
import { agreementTexts as texts } from '../texts/agreements.ts';
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
  /** Whom the fees are paid to. */
  payee: Payee;
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
  const words = texts.negotiation;
  const other: Side = side === 'pmlp' ? 'organisation' : 'pmlp';
  const mineApproved = view.latestApprovedBy.includes(side);
  const otherApproved = view.latestApprovedBy.includes(other);
  return (
    <section aria-labelledby="negotiation-heading">
      <h2 id="negotiation-heading">{words.heading[locale]}</h2>
      <p>
        {words.latest[locale](
          view.latest.number,
          SIDE_NAMES[view.latest.side][locale],
          view.latest.author_name,
          formatDateTime(view.latest.created_at, locale),
        )}{' '}
        {otherApproved ? words.otherApproved[locale] : words.otherNotApproved[locale]}
      </p>
      {mineApproved ? (
        <p>{words.youApproved[locale]}</p>
      ) : (
        <form method="post" action={`${props.base}/apstiprinat`}>
          <CsrfField token={props.csrf} />
          <FormTokenField ctx={{ csrfToken: props.csrf }} />
          <input type="hidden" name="version" value={String(view.latest.number)} />
          {side === 'organisation' ? <p>{words.checkFees[locale]}</p> : null}
          <button type="submit">{words.approve[locale](view.latest.number)}</button>
        </form>
      )}
    </section>
  );
}

/** One agreement as either side sees it, with the forms that side may use right now. */
export function AgreementPage(props: AgreementPageProps) {
  const { ctx, view, side, base } = props;
  const { locale } = ctx;
  const page = texts.page;
  const a = view.agreement;
  const negotiating = a.status === 'negotiating';
  const shown =
    a.concluded_version === null
      ? view.latest
      : (view.versions.find((v) => v.number === a.concluded_version) ?? view.latest);
  const title = page.title[locale](a.reference);
  return (
    <Layout ctx={ctx} title={title}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <p class="caption">{view.organisation.name}</p>
      <h1>{title}</h1>
      <p>
        <a href={props.listPath}>{page.allAgreements[locale]}</a>
      </p>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          {props.notice}
        </div>
      )}
      <TermsTable view={view} locale={locale} base={base} />
      <h2>{texts.shared.grantedScopes[locale]}</h2>
      <GrantsTable view={view} locale={locale} />
      <h2 id="maksa">{page.feesHeading[locale]}</h2>
      <FeesTable view={view} locale={locale} />
      {view.fees.feeExempt ? null : (
        <PayeeDetails
          payee={props.payee}
          reference={page.invoiceReference[locale]}
          locale={locale}
        />
      )}
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
          ? page.textHeading[locale](shown.number)
          : page.concludedTextHeading[locale](shown.number)}
      </h2>
      <AgreementText body={shown.body} label={page.textLabel[locale]} />
      {negotiating && view.turn === side ? (
        <form method="post" action={`${base}/versijas`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <FormTokenField ctx={ctx} />
          <h2>{page.nextVersionHeading[locale]}</h2>
          <LongTextArea
            name="body"
            label={page.nextVersionLabel[locale](view.latest.number + 1)}
            hint={page.nextVersionHint[locale]}
            value={props.values.body ?? view.latest.body}
            error={props.errors.body}
            rows={24}
            maxLength={100_000}
          />
          <button type="submit">{page.saveVersion[locale]}</button>
        </form>
      ) : negotiating ? (
        <p>{page.notYourTurn[locale]}</p>
      ) : null}
      <h2>{page.versionsHeading[locale]}</h2>
      <VersionsTable view={view} locale={locale} base={base} />
      <h2>{page.commentsHeading[locale]}</h2>
      <CommentsList view={view} locale={locale} />
      {negotiating ? (
        <form method="post" action={`${base}/komentari`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <FormTokenField ctx={ctx} />
          <h3>{page.addCommentHeading[locale]}</h3>
          <div class="field">
            <label for="commentVersion">{texts.shared.version[locale]}</label>
            <select id="commentVersion" name="commentVersion">
              {[...view.versions].reverse().map((v) => (
                <option
                  key={v.number}
                  value={String(v.number)}
                  selected={
                    (props.values.commentVersion ?? String(view.latest.number)) === String(v.number)
                  }
                >
                  {page.commentVersionOption[locale](v.number)}
                </option>
              ))}
            </select>
          </div>
          <LongTextArea
            name="comment"
            label={page.comment[locale]}
            hint={page.commentHint[locale]}
            value={props.values.comment ?? ''}
            error={props.errors.comment}
            rows={4}
            maxLength={4000}
          />
          <button type="submit" class="secondary">
            {page.addComment[locale]}
          </button>
        </form>
      ) : null}
      {a.status === 'concluded' && view.amendment === null ? (
        <form method="post" action={`${base}/grozijumi`}>
          <CsrfField token={ctx.csrfToken} />
          <FormTokenField ctx={ctx} />
          <h2>{texts.shared.amendment[locale]}</h2>
          <p>{page.amendmentExplained[locale]}</p>
          <button type="submit" class="secondary">
            {page.startAmendment[locale]}
          </button>
        </form>
      ) : null}
      {props.children}
    </Layout>
  );
}
