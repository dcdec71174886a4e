import type { Environment } from '../../agreements/service.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { EntryList } from '../entry-list.ts';
import { entriesPageTexts as texts } from '../texts/entries-page.ts';
import { EntryCounts, EntrySearch, EntryTable } from './entry-table.tsx';

/** A PMLP officer's view of one organisation's list in one environment: read only. */
export function StaffEntriesPage(props: {
  ctx: PageContext;
  organisation: { id: number; name: string };
  environment: Environment;
  list: EntryList;
  search: string;
  /** The page's address without a query; `vide` chooses the environment. */
  path: string;
}) {
  const { ctx, environment, list } = props;
  const locale = ctx.locale;
  const other: Environment = environment === 'production' ? 'test' : 'production';
  const href = (env: Environment, page: number) => {
    const params = new URLSearchParams({ vide: env });
    if (props.search !== '') params.set('meklet', props.search);
    if (page > 1) params.set('lapa', String(page));
    return `${props.path}?${params.toString()}`;
  };
  return (
    <Layout ctx={ctx} title={texts.staff.title[locale](props.organisation.name)}>
      <span class="caption">{texts.environment[environment][locale]}</span>
      <h1>{texts.staff.title[locale](props.organisation.name)}</h1>
      <p>
        <a href={`/darbinieki/organizacijas/${props.organisation.id}`}>
          {texts.staff.back[locale]}
        </a>{' '}
        <a href={href(other, 1)}>{texts.environment[other][locale]}</a>
      </p>
      <EntryCounts locale={locale} list={list} />
      <EntrySearch
        locale={locale}
        action={props.path}
        search={props.search}
        matching={list.matching}
        hidden={<input type="hidden" name="vide" value={environment} />}
      />
      <EntryTable locale={locale} list={list} pageHref={(page) => href(environment, page)} />
    </Layout>
  );
}
