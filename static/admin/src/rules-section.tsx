import { useState } from 'react';
import type { PriorityRule, RuleConditions, UrgencyId } from '../../../src/domain/config';
import { decidePriority, type PriorityDecision } from '../../../src/domain/priority';
import { SelectField, TextField, textFor } from '@support-standard/ui-kit';
import { moveItem, removeAt, replaceAt } from './edit-helpers';
import { Checkbox, LocalizedFields, Picker, type SectionProps } from './form-bits';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';

const asLevel = (value: string): UrgencyId | undefined => LEVEL_IDS.find((l) => l === value);

/** A condition left empty is left out, which the schema reads as "matches anything". */
const withList = (conditions: RuleConditions, key: 'categories' | 'subcategories', list: readonly string[]): RuleConditions => {
  const { [key]: _dropped, ...rest } = conditions;
  return list.length === 0 ? rest : { ...rest, [key]: [...list] };
};

const withUrgencies = (conditions: RuleConditions, list: readonly UrgencyId[]): RuleConditions => {
  const { urgencies: _dropped, ...rest } = conditions;
  return list.length === 0 ? rest : { ...rest, urgencies: [...list] };
};

const IN_PREFIX = 'in:';

export function RulesSection({ config, set, err, t, locale }: SectionProps) {
  const rules = config.priorityRules;
  const setRules = (next: PriorityRule[]) => {
    set({ ...config, priorityRules: next });
  };
  return (
    <div className="ss-stack">
      <p className="ss-subtle">{t('rulesHint')}</p>
      <ol className="ss-stack" style={{ paddingLeft: 'var(--ss-space-200)' }}>
        {rules.map((rule, index) => {
          const path = `priorityRules[${index}]`;
          const setRule = (next: PriorityRule) => {
            setRules(replaceAt(rules, index, next));
          };
          const c = rule.conditions;
          const impactValue = c.impact === undefined ? '' : 'atLeast' in c.impact ? c.impact.atLeast : IN_PREFIX;
          const impactOptions = [
            ...config.impactLevels.map((i) => ({ value: i.id, label: `≥ ${textFor(i.name, locale)}` })),
            { value: IN_PREFIX, label: t('impactOneOf') },
          ];
          const impactIn = c.impact !== undefined && 'in' in c.impact ? c.impact.in : null;
          return (
            <li key={index} className="ss-card ss-stack" data-rule={rule.id}>
              <div className="ss-row" style={{ justifyContent: 'space-between' }}>
                <strong>{t('ruleN', { n: index + 1 })}</strong>
                <div className="ss-row">
                  <Checkbox label={t('enabled')} checked={rule.enabled} onChange={(enabled) => { setRule({ ...rule, enabled }); }} />
                  <button type="button" className="ss-button" disabled={index === 0} onClick={() => { setRules(moveItem(rules, index, index - 1)); }}>
                    {t('moveUp')}
                  </button>
                  <button type="button" className="ss-button" disabled={index === rules.length - 1} onClick={() => { setRules(moveItem(rules, index, index + 1)); }}>
                    {t('moveDown')}
                  </button>
                  <button type="button" className="ss-button" onClick={() => { setRules(removeAt(rules, index)); }}>
                    {t('remove')}
                  </button>
                </div>
              </div>
              <div className="ss-grid">
                <TextField label={t('id')} required value={rule.id} error={err(`${path}.id`)} onChange={(id) => { setRule({ ...rule, id }); }} />
                <LocalizedFields value={rule.name} path={`${path}.name`} err={err} t={t} onChange={(name) => { setRule({ ...rule, name }); }} />
                <SelectField
                  label={t('condImpact')}
                  value={impactValue}
                  placeholder={t('anything')}
                  options={impactOptions}
                  error={err(`${path}.conditions.impact`) ?? err(`${path}.conditions.impact.atLeast`)}
                  onChange={(value) => {
                    const { impact: _dropped, ...rest } = c;
                    if (value === '') setRule({ ...rule, conditions: rest });
                    else if (value === IN_PREFIX) setRule({ ...rule, conditions: { ...rest, impact: { in: impactIn ?? config.impactLevels.slice(0, 1).map((i) => i.id) } } });
                    else setRule({ ...rule, conditions: { ...rest, impact: { atLeast: value } } });
                  }}
                />
                <SelectField label={t('thenPriority')} required value={rule.priority} error={err(`${path}.priority`)} options={LEVEL_IDS.map((l) => ({ value: l, label: t(`level.${l}`) }))} onChange={(value) => { const priority = asLevel(value); if (priority !== undefined) setRule({ ...rule, priority }); }} />
              </div>
              <Picker
                legend={t('condCategories')}
                help={t('pickHelp')}
                error={err(`${path}.conditions.categories`) ?? err(`${path}.conditions.categories[0]`)}
                options={config.taxonomy.categories.map((cat) => ({ value: cat.id, label: textFor(cat.name, locale) }))}
                chosen={c.categories ?? []}
                onChange={(list) => { setRule({ ...rule, conditions: withList(c, 'categories', list) }); }}
              />
              <Picker
                legend={t('condSubcategories')}
                help={t('pickHelp')}
                error={err(`${path}.conditions.subcategories`) ?? err(`${path}.conditions.subcategories[0]`)}
                options={config.taxonomy.categories
                  .filter((cat) => (c.categories ?? []).length === 0 || (c.categories ?? []).includes(cat.id) || cat.subcategories.some((sub) => (c.subcategories ?? []).includes(sub.id)))
                  .flatMap((cat) => cat.subcategories.map((sub) => ({ value: sub.id, label: `${textFor(cat.name, locale)} / ${textFor(sub.name, locale)}` })))}
                chosen={c.subcategories ?? []}
                onChange={(list) => { setRule({ ...rule, conditions: withList(c, 'subcategories', list) }); }}
              />
              {impactIn === null ? null : (
                <Picker
                  legend={t('impactOneOf')}
                  error={err(`${path}.conditions.impact.in`) ?? err(`${path}.conditions.impact`)}
                  options={config.impactLevels.map((i) => ({ value: i.id, label: textFor(i.name, locale) }))}
                  chosen={impactIn}
                  onChange={(list) => { const { impact: _dropped, ...rest } = c; setRule({ ...rule, conditions: { ...rest, impact: { in: [...list] } } }); }}
                />
              )}
              <fieldset className="ss-row" style={{ border: 'none', margin: 0, padding: 0 }}>
                <legend className="ss-legend">{t('condUrgencies')}</legend>
                {LEVEL_IDS.map((level) => {
                  const chosen = c.urgencies ?? [];
                  return (
                    <Checkbox
                      key={level}
                      label={t(`level.${level}`)}
                      checked={chosen.includes(level)}
                      onChange={(on) => { setRule({ ...rule, conditions: withUrgencies(c, on ? [...chosen, level] : chosen.filter((u) => u !== level)) }); }}
                    />
                  );
                })}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button
          type="button"
          className="ss-button"
          onClick={() => { setRules([...rules, { id: `rule-${rules.length + 1}`, name: { 'zh-CN': '', en: '' }, enabled: true, conditions: {}, priority: 'medium' }]); }}
        >
          {t('addRule')}
        </button>
      </div>
      <RuleTester config={config} set={set} err={err} t={t} locale={locale} />
    </div>
  );
}

/** "Test these inputs": runs the same pure decision the backend runs, on the rules as edited. */
function RuleTester({ config, t, locale }: SectionProps) {
  const [category, setCategory] = useState(config.intakeDefaults.category);
  const [subcategory, setSubcategory] = useState('');
  const [urgency, setUrgency] = useState<UrgencyId>(config.intakeDefaults.urgency);
  const [impact, setImpact] = useState(config.intakeDefaults.impact);
  const [result, setResult] = useState<PriorityDecision | null>(null);
  const subs = config.taxonomy.categories.find((c) => c.id === category)?.subcategories ?? [];
  return (
    <section className="ss-card ss-stack" aria-labelledby="tester-title">
      <h3 id="tester-title">{t('test')}</h3>
      <p className="ss-subtle">{t('testHint')}</p>
      <div className="ss-grid">
        <SelectField label={t('category')} value={category} options={config.taxonomy.categories.map((c) => ({ value: c.id, label: textFor(c.name, locale) }))} onChange={(v) => { setCategory(v); setSubcategory(''); }} />
        <SelectField label={t('subcategory')} value={subcategory} placeholder={t('none')} options={subs.map((s) => ({ value: s.id, label: textFor(s.name, locale) }))} onChange={setSubcategory} />
        <SelectField label={t('urgency')} value={urgency} options={LEVEL_IDS.map((l) => ({ value: l, label: t(`level.${l}`) }))} onChange={(v) => { const level = asLevel(v); if (level !== undefined) setUrgency(level); }} />
        <SelectField label={t('impact')} value={impact} options={config.impactLevels.map((i) => ({ value: i.id, label: textFor(i.name, locale) }))} onChange={setImpact} />
      </div>
      <div>
        <button
          type="button"
          className="ss-button ss-button-primary"
          onClick={() => {
            setResult(decidePriority(config, { category, urgency, urgencyVerified: true, impact, ...(subcategory === '' ? {} : { subcategory }) }));
          }}
        >
          {t('test')}
        </button>
      </div>
      {result === null ? null : (
        <div role="status" data-test-result={result.priority}>
          <strong>{t('testResult', { priority: t(`level.${result.priority}`) })}</strong>
          <div className="ss-subtle">{result.rule === null ? t('testDefault') : t('testRule', { rule: textFor(result.rule.name, locale) })}</div>
          <div className="ss-subtle">{locale === 'en' ? result.reason.en : result.reason.zh}</div>
        </div>
      )}
    </section>
  );
}
