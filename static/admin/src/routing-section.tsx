import type { AssigneeGroup } from '../../../src/domain/config';
import { SelectField, TextField, textFor } from '@support-standard/ui-kit';
import { ListField, LocalizedFields, type SectionProps } from './form-bits';

export function RoutingSection({ config, set, err, t, locale }: SectionProps) {
  const r = config.routing;
  const setGroup = (id: string, group: AssigneeGroup) => {
    set({ ...config, routing: { ...r, groups: { ...r.groups, [id]: group } } });
  };
  return (
    <div className="ss-stack">
      <div className="ss-grid">
        <SelectField label={t('strategy')} help={t(r.strategy === 'least-loaded' ? 'leastLoadedHelp' : 'roundRobinHelp')} value={r.strategy} options={[{ value: 'round-robin', label: t('roundRobin') }, { value: 'least-loaded', label: t('leastLoaded') }]} onChange={(v) => { set({ ...config, routing: { ...r, strategy: v === 'least-loaded' ? 'least-loaded' : 'round-robin' } }); }} />
        <SelectField
          label={t('rerouteOnReclassify')}
          help={t('rerouteHelp')}
          value={r.rerouteOnReclassify === true ? 'again' : 'keep'}
          options={[{ value: 'keep', label: t('rerouteKeep') }, { value: 'again', label: t('rerouteAgain') }]}
          onChange={(v) => { set({ ...config, routing: { ...r, rerouteOnReclassify: v === 'again' } }); }}
        />
        <TextField
          label={t('dutySupervisor')}
          help={t('accountHelp')}
          value={r.dutySupervisor ?? ''}
          error={err('routing.dutySupervisor')}
          onChange={(v) => {
            const { dutySupervisor: _dropped, ...rest } = r;
            set({ ...config, routing: v.trim() === '' ? rest : { ...rest, dutySupervisor: v.trim() } });
          }}
        />
      </div>
      <h3>{t('groups')}</h3>
      {config.taxonomy.categories.map((category) => {
        const group = r.groups[category.id] ?? { name: category.name, members: [] };
        const path = `routing.groups.${category.id}`;
        return (
          <section key={category.id} className="ss-card ss-stack" aria-label={textFor(category.name, locale)}>
            <strong>{textFor(category.name, locale)}</strong>
            <div className="ss-grid">
              <LocalizedFields value={group.name} path={`${path}.name`} err={err} t={t} onChange={(name) => { setGroup(category.id, { ...group, name }); }} />
              <ListField label={t('members')} help={t('accountHelp')} value={group.members} error={err(`${path}.members`) ?? err(`${path}.members[0]`)} onChange={(members) => { setGroup(category.id, { ...group, members: [...members] }); }} />
            </div>
          </section>
        );
      })}
    </div>
  );
}
