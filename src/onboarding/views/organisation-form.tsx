import type { FormErrors } from '../../agreements/service.ts';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { SelectField, TextField, type FieldErrors } from '../../platform/views/forms.tsx';
import { organisationPageTexts as texts } from '../texts/organisation-pages.ts';

export type Values = Record<string, string>;

export const inLocale = (errors: FormErrors, locale: Locale): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, text]) => [field, text[locale]]));

/** Labels of the organisation form's fields, shared by the form and the check-answers page. */
export const FIELD_LABELS: Record<string, Text> = texts.fieldLabel;

export const LEGAL_FORMS: Record<'public' | 'private', Text> = texts.legalForm;

/** The organisation's fields, grouped: the organisation, its contact person, its representative. */
export function OrganisationFields(props: { locale: Locale; values: Values; errors: FieldErrors }) {
  const { locale, values, errors } = props;
  const label = (field: string) => FIELD_LABELS[field]?.[locale] ?? field;
  const form = texts.form;
  return (
    <>
      <fieldset>
        <legend>{form.organisation[locale]}</legend>
        <TextField
          name="registrationNumber"
          label={label('registrationNumber')}
          hint={form.registrationNumberHint[locale]}
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
            { value: '', label: form.choose[locale] },
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
        <legend>{form.contactPerson[locale]}</legend>
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
          label={`${label('contactPhone')} ${form.optional[locale]}`}
          value={values.contactPhone}
          error={errors.contactPhone}
          maxLength={25}
        />
      </fieldset>
      <fieldset>
        <legend>{form.representative[locale]}</legend>
        <p class="hint">{form.representativeHint[locale]}</p>
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
