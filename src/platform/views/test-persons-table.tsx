import type { Locale, Text } from '../i18n/locale.ts';
import { platformTexts } from './texts.ts';

/** A person of the test data set that is always there, with what it is good for trying. */
export interface TestPersonRow {
  personalCode: string;
  name: string;
  tryWith: Text;
}

/**
 * The test data set's well-known persons as a table: the API documentation and a test
 * connection's page show the same, so an integrator finds the same codes in both.
 */
export function TestPersonsTable(props: {
  locale: Locale;
  caption: string;
  persons: readonly TestPersonRow[];
}) {
  const texts = platformTexts.testPersons;
  return (
    <table class="test-persons">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{texts.code[props.locale]}</th>
          <th scope="col">{texts.name[props.locale]}</th>
          <th scope="col">{texts.tryWith[props.locale]}</th>
        </tr>
      </thead>
      <tbody>
        {props.persons.map((p) => (
          <tr key={p.personalCode}>
            <td>
              <code>{p.personalCode}</code>
            </td>
            <td>{p.name}</td>
            <td>{p.tryWith[props.locale]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
