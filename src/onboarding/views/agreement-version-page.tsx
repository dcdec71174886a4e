import type { VersionRow } from '../../agreements/service.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { AgreementView } from '../agreement-view.ts';
import { agreementTexts as texts } from '../texts/agreements.ts';
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
  const words = texts.versionPage;
  const title = words.title[locale](view.agreement.reference, version.number);
  return (
    <Layout ctx={ctx} title={title}>
      <p class="caption">{view.organisation.name}</p>
      <h1>{title}</h1>
      <p>
        <a href={base}>{texts.backToAgreement[locale]}</a>
      </p>
      <p>
        {SIDE_NAMES[version.side][locale]}: {version.author_name},{' '}
        {formatDateTime(version.created_at, locale)}
      </p>
      {version.number > 1 ? (
        <p>
          <a href={`${base}/salidzinat?no=${version.number - 1}&lidz=${version.number}`}>
            {words.compareWithPrevious[locale](version.number - 1)}
          </a>
        </p>
      ) : null}
      <AgreementText body={version.body} label={words.textLabel[locale]} />
      <h2>{words.commentsHeading[locale]}</h2>
      <CommentsList view={view} locale={locale} version={version.number} />
    </Layout>
  );
}
