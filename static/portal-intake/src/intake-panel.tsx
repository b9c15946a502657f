import { useEffect, useMemo, useState } from 'react';
import type { IntakeFieldKey, PortalIntakeSubmission } from '../../../src/shared/portal-intake';
import type { IntakeOptions } from '../../../src/shared/rpc';
import {
  Banner,
  ErrorState,
  Loading,
  RadioGroupField,
  SelectField,
  TextField,
  createTranslate,
  instantToWallTime,
  textFor,
  useRemote,
  useUi,
  type Gateway,
} from '@support-standard/ui-kit';
import { MAX_LENGTH, emptyValues, subcategoriesOf, toSubmission, validateIntake, withValue, type IntakeValues } from './intake-values';
import { messages, type IntakeKey } from './messages';

type Submit = (submission: PortalIntakeSubmission) => void;

export function IntakePanel({ gateway, submit }: { readonly gateway: Gateway; readonly submit: Submit }) {
  const { locale } = useUi();
  const t = createTranslate(messages, locale);
  const remote = useRemote(() => gateway.call('portal/getIntakeOptions', {}));
  const failed = remote.state.status === 'error';

  // Without options the panel cannot ask anything; JSM must still be able to create the request.
  useEffect(() => {
    if (failed) submit({ fields: [], isValid: true });
  }, [failed, submit]);

  if (remote.state.status === 'loading') return <Loading />;
  if (remote.state.status === 'error') {
    return (
      <div className="ss-stack">
        <Banner tone="warning">{t('optionsFailed')}</Banner>
        <ErrorState error={remote.state.error} onRetry={remote.reload} />
      </div>
    );
  }
  return <IntakeForm options={remote.state.data} submit={submit} />;
}

const FIELD_LABEL: Readonly<Record<IntakeFieldKey, IntakeKey>> = {
  category: 'category',
  subcategory: 'subcategory',
  urgency: 'urgency',
  impact: 'impact',
  impactText: 'impactText',
  department: 'department',
  contact: 'contact',
  occurredAt: 'occurredAt',
  channel: 'channel',
};

function IntakeForm({ options, submit }: { readonly options: IntakeOptions; readonly submit: Submit }) {
  const { locale, timeZone } = useUi();
  const t = createTranslate(messages, locale);
  const [values, setValues] = useState<IntakeValues>(() => emptyValues(options, instantToWallTime(Date.now(), timeZone)));
  const [started, setStarted] = useState(false);
  const errors = useMemo(() => validateIntake(values, options, timeZone, Date.now()), [values, options, timeZone]);

  // JSM reads whatever the panel submitted last when the requester presses Create.
  useEffect(() => {
    submit(toSubmission(values, errors, timeZone));
  }, [values, errors, timeZone, submit]);

  const change = (key: IntakeFieldKey) => (value: string) => {
    setValues((current) => withValue(current, key, value, options));
    setStarted(true);
  };

  const errorOf = (key: IntakeFieldKey): string | undefined => {
    const problem = errors[key];
    // Once the requester has started, every problem shows: JSM only says "the panel is invalid" on Create.
    if (problem === undefined || !started) return undefined;
    const max = key in MAX_LENGTH ? MAX_LENGTH[key as keyof typeof MAX_LENGTH] : 0;
    return t(`problem.${problem}`, { field: t(FIELD_LABEL[key]), max });
  };

  const subcategories = subcategoriesOf(options, values.category);
  const chosenCategory = options.categories.find((c) => c.id === values.category);
  // The standard defines each level per category (hardware: core computer down → urgent …): once the category
  // is known, each level is explained in its terms.
  const definitions = chosenCategory?.urgencyDefinitions ?? null;
  // Before the requester touches the panel its errors stay hidden, and JSM's Create only says "the panel is
  // invalid": this line is what names the fields still to fill when Create is refused.
  const missing = Object.entries(FIELD_LABEL)
    .filter(([key]) => key in errors)
    .map(([, label]) => t(label));

  return (
    <form className="ss-stack" aria-label={t('title')} noValidate onSubmit={(e) => { e.preventDefault(); }}>
      <p className="ss-subtle">{t('intro')}</p>
      {options.agentIntake === null ? null : (
        <section className="ss-stack ss-card" aria-label={t('onBehalfTitle')} data-on-behalf>
          <strong>{t('onBehalfTitle')}</strong>
          <span className="ss-subtle">{t('onBehalfHelp')}</span>
          <SelectField
            label={t('channel')}
            required
            value={values.channel}
            options={options.agentIntake.channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            error={errorOf('channel')}
            onChange={change('channel')}
          />
        </section>
      )}
      {started || missing.length === 0 ? null : (
        <p className="ss-subtle" data-missing>
          {t('stillNeeded', { fields: new Intl.ListFormat(locale, { type: 'conjunction' }).format(missing) })}
        </p>
      )}
      <div className="ss-grid">
        <SelectField
          label={t('category')}
          required
          value={values.category}
          placeholder={t('categoryPlaceholder')}
          options={options.categories.map((c) => ({ value: c.id, label: textFor(c.name, locale) }))}
          error={errorOf('category')}
          onChange={change('category')}
        />
        <SelectField
          label={t('subcategory')}
          required={subcategories.length > 0}
          value={values.subcategory}
          placeholder={values.category === '' ? t('subcategoryFirst') : t('subcategoryPlaceholder')}
          disabled={subcategories.length === 0}
          options={subcategories.map((s) => ({ value: s.id, label: textFor(s.name, locale) }))}
          error={errorOf('subcategory')}
          onChange={change('subcategory')}
        />
      </div>
      <div className="ss-stack" data-urgency-help={definitions === null ? 'general' : values.category}>
        <RadioGroupField
          legend={t('urgency')}
          required
          value={values.urgency}
          options={options.urgencies.map((u) => ({
            value: u.id,
            label: textFor(u.name, locale),
            help: textFor(definitions === null ? u.help : definitions[u.id], locale),
          }))}
          error={errorOf('urgency')}
          onChange={change('urgency')}
        />
        {chosenCategory === undefined ? null : (
          <p className="ss-subtle">
            {definitions === null ? t('urgencyGeneral') : t('urgencyDefinedFor', { category: textFor(chosenCategory.name, locale) })}
          </p>
        )}
      </div>
      <div className="ss-grid">
        <SelectField
          label={t('impact')}
          required
          value={values.impact}
          options={options.impactLevels.map((i) => ({ value: i.id, label: textFor(i.name, locale) }))}
          error={errorOf('impact')}
          onChange={change('impact')}
        />
        <TextField
          label={t('impactText')}
          help={t('impactTextHelp')}
          placeholder={t('impactTextPlaceholder')}
          maxLength={MAX_LENGTH.impactText}
          value={values.impactText}
          error={errorOf('impactText')}
          onChange={change('impactText')}
        />
        <TextField
          label={t('department')}
          required
          maxLength={MAX_LENGTH.department}
          value={values.department}
          error={errorOf('department')}
          onChange={change('department')}
        />
        <TextField
          label={t('contact')}
          help={t('contactHelp')}
          required
          maxLength={MAX_LENGTH.contact}
          value={values.contact}
          error={errorOf('contact')}
          onChange={change('contact')}
        />
        <TextField
          label={t('occurredAt')}
          help={t('occurredAtHelp', { zone: timeZone })}
          required
          type="datetime-local"
          value={values.occurredAt}
          error={errorOf('occurredAt')}
          onChange={change('occurredAt')}
        />
      </div>
    </form>
  );
}
