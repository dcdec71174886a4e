import type { ComponentChildren } from 'preact';
import type { Locale } from '../i18n/locale.ts';
import { FORM_TOKEN_FIELD, issueFormToken } from '../http/form-tokens.ts';
import { platformTexts } from './texts.ts';

/**
 * Form pieces after the GOV.UK patterns: every field has a label, its hint and error are tied to
 * it with aria-describedby, and the error summary at the top links to each field.
 */

export type FieldErrors = Record<string, string>;

export function CsrfField(props: { token: string | null }) {
  return props.token === null ? null : <input type="hidden" name="_csrf" value={props.token} />;
}

/**
 * The one-time token of a form that charges, creates or changes (docs/decisions/0018): a fresh
 * one each time the form is drawn, bound to the session of `ctx`. Its route runs the effect
 * through `submitFormOnce`.
 */
export function FormTokenField(props: { ctx: { csrfToken: string | null } }) {
  const binding = props.ctx.csrfToken;
  return binding === null ? null : (
    <input type="hidden" name={FORM_TOKEN_FIELD} value={issueFormToken(binding)} />
  );
}

export function ErrorSummary(props: { locale: Locale; errors: FieldErrors }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{platformTexts.forms.errorSummary[props.locale]}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

/** The label marks mandatory fields with "*", as the e-service's forms do. */
function FieldFrame(props: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={props.error === undefined ? 'field' : 'field has-error'}>
      <label for={props.name}>
        {props.label}
        {props.required === true ? (
          <span aria-hidden="true" class="required">
            {' *'}
          </span>
        ) : null}
      </label>
      {props.hint === undefined ? null : (
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error === undefined ? null : (
        <p class="error-message" id={`${props.name}-error`}>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

function describedBy(props: FieldProps): string | undefined {
  const ids = [
    props.hint === undefined ? null : `${props.name}-hint`,
    props.error === undefined ? null : `${props.name}-error`,
  ].filter((id): id is string => id !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
}

export function TextField(
  props: FieldProps & {
    value?: string | undefined;
    type?: 'text' | 'email' | 'tel' | 'password' | 'date';
    autocomplete?: string;
    maxLength?: number;
  },
) {
  return (
    <FieldFrame {...props}>
      <input
        id={props.name}
        name={props.name}
        // Preact's types narrow each input type to its own attributes; these all share ours.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it
        type={(props.type ?? 'text') as 'text'}
        value={props.value ?? ''}
        required={props.required}
        aria-required={props.required === true ? 'true' : undefined}
        aria-invalid={props.error === undefined ? undefined : 'true'}
        aria-describedby={describedBy(props)}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { value?: string | undefined; maxLength?: number }) {
  return (
    <FieldFrame {...props}>
      <textarea
        id={props.name}
        name={props.name}
        rows={5}
        required={props.required}
        aria-required={props.required === true ? 'true' : undefined}
        aria-invalid={props.error === undefined ? undefined : 'true'}
        aria-describedby={describedBy(props)}
        maxLength={props.maxLength}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & { value?: string | undefined; options: { value: string; label: string }[] },
) {
  return (
    <FieldFrame {...props}>
      <select
        id={props.name}
        name={props.name}
        required={props.required}
        aria-invalid={props.error === undefined ? undefined : 'true'}
        aria-describedby={describedBy(props)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function Checkbox(props: FieldProps & { checked?: boolean; value?: string }) {
  return (
    <div class={props.error === undefined ? 'field checkbox' : 'field checkbox has-error'}>
      {props.error === undefined ? null : (
        <p class="error-message" id={`${props.name}-error`}>
          {props.error}
        </p>
      )}
      <input
        id={props.name}
        name={props.name}
        type="checkbox"
        value={props.value ?? 'yes'}
        checked={props.checked}
        aria-invalid={props.error === undefined ? undefined : 'true'}
        aria-describedby={describedBy(props)}
      />
      <label for={props.name}>{props.label}</label>
    </div>
  );
}

export function FileField(props: FieldProps & { accept?: string }) {
  return (
    <FieldFrame {...props}>
      <input
        id={props.name}
        name={props.name}
        type="file"
        accept={props.accept}
        aria-invalid={props.error === undefined ? undefined : 'true'}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}
