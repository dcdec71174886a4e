import { formatDay, SCOPE_NAMES } from '../../onboarding/service.ts';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import type { DataScope, PersonRecord } from '../../register/service.ts';
import { RECORD_LABELS as L, RESULT_TEXTS, valueLabel } from './pdp-texts.ts';

/**
 * One person as provided: a section per scope granted, in the register's order, and nothing
 * else. The record already holds only those scopes; the page shows what it was given.
 */
export function PdpPerson(props: {
  record: PersonRecord;
  scopes: readonly DataScope[];
  index: number;
  locale: Locale;
}) {
  const { record, locale } = props;
  const name =
    record.identity === undefined
      ? record.personalCode
      : `${record.identity.givenNames} ${record.identity.surname}`;
  const headingId = `persona-${props.index}`;
  return (
    <section class="pdp-person" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.index}. {name}
      </h2>
      {props.scopes.map((scope) => (
        <div key={scope} class="pdp-scope">
          <h3>{SCOPE_NAMES[scope][locale]}</h3>
          <ScopeBody scope={scope} record={record} locale={locale} />
        </div>
      ))}
    </section>
  );
}

const day = (value: string | null | undefined, locale: Locale): string =>
  value === null || value === undefined ? '—' : formatDay(value, locale);

function Rows(props: { rows: [string, string][] }) {
  return (
    <table class="summary-list">
      <tbody>
        {props.rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Table(props: { head: string[]; rows: string[][]; locale: Locale }) {
  if (props.rows.length === 0) return <p>{RESULT_TEXTS.none[props.locale]}</p>;
  return (
    <table class="pdp-table">
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ScopeBody(props: { scope: DataScope; record: PersonRecord; locale: Locale }) {
  const { record, locale } = props;
  const t = (text: Text) => text[locale];
  const noData = <p>{t(RESULT_TEXTS.noData)}</p>;
  switch (props.scope) {
    case 'identity': {
      const i = record.identity;
      if (i === undefined) return noData;
      return (
        <Rows
          rows={[
            [t(L.personalCode), i.personalCode],
            [t(L.givenNames), i.givenNames],
            [t(L.surname), i.surname],
            [t(L.birthDate), day(i.birthDate, locale)],
            [t(L.sex), valueLabel(i.sex, locale)],
            [t(L.status), valueLabel(i.status, locale)],
          ]}
        />
      );
    }
    case 'names_history':
      return (
        <Table
          locale={locale}
          head={[
            t(L.givenNames),
            t(L.surname),
            t(L.latinForm),
            t(L.validFrom),
            t(L.validTo),
            t(L.reason),
          ]}
          rows={(record.names_history ?? []).map((n) => [
            n.givenNames,
            n.surname,
            `${n.latinGivenNames} ${n.latinSurname}`,
            day(n.validFrom, locale),
            day(n.validTo, locale),
            n.reason,
          ])}
        />
      );
    case 'birth': {
      const b = record.birth;
      if (b === null || b === undefined) return noData;
      return (
        <Rows
          rows={[
            [t(L.place), b.place],
            [t(L.country), b.country],
            [t(L.registrationEntry), b.registrationEntry],
          ]}
        />
      );
    }
    case 'nationality': {
      const n = record.nationality;
      if (n === null || n === undefined) return noData;
      return (
        <Rows
          rows={[
            [t(L.nationalityStatus), valueLabel(n.status, locale)],
            [t(L.country), n.country ?? '—'],
            [t(L.validFrom), day(n.validFrom, locale)],
          ]}
        />
      );
    }
    case 'addresses':
      return (
        <Table
          locale={locale}
          head={[t(L.kind), t(L.address), t(L.addressCode), t(L.validFrom), t(L.validTo)]}
          rows={(record.addresses ?? []).map((a) => [
            valueLabel(a.kind, locale),
            a.flat === null ? a.address : `${a.address}, ${t(L.flat)} ${a.flat}`,
            a.addressCode,
            day(a.validFrom, locale),
            day(a.validTo, locale),
          ])}
        />
      );
    case 'documents':
      return (
        <Table
          locale={locale}
          head={[
            t(L.documentType),
            t(L.number),
            t(L.issuer),
            t(L.issuedOn),
            t(L.expiresOn),
            t(L.status),
          ]}
          rows={(record.documents ?? []).map((d) => [
            valueLabel(d.type, locale),
            d.number,
            d.issuer,
            day(d.issuedOn, locale),
            day(d.expiresOn, locale),
            valueLabel(d.status, locale),
          ])}
        />
      );
    case 'civil_status': {
      const c = record.civil_status;
      if (c === undefined) return noData;
      return (
        <>
          <Rows rows={[[t(L.civilStatus), valueLabel(c.status, locale)]]} />
          <Table
            locale={locale}
            head={[t(L.spouse), t(L.marriedOn), t(L.place), t(L.endedOn), t(L.endReason)]}
            rows={c.marriages.map((m) => [
              m.spousePersonalCode,
              day(m.marriedOn, locale),
              m.place,
              day(m.endedOn, locale),
              m.endReason === null ? '—' : valueLabel(m.endReason, locale),
            ])}
          />
        </>
      );
    }
    case 'relatives': {
      const r = record.relatives;
      if (r === undefined) return noData;
      const list = (codes: string[]) =>
        codes.length === 0 ? t(RESULT_TEXTS.none) : codes.join(', ');
      return (
        <Rows
          rows={[
            [t(L.parents), list(r.parents)],
            [t(L.children), list(r.children)],
          ]}
        />
      );
    }
    case 'death': {
      const d = record.death;
      if (d === null || d === undefined) return noData;
      return (
        <Rows
          rows={[
            [t(L.diedOn), day(d.diedOn, locale)],
            [t(L.place), d.place],
          ]}
        />
      );
    }
  }
}
