import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import type { PersonMonitoring } from '../entry-list.ts';
import { personMonitoringTexts as texts } from '../texts/person-monitoring.ts';

/** Who monitors the resident (and monitored before), from when, for which purpose. */
export function PersonMonitoringSection(props: {
  locale: Locale;
  monitoring: readonly PersonMonitoring[];
}) {
  const { locale, monitoring } = props;
  return (
    <>
      <h2 id="monitorings">{texts.heading[locale]}</h2>
      <p>{texts.intro[locale]}</p>
      {monitoring.length === 0 ? (
        <p>{texts.none[locale]}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{texts.caption[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.organisation[locale]}</th>
              <th scope="col">{texts.purpose[locale]}</th>
              <th scope="col">{texts.from[locale]}</th>
              <th scope="col">{texts.until[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {monitoring.map((m, i) => (
              <tr key={i}>
                <td>{m.organisation}</td>
                <td>{m.purpose}</td>
                <td>{formatDateTime(m.from, locale)}</td>
                <td>
                  {m.until === null ? texts.ongoing[locale] : formatDateTime(m.until, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
