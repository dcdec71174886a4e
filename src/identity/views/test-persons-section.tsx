import type { Locale } from '../../platform/i18n/locale.ts';
import { API_DOCS_PATH, TEST_PERSONS_PATH } from '../../platform/http/api-reference.ts';
import { TestPersonsTable, type TestPersonRow } from '../../platform/views/test-persons-table.tsx';
import { testPersonsSectionTexts as texts } from '../texts/test-persons-section.ts';

/** On a test connection's page: whom to query, what each is good for, and how to list them. */
export function TestPersonsSection(props: { locale: Locale; persons: readonly TestPersonRow[] }) {
  const { locale } = props;
  return (
    <section aria-labelledby="test-persons">
      <h2 id="test-persons">{texts.heading[locale]}</h2>
      <p>{texts.intro[locale]}</p>
      <TestPersonsTable locale={locale} caption={texts.heading[locale]} persons={props.persons} />
      <p>
        {texts.list[locale]} <code>{`GET ${TEST_PERSONS_PATH}`}</code> (
        <a href={API_DOCS_PATH}>{texts.docs[locale]}</a>).
      </p>
    </section>
  );
}
