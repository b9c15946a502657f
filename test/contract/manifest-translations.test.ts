import { join } from 'node:path';
import { readManifest, titleIn } from '../../sandbox/server/manifest';

/** Module titles come from the manifest's `translations` (locales/*.json), in Chinese and in English. */
describe('manifest translations of the module titles', () => {
  const modules = readManifest(join(__dirname, '..', '..', 'manifest.yml')).uiModules;

  // "SLA" is how Chinese desks write it (SLA 概览); any other Latin letters in a zh-CN title would be English run in.
  it('gives every UI module a title in zh-CN and en, neither the i18n key nor the two languages run together', () => {
    expect(modules.map((m) => m.key).sort()).toEqual(['admin', 'agent-panel', 'portal-intake', 'portal-request', 'reports', 'sla-overview']);
    for (const module of modules) {
      const zh = titleIn(module, 'zh-CN');
      const en = titleIn(module, 'en');
      expect({ key: module.key, zh: /\p{Script=Han}/u.test(zh) && !/[A-Za-z]/.test(zh.replace(/\bSLA\b/g, '')), en: /^[A-Za-z ]+$/.test(en) }).toEqual({ key: module.key, zh: true, en: true });
    }
    expect(titleIn(modules.find((m) => m.key === 'portal-intake')!, 'zh-CN')).toBe('服务信息');
    expect(titleIn(modules.find((m) => m.key === 'reports')!, 'en')).toBe('Service reports');
  });
});
