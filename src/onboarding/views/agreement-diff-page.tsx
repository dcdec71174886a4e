import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { DiffPart } from '../agreement-diff.ts';
import type { AgreementView } from '../agreement-view.ts';
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
  const lv = locale === 'lv';
  const title = lv
    ? `${view.agreement.reference}: ${props.from}. un ${props.to}. versijas salīdzinājums`
    : `${view.agreement.reference}: version ${props.from} compared with ${props.to}`;
  const options = [...view.versions].reverse();
  const changed = props.parts.some((p) => p.kind !== 'same');
  return (
    <Layout ctx={ctx} title={title}>
      <p class="caption">{view.organisation.name}</p>
      <h1>{title}</h1>
      <p>
        <a href={base}>{lv ? 'Atpakaļ uz līgumu' : 'Back to the agreement'}</a>
      </p>
      <form method="get" action={`${base}/salidzinat`} class="filters">
        <div class="field">
          <label for="no">{lv ? 'No versijas' : 'From version'}</label>
          <select id="no" name="no">
            {options.map((v) => (
              <option key={v.number} value={String(v.number)} selected={v.number === props.from}>
                {v.number}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="lidz">{lv ? 'Līdz versijai' : 'To version'}</label>
          <select id="lidz" name="lidz">
            {options.map((v) => (
              <option key={v.number} value={String(v.number)} selected={v.number === props.to}>
                {v.number}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="secondary">
          {lv ? 'Salīdzināt' : 'Compare'}
        </button>
      </form>
      <p class="hint">
        {lv
          ? 'Pievienotais teksts ir iekrāsots zaļš un pasvītrots, dzēstais — sarkans un pārsvītrots.'
          : 'Added text is green and underlined, removed text red and struck through.'}
      </p>
      {changed ? null : <p>{lv ? 'Versijas neatšķiras.' : 'The versions do not differ.'}</p>}
      <DiffView parts={props.parts} locale={locale} label={lv ? 'Izmaiņas' : 'Changes'} />
    </Layout>
  );
}
