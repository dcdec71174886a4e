import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { OrganisationSection } from '../org-sections.ts';

const TITLE: Text = { lv: 'Organizācijas darba vieta', en: 'Organisation’s workspace' };

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
        {locale === 'lv' ? 'Pieteicies: ' : 'Signed in as: '}
        <strong>{props.userName}</strong> ({props.roleLabel})
      </p>
      <h2>{locale === 'lv' ? 'Sadaļas' : 'Sections'}</h2>
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
