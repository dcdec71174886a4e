import { formatDay } from '../../onboarding/service.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { CsrfField, ErrorSummary, TextArea, TextField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import {
  channelName,
  scopeNames,
  type ProvisionRow,
  type StaffView,
} from '../../residents/service.ts';
import { environmentName } from './data-use-view-page.tsx';

const TITLE = { lv: 'Ieraksta slēpšana', en: 'Hold on a record' } as const;

/** One record: its facts, a form to set or change the hold, and one to lift it early. */
export function DataUseHoldPage(props: {
  ctx: PageContext;
  view: StaffView;
  row: ProvisionRow;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, view, row, values, errors } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  const base = `/darbinieki/datu-izmantosana/skatijums/${view.viewId}`;
  const action = `${base}/ieraksti/${row.id}`;
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>
        {TITLE[locale]} <code>{row.id}</code>
      </h1>
      <dl class="summary-list">
        <div>
          <dt>{lv ? 'Personas kods' : 'Personal code'}</dt>
          <dd>{view.personalCode}</dd>
        </div>
        <div>
          <dt>{lv ? 'Datums un laiks' : 'Date and time'}</dt>
          <dd>{formatDateTime(row.occurred_at, locale)}</dd>
        </div>
        <div>
          <dt>{lv ? 'Organizācija' : 'Organisation'}</dt>
          <dd>
            {row.organisation_name} ({lv ? 'Reģ. Nr. ' : 'Reg. No. '}
            {row.registration_number})
          </dd>
        </div>
        <div>
          <dt>{lv ? 'Dati' : 'Data'}</dt>
          <dd>{scopeNames(row.scopes, locale)}</dd>
        </div>
        <div>
          <dt>{lv ? 'Mērķis' : 'Purpose'}</dt>
          <dd>{row.purpose ?? '—'}</dd>
        </div>
        <div>
          <dt>{lv ? 'Veids un vide' : 'Channel and environment'}</dt>
          <dd>
            {channelName(row.channel, locale)}, {environmentName(row.environment, locale)}
          </dd>
        </div>
        <div>
          <dt>{lv ? 'Pašreizējā slēpšana' : 'Current hold'}</dt>
          <dd>
            {row.hold_until === null
              ? lv
                ? 'Nav'
                : 'None'
              : `${formatDay(row.hold_until, locale)}: ${row.hold_reason ?? ''}`}
          </dd>
        </div>
      </dl>
      <h2>
        {row.hold_until === null
          ? lv
            ? 'Slēpt ierakstu'
            : 'Hide the record'
          : lv
            ? 'Mainīt slēpšanu'
            : 'Change the hold'}
      </h2>
      <p>
        {lv
          ? 'Persona šo ierakstu sadaļā “Kas izmantoja manus datus” neredzēs līdz norādītajai dienai; no tās dienas ieraksts būs redzams. Pats ieraksts netiek mainīts.'
          : 'The person will not see this record in “Who used my data” until the day given; from that day on it shows. The record itself is not changed.'}
      </p>
      <form method="post" action={`${action}/slept`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="hiddenUntil"
          type="date"
          required
          label={lv ? 'Slēpt līdz' : 'Hide until'}
          hint={lv ? 'GGGG-MM-DD, vēlāk par šodienu' : 'YYYY-MM-DD, after today'}
          value={values.hiddenUntil ?? row.hold_until ?? ''}
          error={errors.hiddenUntil}
        />
        <TextArea
          name="holdReason"
          required
          label={lv ? 'Pamatojums' : 'Reason'}
          value={values.holdReason ?? row.hold_reason ?? ''}
          error={errors.holdReason}
          maxLength={500}
        />
        <button type="submit">{lv ? 'Saglabāt' : 'Save'}</button>
      </form>
      {row.hold_until === null ? null : (
        <form method="post" action={`${action}/atcelt`}>
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button secondary">
            {lv ? 'Atcelt slēpšanu' : 'Lift the hold'}
          </button>
        </form>
      )}
      <p>
        <a href={base}>{lv ? 'Atpakaļ uz personas ierakstiem' : 'Back to the person’s records'}</a>
      </p>
    </Layout>
  );
}
