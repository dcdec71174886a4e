import { formatDay } from '../../onboarding/service.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import {
  channelName,
  scopeNames,
  type ProvisionRow,
  type StaffView,
} from '../../residents/service.ts';
import { staffTexts } from '../texts/common.ts';
import { dataUseTexts } from '../texts/data-use.ts';
import { environmentName } from './data-use-view-page.tsx';

const texts = dataUseTexts.holdPage;

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
  const base = `/darbinieki/datu-izmantosana/skatijums/${view.viewId}`;
  const action = `${base}/ieraksti/${row.id}`;
  return (
    <Layout ctx={ctx} title={texts.title[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>
        {texts.title[locale]} <code>{row.id}</code>
      </h1>
      <dl class="summary-list">
        <div>
          <dt>{staffTexts.table.personalCode[locale]}</dt>
          <dd>{view.personalCode}</dd>
        </div>
        <div>
          <dt>{texts.dateAndTime[locale]}</dt>
          <dd>{formatDateTime(row.occurred_at, locale)}</dd>
        </div>
        <div>
          <dt>{staffTexts.table.organisation[locale]}</dt>
          <dd>
            {row.organisation_name} ({texts.registrationNumber[locale]}
            {row.registration_number})
          </dd>
        </div>
        <div>
          <dt>{texts.data[locale]}</dt>
          <dd>{scopeNames(row.scopes, locale)}</dd>
        </div>
        <div>
          <dt>{texts.purpose[locale]}</dt>
          <dd>{row.purpose ?? '—'}</dd>
        </div>
        <div>
          <dt>{texts.channelAndEnvironment[locale]}</dt>
          <dd>
            {channelName(row.channel, locale)}, {environmentName(row.environment, locale)}
          </dd>
        </div>
        <div>
          <dt>{texts.currentHold[locale]}</dt>
          <dd>
            {row.hold_until === null
              ? dataUseTexts.hold.none[locale]
              : `${formatDay(row.hold_until, locale)}: ${row.hold_reason ?? ''}`}
          </dd>
        </div>
      </dl>
      <h2>
        {row.hold_until === null ? texts.hideHeading[locale] : dataUseTexts.hold.change[locale]}
      </h2>
      <p>{texts.explanation[locale]}</p>
      <form method="post" action={`${action}/slept`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <TextField
          name="hiddenUntil"
          type="date"
          required
          label={texts.hiddenUntil[locale]}
          hint={texts.hiddenUntilHint[locale]}
          value={values.hiddenUntil ?? row.hold_until ?? ''}
          error={errors.hiddenUntil}
        />
        <TextArea
          name="holdReason"
          required
          label={staffTexts.form.justification[locale]}
          value={values.holdReason ?? row.hold_reason ?? ''}
          error={errors.holdReason}
          maxLength={500}
        />
        <button type="submit">{staffTexts.form.save[locale]}</button>
      </form>
      {row.hold_until === null ? null : (
        <form method="post" action={`${action}/atcelt`}>
          <CsrfField token={ctx.csrfToken} />
          <FormTokenField ctx={ctx} />
          <button type="submit" class="button secondary">
            {texts.lift[locale]}
          </button>
        </form>
      )}
      <p>
        <a href={base}>{texts.back[locale]}</a>
      </p>
    </Layout>
  );
}
