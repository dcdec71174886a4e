import type { StaffRole } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { STAFF_ROLE_LABELS } from './texts.ts';

const TITLE: Text = { lv: 'Darba vieta', en: 'Back office' };

/** The back office's landing page; its queues are added by the back office itself. */
export function StaffHomePage(props: { ctx: PageContext; name: string; role: StaffRole }) {
  const locale = props.ctx.locale;
  return (
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <p>
        {locale === 'lv' ? 'Pieteicies: ' : 'Signed in as: '}
        <strong>{props.name}</strong> ({STAFF_ROLE_LABELS[props.role][locale]})
      </p>
    </Layout>
  );
}
