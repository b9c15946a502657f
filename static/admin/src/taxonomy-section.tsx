import type { Category, ImpactLevel } from '../../../src/domain/config';
import { SelectField, TextField, textFor } from '@support-standard/ui-kit';
import { removeAt, replaceAt } from './edit-helpers';
import { LocalizedFields, NumberField, type SectionProps } from './form-bits';
import { definitionsFromGeneral, dropDefinitions, renameDefinitions } from './urgency-definitions-edit';
import { LEVEL_IDS } from '../../../src/domain/vocabulary/levels';

const newText = () => ({ 'zh-CN': '', en: '' });

export function TaxonomySection({ config, set, err, t, locale }: SectionProps) {
  const categories = config.taxonomy.categories;
  const setCategories = (next: Category[]) => {
    set({ ...config, taxonomy: { ...config.taxonomy, categories: next } });
  };
  const setImpacts = (next: ImpactLevel[]) => {
    set({ ...config, impactLevels: next });
  };
  return (
    <div className="ss-stack">
      <h3>{t('categories')}</h3>
      {categories.map((category, ci) => {
        const path = `taxonomy.categories[${ci}]`;
        const setCategory = (next: Category) => {
          setCategories(replaceAt(categories, ci, next));
        };
        const definitions = config.urgencyDefinitions[category.id];
        return (
          <div key={ci} className="ss-card ss-stack" data-category={category.id}>
            <div className="ss-grid">
              <TextField label={t('id')} help={t('idHelp')} required value={category.id} error={err(`${path}.id`)} onChange={(id) => { set({ ...config, taxonomy: { ...config.taxonomy, categories: replaceAt(categories, ci, { ...category, id }) }, urgencyDefinitions: renameDefinitions(config.urgencyDefinitions, category.id, id) }); }} />
              <LocalizedFields value={category.name} path={`${path}.name`} err={err} t={t} onChange={(name) => { setCategory({ ...category, name }); }} />
            </div>
            <strong>{t('subcategories')}</strong>
            {category.subcategories.map((sub, si) => {
              const subPath = `${path}.subcategories[${si}]`;
              return (
                <div key={si} className="ss-row" style={{ alignItems: 'flex-end' }}>
                  <div className="ss-grid" style={{ flex: 1 }}>
                    <TextField label={t('id')} required value={sub.id} error={err(`${subPath}.id`)} onChange={(id) => { setCategory({ ...category, subcategories: replaceAt(category.subcategories, si, { ...sub, id }) }); }} />
                    <LocalizedFields value={sub.name} path={`${subPath}.name`} err={err} t={t} onChange={(name) => { setCategory({ ...category, subcategories: replaceAt(category.subcategories, si, { ...sub, name }) }); }} />
                  </div>
                  <button type="button" className="ss-button" aria-label={`${t('remove')} ${sub.id}`} onClick={() => { setCategory({ ...category, subcategories: removeAt(category.subcategories, si) }); }}>
                    {t('remove')}
                  </button>
                </div>
              );
            })}
            <strong>{t('urgencyDefinitions')}</strong>
            {definitions === undefined ? (
              <div>
                <button type="button" className="ss-button" onClick={() => { set({ ...config, urgencyDefinitions: { ...config.urgencyDefinitions, [category.id]: definitionsFromGeneral(config.urgencies) } }); }}>
                  {t('defineUrgencies')}
                </button>
              </div>
            ) : (
              LEVEL_IDS.map((level) => (
                <div key={level} className="ss-grid" data-definition={`${category.id}.${level}`}>
                  <LocalizedFields value={definitions[level]} path={`urgencyDefinitions.${category.id}.${level}`} err={err} t={t} label={t(`level.${level}`)} onChange={(text) => { set({ ...config, urgencyDefinitions: { ...config.urgencyDefinitions, [category.id]: { ...definitions, [level]: text } } }); }} />
                </div>
              ))
            )}
            <div className="ss-row">
              <button type="button" className="ss-button" onClick={() => { setCategory({ ...category, subcategories: [...category.subcategories, { id: '', name: newText() }] }); }}>
                {t('addSubcategory')}
              </button>
              <button type="button" className="ss-button" aria-label={`${t('removeCategory')} ${category.id}`} onClick={() => { set({ ...config, taxonomy: { ...config.taxonomy, categories: removeAt(categories, ci) }, urgencyDefinitions: dropDefinitions(config.urgencyDefinitions, category.id) }); }}>
                {t('removeCategory')}
              </button>
            </div>
          </div>
        );
      })}
      <div>
        <button type="button" className="ss-button" onClick={() => { setCategories([...categories, { id: '', name: newText(), subcategories: [] }]); }}>
          {t('addCategory')}
        </button>
      </div>

      <h3>{t('urgencies')}</h3>
      {LEVEL_IDS.map((level) => (
        <div key={level} className="ss-card ss-grid">
          <LocalizedFields value={config.urgencies[level].name} path={`urgencies.${level}.name`} err={err} t={t} label={t(`level.${level}`)} onChange={(name) => { set({ ...config, urgencies: { ...config.urgencies, [level]: { ...config.urgencies[level], name } } }); }} />
          <LocalizedFields value={config.urgencies[level].help} path={`urgencies.${level}.help`} err={err} t={t} label={t('urgencyHelp')} onChange={(help) => { set({ ...config, urgencies: { ...config.urgencies, [level]: { ...config.urgencies[level], help } } }); }} />
        </div>
      ))}

      <h3>{t('impactLevels')}</h3>
      {config.impactLevels.map((impact, ii) => {
        const path = `impactLevels[${ii}]`;
        return (
          <div key={ii} className="ss-row" style={{ alignItems: 'flex-end' }}>
            <div className="ss-grid" style={{ flex: 1 }}>
              <TextField label={t('id')} required value={impact.id} error={err(`${path}.id`)} onChange={(id) => { setImpacts(replaceAt(config.impactLevels, ii, { ...impact, id })); }} />
              <NumberField label={t('rank')} required value={impact.rank} error={err(`${path}.rank`)} onChange={(rank) => { setImpacts(replaceAt(config.impactLevels, ii, { ...impact, rank })); }} />
              <LocalizedFields value={impact.name} path={`${path}.name`} err={err} t={t} onChange={(name) => { setImpacts(replaceAt(config.impactLevels, ii, { ...impact, name })); }} />
            </div>
            <button type="button" className="ss-button" aria-label={`${t('remove')} ${impact.id}`} onClick={() => { setImpacts(removeAt(config.impactLevels, ii)); }}>
              {t('remove')}
            </button>
          </div>
        );
      })}
      <div>
        <button type="button" className="ss-button" onClick={() => { setImpacts([...config.impactLevels, { id: '', rank: config.impactLevels.length + 1, name: newText() }]); }}>
          {t('addImpact')}
        </button>
      </div>

      <h3>{t('intakeDefaults')}</h3>
      <div className="ss-grid">
        <SelectField label={t('defaultCategory')} required value={config.intakeDefaults.category} error={err('intakeDefaults.category')} options={categories.map((c) => ({ value: c.id, label: textFor(c.name, locale) }))} onChange={(category) => { set({ ...config, intakeDefaults: { ...config.intakeDefaults, category } }); }} />
        <SelectField label={t('defaultUrgency')} required value={config.intakeDefaults.urgency} error={err('intakeDefaults.urgency')} options={LEVEL_IDS.map((l) => ({ value: l, label: t(`level.${l}`) }))} onChange={(value) => { const urgency = LEVEL_IDS.find((l) => l === value); if (urgency !== undefined) set({ ...config, intakeDefaults: { ...config.intakeDefaults, urgency } }); }} />
        <SelectField label={t('defaultImpact')} required value={config.intakeDefaults.impact} error={err('intakeDefaults.impact')} options={config.impactLevels.map((i) => ({ value: i.id, label: textFor(i.name, locale) }))} onChange={(impact) => { set({ ...config, intakeDefaults: { ...config.intakeDefaults, impact } }); }} />
      </div>
    </div>
  );
}
