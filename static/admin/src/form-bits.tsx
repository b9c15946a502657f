import { useEffect, useState } from 'react';
import type { AppConfig, LocalizedText } from '../../../src/domain/config';
import { TextField, type Translate, type UiLocale } from '@support-standard/ui-kit';
import { joinList, splitList } from './edit-helpers';
import type { AdminKey } from './messages';

/** What every settings section receives: the draft, a way to replace it, errors by path, words. */
export interface SectionProps {
  readonly config: AppConfig;
  readonly set: (next: AppConfig) => void;
  readonly err: (path: string) => string | undefined;
  readonly t: Translate<AdminKey>;
  readonly locale: UiLocale;
}

interface ParsedProps<T> {
  readonly label: string;
  readonly help?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly value: T;
  readonly format: (value: T) => string;
  readonly parse: (text: string) => T;
  readonly onChange: (value: T) => void;
}

/**
 * A text box for a value that is not a string (a list, a number). It keeps what the admin typed, so a
 * trailing comma or an empty box survives, and follows the value when it changes from elsewhere.
 */
export function ParsedField<T>({ value, format, parse, onChange, ...field }: ParsedProps<T>) {
  const [text, setText] = useState(() => format(value));
  const shown = format(value);
  useEffect(() => {
    setText((current) => (format(parse(current)) === shown ? current : shown));
  }, [shown, format, parse]);
  return (
    <TextField
      {...field}
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(parse(next));
      }}
    />
  );
}

const identityList = (items: readonly string[]) => joinList(items);

export function ListField(props: Omit<ParsedProps<readonly string[]>, 'format' | 'parse'>) {
  return <ParsedField {...props} format={identityList} parse={splitList} />;
}

const numberText = (value: number) => (Number.isNaN(value) ? '' : String(value));
/** An empty box is NaN, which the schema reports against the field. */
const parseNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function NumberField(props: Omit<ParsedProps<number>, 'format' | 'parse'>) {
  return <ParsedField {...props} format={numberText} parse={parseNumber} />;
}

/** The zh-CN and en names of one thing, side by side. */
export function LocalizedFields({ value, path, onChange, err, t, label }: {
  readonly value: LocalizedText;
  readonly path: string;
  readonly onChange: (value: LocalizedText) => void;
  readonly err: SectionProps['err'];
  readonly t: Translate<AdminKey>;
  readonly label?: string;
}) {
  const prefix = label === undefined ? '' : `${label} · `;
  return (
    <>
      <TextField label={`${prefix}${t('zh')}`} required value={value['zh-CN']} error={err(`${path}.zh-CN`)} onChange={(v) => { onChange({ ...value, 'zh-CN': v }); }} />
      <TextField label={`${prefix}${t('en')}`} required value={value.en} error={err(`${path}.en`)} onChange={(v) => { onChange({ ...value, en: v }); }} />
    </>
  );
}

export function Checkbox({ label, checked, onChange }: { readonly label: string; readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  return (
    <label className="ss-row" style={{ gap: 'var(--ss-space-050)' }}>
      <input type="checkbox" checked={checked} onChange={(e) => { onChange(e.currentTarget.checked); }} />
      <span>{label}</span>
    </label>
  );
}

/**
 * Ticks for a set of ids chosen from a list (categories, subcategories, impact levels): the admin picks by name,
 * never types an id. An id that is no longer offered but still chosen stays visible so it can be unticked.
 */
export function Picker({ legend, help, error, options, chosen, onChange }: {
  readonly legend: string;
  readonly help?: string;
  readonly error?: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly chosen: readonly string[];
  readonly onChange: (chosen: readonly string[]) => void;
}) {
  const offered = new Set(options.map((o) => o.value));
  const all = [...options, ...chosen.filter((id) => !offered.has(id)).map((id) => ({ value: id, label: id }))];
  return (
    <fieldset className="ss-stack" style={{ border: 'none', margin: 0, padding: 0 }} aria-invalid={error === undefined ? undefined : true}>
      <legend className="ss-legend">{legend}</legend>
      <div className="ss-row" style={{ flexWrap: 'wrap' }}>
        {all.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={chosen.includes(option.value)}
            onChange={(on) => { onChange(on ? [...chosen, option.value] : chosen.filter((id) => id !== option.value)); }}
          />
        ))}
      </div>
      {help === undefined ? null : <span className="ss-subtle">{help}</span>}
      {error === undefined ? null : <span className="ss-error" role="alert">{error}</span>}
    </fieldset>
  );
}
