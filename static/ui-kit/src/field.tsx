import { useId, type ReactNode } from 'react';
import { useUi } from './ui-context';

/** Attributes a control needs to be announced with its label, help and error. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
  readonly 'aria-required'?: boolean;
}

interface FieldProps {
  readonly label: string;
  readonly help?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

/** Label, help and inline error wired to one control by id, so screen readers read all three. */
export function Field({ label, help, error, required = false, children }: FieldProps) {
  const { kit } = useUi();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = [help === undefined ? null : helpId, error === undefined ? null : errorId].filter((x) => x !== null).join(' ');
  const control: ControlProps = {
    id,
    'aria-invalid': error !== undefined,
    ...(described === '' ? {} : { 'aria-describedby': described }),
    ...(required ? { 'aria-required': true } : {}),
  };
  return (
    <div className="ss-field">
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="ss-required" title={kit('required')}>
            {' *'}
          </span>
        ) : null}
      </label>
      {children(control)}
      {help === undefined ? null : (
        <span id={helpId} className="ss-help">
          {help}
        </span>
      )}
      {error === undefined ? null : (
        <span id={errorId} className="ss-error">
          {error}
        </span>
      )}
    </div>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps extends Omit<FieldProps, 'children'> {
  readonly value: string;
  readonly options: readonly Option[];
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly onChange: (value: string) => void;
}

export function SelectField({ value, options, placeholder, disabled = false, onChange, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select className="ss-select" {...control} value={value} disabled={disabled} onChange={(e) => { onChange(e.currentTarget.value); }}>
          {placeholder === undefined ? null : <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface TextFieldProps extends Omit<FieldProps, 'children'> {
  readonly value: string;
  readonly type?: 'text' | 'datetime-local' | 'date' | 'number' | 'url' | 'email' | 'password';
  readonly multiline?: boolean;
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly onChange: (value: string) => void;
}

export function TextField({ value, type = 'text', multiline = false, maxLength, placeholder, disabled = false, onChange, ...field }: TextFieldProps) {
  const common = {
    value,
    disabled,
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(placeholder === undefined ? {} : { placeholder }),
  };
  return (
    <Field {...field}>
      {(control) =>
        multiline ? (
          <textarea className="ss-textarea" {...control} {...common} onChange={(e) => { onChange(e.currentTarget.value); }} />
        ) : (
          <input className="ss-input" type={type} {...control} {...common} onChange={(e) => { onChange(e.currentTarget.value); }} />
        )
      }
    </Field>
  );
}
