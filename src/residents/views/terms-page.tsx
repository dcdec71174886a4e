import type { PageContext } from '../../platform/views/layout.tsx';
import { Checkbox, CsrfField, ErrorSummary, FormTokenField } from '../../platform/views/forms.tsx';
import { ServiceFrame } from './service-frame.tsx';
import { T } from './texts.ts';
import { termsPageTexts } from '../texts/terms-page.ts';

const TITLE = termsPageTexts.title;
const RULES = [
  termsPageTexts.rules.ownDataOnly,
  termsPageTexts.rules.legalBasis,
  termsPageTexts.rules.audited,
  termsPageTexts.rules.notPassedOn,
  termsPageTexts.rules.sessionEnds,
];

/** Point 4: the terms, the box to tick and "Tālāk". */
export function TermsPage(props: { ctx: PageContext; runId: string; error: boolean }) {
  const { locale } = props.ctx;
  const message = termsPageTexts.agreeMissing[locale];
  const error = props.error ? message : undefined;
  return (
    <ServiceFrame ctx={props.ctx} title={TITLE[locale]}>
      {props.error ? <ErrorSummary locale={locale} errors={{ agree: message }} /> : null}
      <h1>{TITLE[locale]}</h1>
      <p class="hint">
        {T.runNumber[locale]}: <strong>{props.runId}</strong>
      </p>
      <div class="terms" tabindex={0} role="region" aria-label={TITLE[locale]}>
        <ol>
          {RULES.map((rule) => (
            <li key={rule.lv}>{rule[locale]}</li>
          ))}
        </ol>
      </div>
      <form method="post" action={`/e-pakalpojumi/bdas/${props.runId}/noteikumi`} novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <FormTokenField ctx={props.ctx} />
        <Checkbox name="agree" label={T.agree[locale]} error={error} />
        <button type="submit">{T.next[locale]}</button>
      </form>
    </ServiceFrame>
  );
}
