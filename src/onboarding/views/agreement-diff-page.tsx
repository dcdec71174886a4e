import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { DiffPart } from '../agreement-diff.ts';
import type { AgreementView } from '../agreement-view.ts';
import { agreementTexts as texts } from '../texts/agreements.ts';
import { DiffView } from './agreement-parts.tsx';

/** What changed from one version to another, with a form (GET) to pick the two. */
export function AgreementDiffPage(props: {
  ctx: PageContext;
  view: AgreementView;
  from: number;
  to: number;
  parts: DiffPart[];
  base: string;
}) {
  const { ctx, view, base } = props;
  const { locale } = ctx;
  const words = texts.diffPage;
  const title = words.title[locale](view.agreement.reference, props.from, props.to);
  const options = [...view.versions].reverse();
  const changed = props.parts.some((p) => p.kind !== 'same');
  return (
    <Layout ctx={ctx} title={title}>
      <p class="caption">{view.organisation.name}</p>
      <h1>{title}</h1>
      <p>
        <a href={base}>{texts.backToAgreement[locale]}</a>
      </p>
      <form method="get" action={`${base}/salidzinat`} class="filters">
        <div class="field">
          <label for="no">{words.from[locale]}</label>
          <select id="no" name="no">
            {options.map((v) => (
              <option key={v.number} value={String(v.number)} selected={v.number === props.from}>
                {v.number}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="lidz">{words.to[locale]}</label>
          <select id="lidz" name="lidz">
            {options.map((v) => (
              <option key={v.number} value={String(v.number)} selected={v.number === props.to}>
                {v.number}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="secondary">
          {texts.shared.compare[locale]}
        </button>
      </form>
      <p class="hint">{words.hint[locale]}</p>
      {changed ? null : <p>{words.noDifference[locale]}</p>}
      <DiffView parts={props.parts} locale={locale} label={words.changes[locale]} />
    </Layout>
  );
}
