import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import type { ComponentChildren } from 'preact';
import { CsrfField, FormTokenField, TextField } from '../../platform/views/forms.tsx';
import type { EntryList } from '../entry-list.ts';
import { entriesPageTexts as texts } from '../texts/entries-page.ts';

/**
 * A page of a list with its counts and pager. With `endAction`, each row has a form that ends
 * the entry (the organisation's page); without, the table only shows (the staff's page).
 */
export function EntryTable(props: {
  locale: Locale;
  list: EntryList;
  pageHref: (page: number) => string;
  endAction?: { path: string; csrfToken: string | null };
}) {
  const { locale, list, endAction } = props;
  if (list.entries.length === 0) return <p>{texts.list.none[locale]}</p>;
  return (
    <>
      <table>
        <caption class="visually-hidden">
          {texts.list.caption[locale](list.page, list.pages)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{texts.list.personalCode[locale]}</th>
            <th scope="col">{texts.list.reference[locale]}</th>
            <th scope="col">{texts.list.purpose[locale]}</th>
            <th scope="col">{texts.list.addedAt[locale]}</th>
            <th scope="col">{texts.list.endsAt[locale]}</th>
            {endAction === undefined ? null : <th scope="col">{texts.list.actions[locale]}</th>}
          </tr>
        </thead>
        <tbody>
          {list.entries.map((e) => (
            <tr key={e.id}>
              <td>
                <code>{e.personal_code}</code>
              </td>
              <td>{e.reference ?? ''}</td>
              <td>{e.purpose}</td>
              <td>{formatDateTime(e.added_at, locale)}</td>
              <td>{e.ends_at === null ? '' : formatDateTime(e.ends_at, locale)}</td>
              {endAction === undefined ? null : (
                <td>
                  <form method="post" action={endAction.path}>
                    <CsrfField token={endAction.csrfToken} />
                    <FormTokenField ctx={{ csrfToken: endAction.csrfToken }} />
                    <input type="hidden" name="personalCode" value={e.personal_code} />
                    <button
                      type="submit"
                      class="secondary"
                      aria-label={texts.list.endLabel[locale](e.personal_code)}
                    >
                      {texts.list.end[locale]}
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {list.pages > 1 ? (
        <nav class="actions" aria-label={texts.list.pages[locale]}>
          {list.page > 1 ? (
            <a href={props.pageHref(list.page - 1)}>{texts.list.previous[locale]}</a>
          ) : null}{' '}
          {list.page < list.pages ? (
            <a href={props.pageHref(list.page + 1)}>{texts.list.next[locale]}</a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

/** The counts line: monitored of the limit, or that no agreement includes monitoring. */
export function EntryCounts(props: { locale: Locale; list: EntryList }) {
  const { locale, list } = props;
  return (
    <p>
      <strong>
        {list.limit === null
          ? texts.noMonitoring[locale](list.monitored)
          : texts.counts[locale](list.monitored, list.limit)}
      </strong>
    </p>
  );
}

/** The list's search, the same for the organisation and for staff; `hidden` keeps their context. */
export function EntrySearch(props: {
  locale: Locale;
  action: string;
  search: string;
  matching: number;
  hidden?: ComponentChildren;
}) {
  const { locale } = props;
  return (
    <>
      <form method="get" action={props.action}>
        {props.hidden}
        <TextField
          name="meklet"
          label={texts.list.search[locale]}
          value={props.search}
          maxLength={100}
        />
        <button type="submit" class="secondary">
          {texts.list.searchSubmit[locale]}
        </button>
      </form>
      {props.search === '' ? null : <p>{texts.list.matching[locale](props.matching)}</p>}
    </>
  );
}
