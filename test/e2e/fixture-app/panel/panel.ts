/// <reference lib="dom" />
/** A minimal Custom UI page on the real @forge/bridge, so the host's bridge can be tested without the product UI. */
import { events, invoke, requestJira, showFlag, view } from '@forge/bridge';

function show(id: string, value: unknown): void {
  const el = document.getElementById(id);
  if (el !== null) el.textContent = typeof value === 'string' ? value : JSON.stringify(value);
}

function extensionOf(context: unknown): Record<string, unknown> {
  if (typeof context !== 'object' || context === null || !('extension' in context)) return {};
  const ext = context.extension;
  return typeof ext === 'object' && ext !== null ? Object.fromEntries(Object.entries(ext)) : {};
}

async function main(): Promise<void> {
  await view.theme.enable();
  const context: unknown = await view.getContext();
  const extension = extensionOf(context);
  show('type', extension.type);
  show('context', context);
  if (extension.type === 'jiraServiceManagement:portalRequestCreatePropertyPanel') {
    const input = document.createElement('input');
    input.id = 'note';
    input.setAttribute('aria-label', 'note');
    document.body.append(input);
    await view.submit({ fields: [{ key: 'note', value: '' }], isValid: false });
    input.addEventListener('input', () => {
      void view.submit({ fields: [{ key: 'note', value: input.value }], isValid: input.value.trim() !== '' });
    });
    return;
  }
  show('who', await invoke('whoami'));
  const me: unknown = await (await requestJira('/rest/api/3/myself')).json();
  show('me', typeof me === 'object' && me !== null && 'accountId' in me ? me.accountId : me);
  showFlag({ id: 'fixture-flag', title: 'Fixture loaded', type: 'success', isAutoDismiss: true });
  show('done', 'ready');
  await greetOtherFrames(typeof context === 'object' && context !== null && 'moduleKey' in context ? String(context.moduleKey) : '');
}

/** events.emit/on between the app's frames on one page: say hello until another frame has been heard. */
async function greetOtherFrames(self: string): Promise<void> {
  const heard = new Set<string>();
  await events.on('fixture-hello', (payload: unknown) => {
    const from = typeof payload === 'object' && payload !== null && 'from' in payload ? String(payload.from) : '';
    if (from === self || heard.has(from)) return;
    heard.add(from);
    show('heard', [...heard].sort().join(','));
    // Answer a newcomer once, so a frame that subscribed late still hears this one.
    void events.emit('fixture-hello', { from: self });
  });
  for (let i = 0; i < 20 && heard.size === 0; i++) {
    await events.emit('fixture-hello', { from: self });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

main().catch((error: unknown) => {
  show('error', error instanceof Error ? error.message : String(error));
});
