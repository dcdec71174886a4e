import type { VersionRow } from '../../agreements/service.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { AgreementView } from '../agreement-view.ts';
import { AgreementText, CommentsList, SIDE_NAMES } from './agreement-parts.tsx';

/** One version of the text, as it was written, with the comments on it. */
export function AgreementVersionPage(props: {
  ctx: PageContext;
  view: AgreementView;
  version: VersionRow;
  base: string;
}) {
  const { ctx, view, version, base } = props;
  const { locale } = ctx;
  const lv = locale === 'lv';
  const title = lv
    ? `${view.agreement.reference}: ${version.number}. versija`
    : `${view.agreement.reference}: version ${version.number}`;
  return (
    <Layout ctx={ctx} title={title}>
      <p class="caption">{view.organisation.name}</p>
      <h1>{title}</h1>
      <p>
        <a href={base}>{lv ? 'Atpakaļ uz līgumu' : 'Back to the agreement'}</a>
      </p>
      <p>
        {SIDE_NAMES[version.side][locale]}: {version.author_name},{' '}
        {formatDateTime(version.created_at, locale)}
      </p>
      {version.number > 1 ? (
        <p>
          <a href={`${base}/salidzinat?no=${version.number - 1}&lidz=${version.number}`}>
            {lv
              ? `Salīdzināt ar ${version.number - 1}. versiju`
              : `Compare with version ${version.number - 1}`}
          </a>
        </p>
      ) : null}
      <AgreementText body={version.body} label={lv ? 'Versijas teksts' : 'Text of the version'} />
      <h2>{lv ? 'Komentāri šai versijai' : 'Comments on this version'}</h2>
      <CommentsList view={view} locale={locale} version={version.number} />
    </Layout>
  );
}
