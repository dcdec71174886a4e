import type { Locale } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { TestPersonsTable, type TestPersonRow } from '../../platform/views/test-persons-table.tsx';
import { apiDocsTexts as texts } from './api-docs-texts.ts';

/** One operation of the API document, as the introduction lists it. */
export interface ListedOperation {
  method: string;
  path: string;
  summary: string;
}

export interface ApiDocsPageProps {
  ctx: PageContext;
  publicUrl: string;
  tokenPath: string;
  tokenSeconds: number;
  referencePath: string;
  documentPath: string;
  testPersons: readonly TestPersonRow[];
  /** Where a test connection lists them. */
  testPersonsPath: string;
  /** The document's operations by tag, in its order. */
  groups: readonly { tag: string; operations: readonly ListedOperation[] }[];
}

function Operations(props: { locale: Locale; groups: ApiDocsPageProps['groups'] }) {
  return (
    <>
      {props.groups.map((group) => (
        <table key={group.tag}>
          <caption lang="en">{group.tag}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.operations.method[props.locale]}</th>
              <th scope="col">{texts.operations.summary[props.locale]}</th>
            </tr>
          </thead>
          <tbody>
            {group.operations.map((op) => (
              <tr key={`${op.method} ${op.path}`}>
                <td>
                  <code>
                    {op.method} {op.path}
                  </code>
                </td>
                <td lang="en">{op.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/**
 * The API's documentation in the page's language: how a system signs in, the environments, the
 * test persons, errors and repeats, and every operation of the document, with the interactive
 * reference and the document itself a link away.
 */
export function ApiDocsPage(props: ApiDocsPageProps) {
  const locale = props.ctx.locale;
  const title = texts.title[locale];
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{texts.lead[locale]}</p>

      <h2>{texts.links.heading[locale]}</h2>
      <ul>
        <li>
          <a href={props.referencePath}>{texts.links.reference[locale]}</a>
        </li>
        <li>
          <a href={props.documentPath}>{texts.links.document[locale]}</a>
        </li>
      </ul>
      <p>{texts.links.clients[locale]}</p>

      <h2>{texts.auth.heading[locale]}</h2>
      <p>{texts.auth.connection[locale]}</p>
      <p>{texts.auth.token[locale](props.tokenPath, props.tokenSeconds)}</p>
      <p>{texts.auth.bearer[locale]}</p>

      <h2>{texts.environments.heading[locale]}</h2>
      <p>
        {texts.environments.server[locale]} <code>{props.publicUrl}</code>
      </p>
      <ul>
        <li>{texts.environments.test[locale]}</li>
        <li>{texts.environments.production[locale]}</li>
      </ul>
      <p>{texts.environments.separate[locale]}</p>

      <h2>{texts.testPersons.heading[locale]}</h2>
      <p>{texts.testPersons.intro[locale]}</p>
      <p>
        {texts.testPersons.list[locale]} <code>{`GET ${props.testPersonsPath}`}</code>
      </p>
      <TestPersonsTable
        locale={locale}
        caption={texts.testPersons.heading[locale]}
        persons={props.testPersons}
      />

      <h2>{texts.errors.heading[locale]}</h2>
      <p>{texts.errors.codes[locale]}</p>
      <p>{texts.errors.idempotency[locale]}</p>

      <h2>{texts.operations.heading[locale]}</h2>
      <p>{texts.operations.note[locale]}</p>
      <Operations locale={locale} groups={props.groups} />
    </Layout>
  );
}
