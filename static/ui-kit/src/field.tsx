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

export interface RadioOption extends Option {
  /** What choosing this option means, shown under it. */
  readonly help?: string;
}

interface RadioGroupFieldProps {
  readonly legend: string;
  readonly value: string;
  readonly options: readonly RadioOption[];
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly onChange: (value: string) => void;
}

/** A labelled set of choices, each with its own explanation; arrow keys move between them natively. */
export function RadioGroupField({ legend, value, options, error, required = false, disabled = false, onChange }: RadioGroupFieldProps) {
  const { kit } = useUi();
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="ss-field"
      style={{ border: 'none', margin: 0, padding: 0 }}
      {...(error === undefined ? {} : { 'aria-describedby': errorId })}
    >
      <legend className="ss-legend">
        {legend}
        {required ? (
          <span className="ss-required" title={kit('required')}>
            {' *'}
          </span>
        ) : null}
      </legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div key={o.value} className="ss-radio">
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              disabled={disabled}
              onChange={() => { onChange(o.value); }}
              {...(o.help === undefined ? {} : { 'aria-describedby': `${id}-help` })}
            />
            <label htmlFor={id}>
              <span>{o.label}</span>
              {o.help === undefined ? null : (
                <span id={`${id}-help`} className="ss-help">
                  {o.help}
                </span>
              )}
            </label>
          </div>
        );
      })}
      {error === undefined ? null : (
        <span id={errorId} className="ss-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
