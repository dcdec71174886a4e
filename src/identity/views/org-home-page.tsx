import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { OrganisationSection } from '../org-sections.ts';
import { orgHomePageTexts } from '../texts/org-home-page.ts';
import { sharedTexts } from '../texts/shared.ts';

const TITLE: Text = orgHomePageTexts.title;

/** The organisation's landing page: whose it is, who is signed in, and its sections. */
export function OrgHomePage(props: {
  ctx: PageContext;
  organisationName: string;
  userName: string;
  roleLabel: string;
  sections: readonly OrganisationSection[];
}) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <span class="caption">{props.organisationName}</span>
      <h1>{TITLE[locale]}</h1>
      <p>
        {sharedTexts.signedInAs[locale]}
        <strong>{props.userName}</strong> ({props.roleLabel})
      </p>
      <h2>{orgHomePageTexts.sections[locale]}</h2>
      <ul class="service-list">
        {props.sections.map((s) => (
          <li key={s.path}>
            <a href={s.path}>
              <strong>{s.label[locale]}</strong>
            </a>
            <p>{s.hint[locale]}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
