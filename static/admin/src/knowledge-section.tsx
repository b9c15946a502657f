import { SelectField, TextField } from '@support-standard/ui-kit';
import type { SectionProps } from './form-bits';

/** Where knowledge articles drafted from solved requests go (issue 13 point 5). */
export function KnowledgeSection({ config, set, err, t }: SectionProps) {
  const k = config.knowledge;
  return (
    <div className="ss-stack">
      <div className="ss-grid">
        <TextField
          label={t('knowledgeSpace')}
          help={t('knowledgeSpaceHelp')}
          maxLength={255}
          value={k.spaceKey ?? ''}
          error={err('knowledge.spaceKey')}
          onChange={(v) => { set({ ...config, knowledge: { ...k, spaceKey: v.trim() === '' ? null : v.trim() } }); }}
        />
        <SelectField
          label={t('knowledgeLanguage')}
          help={t('knowledgeLanguageHelp')}
          value={k.language}
          options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]}
          error={err('knowledge.language')}
          onChange={(v) => { set({ ...config, knowledge: { ...k, language: v === 'en' ? 'en' : 'zh-CN' } }); }}
        />
      </div>
      <span className="ss-subtle">{t(k.spaceKey === null ? 'knowledgeToMarkdown' : 'knowledgeToConfluence')}</span>
    </div>
  );
}
