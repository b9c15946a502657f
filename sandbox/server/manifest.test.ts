import { parseManifest } from './manifest';

const MANIFEST = `
app:
  id: ari:cloud:ecosystem::app/d3adb33f-2ed0-4502-82f5-54ae21ea2f72
  runtime: { name: nodejs20.x }
modules:
  jira:issuePanel:
    - key: agent-panel
      resource: agent-panel
      resolver: { function: resolver }
      title: Support Standard
      icon: resource:agent-panel;icon.svg
  jiraServiceManagement:portalRequestCreatePropertyPanel:
    - key: portal-intake
      resource: portal-intake
      title: { i18n: intake.title }
  jira:entityProperty:
    - key: ts-meta-index
      propertyKey: ts.meta
      values:
        - { path: serviceNumber, type: string, searchAlias: tsServiceNumber }
        - { path: urgency, type: number }
  function:
    - key: resolver
      handler: index.handler
resources:
  - key: agent-panel
    path: static/agent-panel/build
  - key: portal-intake
    path: static/portal-intake/build
`;

describe('parseManifest', () => {
  it('extracts UI modules with their resource paths, the app uuid and entity-property indexes', () => {
    const info = parseManifest(MANIFEST);
    expect(info.appUuid).toBe('d3adb33f-2ed0-4502-82f5-54ae21ea2f72');
    expect(info.uiModules).toEqual([
      { type: 'jira:issuePanel', key: 'agent-panel', title: 'Support Standard', titles: {}, resourcePath: 'static/agent-panel/build' },
      {
        type: 'jiraServiceManagement:portalRequestCreatePropertyPanel',
        key: 'portal-intake',
        title: 'intake.title',
        titles: {},
        resourcePath: 'static/portal-intake/build',
      },
    ]);
    expect(info.entityPropertyIndexes).toEqual([
      {
        propertyKey: 'ts.meta',
        entityType: 'issue',
        values: [
          { path: 'serviceNumber', type: 'string', searchAlias: 'tsServiceNumber' },
          { path: 'urgency', type: 'number' },
        ],
      },
    ]);
  });

  it('reads an i18n title from the manifest\'s translation files, per language, the default language first', () => {
    const withTranslations = `${MANIFEST}translations:
  resources:
    - { key: en-US, path: locales/en-US.json }
    - { key: zh-CN, path: locales/zh-CN.json }
  fallback:
    default: en-US
`;
    const files: Record<string, unknown> = {
      'locales/en-US.json': { intake: { title: 'Service details' } },
      'locales/zh-CN.json': { 'intake.title': '服务信息' },
    };
    const intake = parseManifest(withTranslations, (path) => files[path]).uiModules.find((m) => m.key === 'portal-intake');
    expect(intake).toMatchObject({ title: 'Service details', titles: { en: 'Service details', 'zh-CN': '服务信息' } });
  });

  it('rejects a manifest without app.id', () => {
    expect(() => parseManifest('modules: {}')).toThrow(/app/);
  });
});
