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
      { type: 'jira:issuePanel', key: 'agent-panel', title: 'Support Standard', resourcePath: 'static/agent-panel/build' },
      {
        type: 'jiraServiceManagement:portalRequestCreatePropertyPanel',
        key: 'portal-intake',
        title: 'intake.title',
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

  it('rejects a manifest without app.id', () => {
    expect(() => parseManifest('modules: {}')).toThrow(/app/);
  });
});
