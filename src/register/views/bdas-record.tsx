import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import type { BdasRecord } from '../biometrics.ts';

const PROCESSES: Record<string, { lv: string; en: string }> = {
  identity_document: {
    lv: 'Personu apliecinoša dokumenta izsniegšana',
    en: 'Issue of an identity document',
  },
  driving_licence: { lv: 'Vadītāja apliecības izsniegšana', en: 'Issue of a driving licence' },
  seafarer_document: { lv: 'Jūrnieka dokumenta izsniegšana', en: 'Issue of a seafarer’s document' },
  residence_permit: { lv: 'Uzturēšanās atļaujas izsniegšana', en: 'Issue of a residence permit' },
};

const FINGERS: Record<number, { lv: string; en: string }> = {
  1: { lv: 'labās rokas īkšķis', en: 'right thumb' },
  2: { lv: 'labās rokas rādītājpirksts', en: 'right index finger' },
  3: { lv: 'labās rokas vidējais pirksts', en: 'right middle finger' },
  4: { lv: 'labās rokas zeltnesis', en: 'right ring finger' },
  5: { lv: 'labās rokas mazais pirksts', en: 'right little finger' },
  6: { lv: 'kreisās rokas īkšķis', en: 'left thumb' },
  7: { lv: 'kreisās rokas rādītājpirksts', en: 'left index finger' },
  8: { lv: 'kreisās rokas vidējais pirksts', en: 'left middle finger' },
  9: { lv: 'kreisās rokas zeltnesis', en: 'left ring finger' },
  10: { lv: 'kreisās rokas mazais pirksts', en: 'left little finger' },
};

const IMPRESSIONS: Record<string, { lv: string; en: string }> = {
  plain: { lv: 'plakanais nospiedums', en: 'plain impression' },
  rolled: { lv: 'velmētais nospiedums', en: 'rolled impression' },
};

const SEX = { male: { lv: 'vīrietis', en: 'male' }, female: { lv: 'sieviete', en: 'female' } };

const label = (
  map: Record<string, { lv: string; en: string }>,
  key: string | number,
  locale: Locale,
) => map[key]?.[locale] ?? String(key);

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
      <h2>{locale === 'lv' ? 'Pamatdati' : 'Basic data'}</h2>
      <table class="summary-list">
        <tbody>
          <Row label={locale === 'lv' ? 'Vārds' : 'Given name'} value={record.basic.givenNames} />
          <Row label={locale === 'lv' ? 'Uzvārds' : 'Surname'} value={record.basic.surname} />
          <Row
            label={locale === 'lv' ? 'Personas kods' : 'Personal code'}
            value={record.basic.personalCode}
          />
          <Row
            label={locale === 'lv' ? 'Dzimšanas datums' : 'Birth date'}
            value={record.basic.birthDate}
          />
          <Row
            label={locale === 'lv' ? 'Dzimums' : 'Sex'}
            value={record.basic.sex === 'male' ? SEX.male[locale] : SEX.female[locale]}
          />
        </tbody>
      </table>
      <h2>{locale === 'lv' ? 'Sejas attēli' : 'Facial images'}</h2>
      {record.facialImages.length === 0 ? (
        <p>{locale === 'lv' ? 'Sejas attēlu nav.' : 'No facial images.'}</p>
      ) : (
        <div class="facial-images">
          {record.facialImages.map((image, i) => (
            <figure key={image.id}>
              <img
                src={props.imageUrl(image.id)}
                width={180}
                height={240}
                alt={`${locale === 'lv' ? 'Sejas attēls' : 'Facial image'} ${i + 1}, ${formatDateTime(image.capturedAt, locale)}`}
              />
              <figcaption>
                {formatDateTime(image.capturedAt, locale)} ·{' '}
                {label(PROCESSES, image.process, locale)} · {image.authority}
              </figcaption>
            </figure>
          ))}
        </div>
      )}
      <h2>{locale === 'lv' ? 'Pirkstu nospiedumi' : 'Fingerprints'}</h2>
      {record.fingerprints.length === 0 ? (
        <p>{locale === 'lv' ? 'Pirkstu nospiedumu nav.' : 'No fingerprints.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{locale === 'lv' ? 'Pirksts' : 'Finger'}</th>
              <th scope="col">{locale === 'lv' ? 'Nospieduma veids' : 'Impression'}</th>
              <th scope="col">{locale === 'lv' ? 'Kvalitāte' : 'Quality'}</th>
              <th scope="col">{locale === 'lv' ? 'Iegūts' : 'Captured'}</th>
              <th scope="col">{locale === 'lv' ? 'Iestāde' : 'Authority'}</th>
              <th scope="col">{locale === 'lv' ? 'Process' : 'Process'}</th>
            </tr>
          </thead>
          <tbody>
            {record.fingerprints.map((f) => (
              <tr key={`${f.finger}-${f.capturedAt.toISOString()}`}>
                <td>{label(FINGERS, f.finger, locale)}</td>
                <td>{label(IMPRESSIONS, f.impression, locale)}</td>
                <td>{f.quality}</td>
                <td>{formatDateTime(f.capturedAt, locale)}</td>
                <td>{f.authority}</td>
                <td>{label(PROCESSES, f.process, locale)}</td>
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
