import type { ComponentChildren } from 'preact';
import type { StaffRole } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { STAFF_SECTIONS } from '../staff-sections.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { STAFF_ROLE_LABELS } from './texts.ts';
import { sharedTexts } from '../texts/shared.ts';
import { staffHomePageTexts } from '../texts/staff-home-page.ts';

const TITLE: Text = staffHomePageTexts.title;

/** The back office's landing page: the queues and pages of the signed-in member's role. */
export function StaffHomePage(props: {
  ctx: PageContext;
  name: string;
  role: StaffRole;
  /** What the back office must tell staff before anything else (a stalled audit sealer). */
  warnings?: ComponentChildren;
}) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      {props.warnings}
      <p>
        {sharedTexts.signedInAs[locale]}
        <strong>{props.name}</strong> ({STAFF_ROLE_LABELS[props.role][locale]})
      </p>
      <ul class="service-list">
        {STAFF_SECTIONS[props.role].map((s) => (
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
