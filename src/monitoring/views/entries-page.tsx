import type { Environment } from '../../agreements/service.ts';
import type { ErrorDefinition } from '../../platform/errors.ts';
import {
  CsrfField,
  ErrorSummary,
  FileField,
  FormTokenField,
  SelectField,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { MAX_FILE_LINES } from '../entry-file.ts';
import type { EntryList } from '../entry-list.ts';
import { entriesPageTexts as texts } from '../texts/entries-page.ts';
import { EntryCounts, EntrySearch, EntryTable } from './entry-table.tsx';

export const ENVIRONMENT_SLUGS = { production: 'produkcija', test: 'testa' } as const;

export function entriesPath(environment: Environment): string {
  return `/organizacijas/monitorings/${ENVIRONMENT_SLUGS[environment]}`;
}

export interface FileRefusal {
  problems: { line: number; personalCode: string; error: ErrorDefinition }[];
  numbers: { limit: number; monitored: number; requested: number } | null;
}

function PurposeField(props: { locale: PageContext['locale']; purposes: string[]; name: string }) {
  if (props.purposes.length <= 1) return null;
  return (
    <SelectField
      name={props.name}
      label={texts.add.purpose[props.locale]}
      options={props.purposes.map((p) => ({ value: p, label: p }))}
      required
    />
  );
}

function FileProblems(props: { locale: PageContext['locale']; refusal: FileRefusal }) {
  const { locale, refusal } = props;
  return (
    <div class="error-summary" role="alert" aria-labelledby="file-problems-title" tabindex={-1}>
      <h2 id="file-problems-title">
        {texts.upload.problemsHeading[locale](refusal.problems.length)}
      </h2>
      {refusal.numbers === null ? null : (
        <p>
          {texts.upload.numbers[locale](
            refusal.numbers.limit,
            refusal.numbers.monitored,
            refusal.numbers.requested,
          )}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{texts.upload.line[locale]}</th>
            <th scope="col">{texts.upload.given[locale]}</th>
            <th scope="col">{texts.upload.reason[locale]}</th>
          </tr>
        </thead>
        <tbody>
          {refusal.problems.map((p) => (
            <tr key={p.line}>
              <td>{p.line}</td>
              <td>
                <code>{p.personalCode}</code>
              </td>
              <td>{p.error[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The organisation's list of monitored persons in one environment: the counts, adding one
 * person or a file of them, the searchable list with an end button per person, and the CSV.
 */
export function EntriesPage(props: {
  ctx: PageContext;
  environment: Environment;
  list: EntryList;
  search: string;
  notice: string | null;
  errors: FieldErrors;
  input: { personalCode: string; reference: string };
  fileRefusal: FileRefusal | null;
}) {
  const { ctx, environment, list } = props;
  const locale = ctx.locale;
  const path = entriesPath(environment);
  const other: Environment = environment === 'production' ? 'test' : 'production';
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (props.search !== '') params.set('meklet', props.search);
    if (page > 1) params.set('lapa', String(page));
    const text = params.toString();
    return text === '' ? path : `${path}?${text}`;
  };
  return (
    <Layout ctx={ctx} title={`${texts.title[locale]}: ${texts.environment[environment][locale]}`}>
      <ErrorSummary locale={locale} errors={props.errors} />
      {props.fileRefusal === null ? null : (
        <FileProblems locale={locale} refusal={props.fileRefusal} />
      )}
      <span class="caption">{texts.environment[environment][locale]}</span>
      <h1>{texts.title[locale]}</h1>
      <p>
        <a href={entriesPath(other)}>{texts.environment[other][locale]}</a>
      </p>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          {props.notice}
        </div>
      )}
      <p>{texts.intro[locale]}</p>
      <EntryCounts locale={locale} list={list} />

      {list.limit === null ? null : (
        <>
          <h2>{texts.add.heading[locale]}</h2>
          <form method="post" action={`${path}/pievienot`}>
            <CsrfField token={ctx.csrfToken} />
            <FormTokenField ctx={ctx} />
            <TextField
              name="personalCode"
              label={texts.add.personalCode[locale]}
              hint={texts.add.personalCodeHint[locale]}
              value={props.input.personalCode}
              error={props.errors.personalCode}
              maxLength={20}
              required
            />
            <TextField
              name="reference"
              label={texts.add.reference[locale]}
              hint={texts.add.referenceHint[locale]}
              value={props.input.reference}
              error={props.errors.reference}
              maxLength={100}
            />
            <PurposeField locale={locale} purposes={list.purposes} name="purpose" />
            <button type="submit">{texts.add.submit[locale]}</button>
          </form>

          <h2>{texts.upload.heading[locale]}</h2>
          <form method="post" action={`${path}/datne`} enctype="multipart/form-data">
            <CsrfField token={ctx.csrfToken} />
            <FormTokenField ctx={ctx} />
            <FileField
              name="datne"
              label={texts.upload.file[locale]}
              hint={texts.upload.hint[locale](MAX_FILE_LINES)}
              error={props.errors.datne}
              accept=".txt,.csv,text/plain,text/csv"
              required
            />
            <PurposeField locale={locale} purposes={list.purposes} name="filePurpose" />
            <button type="submit">{texts.upload.submit[locale]}</button>
          </form>
        </>
      )}

      <h2 id="saraksts">{texts.list.heading[locale]}</h2>
      <EntrySearch locale={locale} action={path} search={props.search} matching={list.matching} />
      <EntryTable
        locale={locale}
        list={list}
        pageHref={query}
        endAction={{ path: `${path}/beigt`, csrfToken: ctx.csrfToken }}
      />
      <p>
        <a href={`${path}/saraksts.csv`} download>
          {texts.list.download[locale]}
        </a>
      </p>
    </Layout>
  );
}
