import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { formatDateTime, formatDay } from '../../platform/time/dates.ts';
import type { BdasRecord } from '../biometrics.ts';
import { bdasRecordTexts as texts } from '../texts.ts';

/** A code's name, or the code itself when BDAS sends one the register does not know yet. */
const label = (map: Readonly<Record<string, Text>>, key: string | number, locale: Locale) =>
  map[key]?.[locale] ?? String(key);

/**
 * What BDAS holds about a person: basic data, facial images with capture date and process, and
 * fingerprint records. The same view serves the resident's result and the staff's report page.
 */
export function BdasRecordView(props: {
  record: BdasRecord;
  locale: Locale;
  imageUrl: (imageId: number) => string;
}) {
  const { record, locale } = props;
  return (
    <>
      <h2>{texts.basicHeading[locale]}</h2>
      <table class="summary-list">
        <tbody>
          <Row label={texts.givenName[locale]} value={record.basic.givenNames} />
          <Row label={texts.surname[locale]} value={record.basic.surname} />
          <Row label={texts.personalCode[locale]} value={record.basic.personalCode} />
          <Row label={texts.birthDate[locale]} value={formatDay(record.basic.birthDate, locale)} />
          <Row
            label={texts.sexLabel[locale]}
            value={record.basic.sex === 'male' ? texts.sex.male[locale] : texts.sex.female[locale]}
          />
        </tbody>
      </table>
      <h2>{texts.facialHeading[locale]}</h2>
      {record.facialImages.length === 0 ? (
        <p>{texts.noFacialImages[locale]}</p>
      ) : (
        <div class="facial-images">
          {record.facialImages.map((image, i) => (
            <figure key={image.id}>
              <img
                src={props.imageUrl(image.id)}
                width={180}
                height={240}
                alt={texts.facialImageAlt[locale](i + 1, formatDateTime(image.capturedAt, locale))}
              />
              <figcaption>
                {formatDateTime(image.capturedAt, locale)} ·{' '}
                {label(texts.process, image.process, locale)} · {image.authority}
              </figcaption>
            </figure>
          ))}
        </div>
      )}
      <h2>{texts.fingerprintsHeading[locale]}</h2>
      {record.fingerprints.length === 0 ? (
        <p>{texts.noFingerprints[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.fingerprintColumns.finger[locale]}</th>
              <th scope="col">{texts.fingerprintColumns.impression[locale]}</th>
              <th scope="col">{texts.fingerprintColumns.quality[locale]}</th>
              <th scope="col">{texts.fingerprintColumns.captured[locale]}</th>
              <th scope="col">{texts.fingerprintColumns.authority[locale]}</th>
              <th scope="col">{texts.fingerprintColumns.process[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {record.fingerprints.map((f) => (
              <tr key={`${f.finger}-${f.capturedAt.toISOString()}`}>
                <td>{label(texts.finger, f.finger, locale)}</td>
                <td>{label(texts.impression, f.impression, locale)}</td>
                <td>{f.quality}</td>
                <td>{formatDateTime(f.capturedAt, locale)}</td>
                <td>{f.authority}</td>
                <td>{label(texts.process, f.process, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Row(props: { label: string; value: string }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>{props.value}</td>
    </tr>
  );
}
