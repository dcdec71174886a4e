import type { FormErrors } from '../../agreements/service.ts';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { SelectField, TextField, type FieldErrors } from '../../platform/views/forms.tsx';

export type Values = Record<string, string>;

export const inLocale = (errors: FormErrors, locale: Locale): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, text[locale]]));

/** Labels of the organisation form's fields, shared by the form and the check-answers page. */
export const FIELD_LABELS: Record<string, Text> = {
  registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
  name: { lv: 'Nosaukums', en: 'Name' },
  legalForm: { lv: 'Tiesiskais statuss', en: 'Legal status' },
  address: { lv: 'Juridiskā adrese', en: 'Legal address' },
  email: { lv: 'E-pasts paziņojumiem', en: 'E-mail for notices' },
  contactName: { lv: 'Kontaktpersonas vārds, uzvārds', en: 'Contact person’s name' },
  contactEmail: { lv: 'Kontaktpersonas e-pasts', en: 'Contact person’s e-mail' },
  contactPhone: { lv: 'Kontaktpersonas tālrunis', en: 'Contact person’s phone' },
  representativeName: { lv: 'Pārstāvja vārds, uzvārds', en: 'Representative’s name' },
  representativeEmail: { lv: 'Pārstāvja e-pasts', en: 'Representative’s e-mail' },
};

export const LEGAL_FORMS: Record<'public' | 'private', Text> = {
  public: {
    lv: 'Publisko tiesību juridiskā persona (valsts vai pašvaldības iestāde)',
    en: 'Public-law legal person (state or municipal body)',
  },
  private: { lv: 'Privāto tiesību juridiskā persona', en: 'Private-law legal person' },
};

/** The organisation's fields, grouped: the organisation, its contact person, its representative. */
export function OrganisationFields(props: { locale: Locale; values: Values; errors: FieldErrors }) {
  const { locale, values, errors } = props;
  const label = (field: string) => FIELD_LABELS[field]?.[locale] ?? field;
  return (
    <>
      <fieldset>
        <legend>{locale === 'lv' ? 'Organizācija' : 'Organisation'}</legend>
        <TextField
          name="registrationNumber"
          label={label('registrationNumber')}
          hint={
            locale === 'lv' ? '11 cipari, piemēram, 40003032949' : '11 digits, like 40003032949'
          }
          value={values.registrationNumber}
          error={errors.registrationNumber}
          required
          maxLength={20}
        />
        <TextField
          name="name"
          label={label('name')}
          value={values.name}
          error={errors.name}
          required
          autocomplete="organization"
          maxLength={300}
        />
        <SelectField
          name="legalForm"
          label={label('legalForm')}
          value={values.legalForm}
          error={errors.legalForm}
          required
          options={[
            { value: '', label: locale === 'lv' ? 'Izvēlieties' : 'Choose' },
            { value: 'public', label: LEGAL_FORMS.public[locale] },
            { value: 'private', label: LEGAL_FORMS.private[locale] },
          ]}
        />
        <TextField
          name="address"
          label={label('address')}
          value={values.address}
          error={errors.address}
          required
          maxLength={500}
        />
        <TextField
          name="email"
          type="email"
          label={label('email')}
          value={values.email}
          error={errors.email}
          required
          maxLength={254}
        />
      </fieldset>
      <fieldset>
        <legend>{locale === 'lv' ? 'Kontaktpersona' : 'Contact person'}</legend>
        <TextField
          name="contactName"
          label={label('contactName')}
          value={values.contactName}
          error={errors.contactName}
          required
          maxLength={200}
        />
        <TextField
          name="contactEmail"
          type="email"
          label={label('contactEmail')}
          value={values.contactEmail}
          error={errors.contactEmail}
          required
          maxLength={254}
        />
        <TextField
          name="contactPhone"
          type="tel"
          label={`${label('contactPhone')} ${locale === 'lv' ? '(nav obligāts)' : '(optional)'}`}
          value={values.contactPhone}
          error={errors.contactPhone}
          maxLength={25}
        />
      </fieldset>
      <fieldset>
        <legend>{locale === 'lv' ? 'Pārstāvis' : 'Representative'}</legend>
        <p class="hint">
          {locale === 'lv'
            ? 'Pārstāvis saņems e-pastu ar saiti konta iestatīšanai.'
            : 'The representative gets an e-mail with a link to set up the account.'}
        </p>
        <TextField
          name="representativeName"
          label={label('representativeName')}
          value={values.representativeName}
          error={errors.representativeName}
          required
          maxLength={200}
        />
        <TextField
          name="representativeEmail"
          type="email"
          label={label('representativeEmail')}
          value={values.representativeEmail}
          error={errors.representativeEmail}
          required
          maxLength={254}
        />
      </fieldset>
    </>
  );
}
