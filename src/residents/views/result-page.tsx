import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { CsrfField, FormTokenField } from '../../platform/views/forms.tsx';
import type { PageContext } from '../../platform/views/layout.tsx';
import { type BdasRecord } from '../../register/service.ts';
import { BdasRecordView } from '../../register/views.ts';
import { ServiceFrame } from './service-frame.tsx';
import { T } from './texts.ts';
import { resultPageTexts } from '../texts/result-page.ts';

const TITLE = resultPageTexts.title;

/** Points 5–8 and 12: the result, the ways to leave or restart, and the ways to report. */
export function ResultPage(props: {
  ctx: PageContext;
  runId: string;
  record: BdasRecord | null;
  signInMethod: string;
}) {
  const { locale } = props.ctx;
  const { record } = props;
  const base = `/e-pakalpojumi/bdas/${props.runId}`;
  return (
    <ServiceFrame ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <p class="hint">
        {T.runNumber[locale]}: <strong>{props.runId}</strong> ·{' '}
        {resultPageTexts.signedInWith[locale]}:{' '}
        <strong>{methodName(props.signInMethod, locale)}</strong>
      </p>
      {record === null ? (
        <div class="notice">
          <p>{T.nothingHeld[locale]}</p>
        </div>
      ) : (
        <>
          <BdasRecordView
            record={record}
            locale={locale}
            imageUrl={(id) => `${base}/attels/${id}`}
          />
          <p class="actions">
            <a class="button secondary" href={`${base}/nepilnibas`}>
              {T.reportDeficiency[locale]}
            </a>
          </p>
        </>
      )}
      <div class="actions">
        <PostButton ctx={props.ctx} action={`${base}/no-jauna`} label={T.restart[locale]} />
        <PostButton
          ctx={props.ctx}
          action={`${base}/pabeigt`}
          label={T.otherService[locale]}
          next="/"
          secondary
        />
        <PostButton
          ctx={props.ctx}
          action={`${base}/pabeigt`}
          label={T.related[locale]}
          next="/e-pakalpojumi/saistitie"
          secondary
        />
      </div>
      <form method="post" action={`${base}/pabeigt`}>
        <CsrfField token={props.ctx.csrfToken} />
        <FormTokenField ctx={props.ctx} />
        <input type="hidden" name="next" value="/tavi-e-pakalpojumi" />
        <button type="submit" class="link-button">
          {T.stop[locale]}
        </button>
      </form>
      <p>
        <a href={`${base}/kluda`}>{T.reportError[locale]}</a>
      </p>
    </ServiceFrame>
  );
}

function PostButton(props: {
  ctx: PageContext;
  action: string;
  label: string;
  next?: string;
  secondary?: boolean;
}) {
  return (
    <form method="post" action={props.action}>
      <CsrfField token={props.ctx.csrfToken} />
      <FormTokenField ctx={props.ctx} />
      {props.next === undefined ? null : <input type="hidden" name="next" value={props.next} />}
      <button type="submit" class={props.secondary === true ? 'secondary' : undefined}>
        {props.label}
      </button>
    </form>
  );
}

const METHOD_NAMES: Record<string, Text | undefined> = resultPageTexts.methodNames;

export function methodName(method: string, locale: Locale): string {
  return METHOD_NAMES[method]?.[locale] ?? method;
}
