import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { titleIn, type UiModule } from '../server/manifest';
import type { FrameTarget } from './extension-context';
import { html, type Raw } from './html';
import type { Lang } from './i18n';

let frameCounter = 0;

export function resourceDir(appRoot: string, module: UiModule): string | undefined {
  if (module.resourcePath === undefined) return undefined;
  const dir = join(appRoot, module.resourcePath);
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

export interface FrameOptions {
  readonly module: UiModule;
  readonly target: FrameTarget;
  readonly context: Record<string, unknown>;
  readonly appRoot: string;
  readonly missingText: string;
  /** The viewer's language: the module's title is shown in it. */
  readonly lang: Lang;
  /** Create-property panels are submittable: their `view.submit` data rides along with the host form. */
  readonly submittable?: boolean;
}

/** An app panel: the module's real Custom UI build in an iframe, with what the host bridge needs to answer it. */
export function appFrame(options: FrameOptions): Raw {
  const { module, target, context } = options;
  const title = titleIn(module, options.lang);
  if (resourceDir(options.appRoot, module) === undefined) {
    return html`<section class="app-panel"><header><span class="app-badge">App</span>${title}</header><div class="banner warning">${options.missingText} (${module.key})</div></section>`;
  }
  frameCounter += 1;
  const id = `${module.key}-${String(frameCounter)}`;
  const submittable = options.submittable === true;
  return html`<section class="app-panel" data-module="${module.key}">
  <header><span class="app-badge">App</span>${title}</header>
  <iframe class="forge-frame" title="${title}" data-forge-frame="${id}" data-testid="frame-${module.key}"
    data-descriptor="${JSON.stringify(target)}" data-context="${JSON.stringify(context)}" data-submittable="${submittable ? 'true' : 'false'}"
    src="/__resources/${encodeURIComponent(module.key)}/index.html"></iframe>
  ${submittable ? html`<input type="hidden" name="panelData" data-panel-data="${id}" value="">` : ''}
</section>`;
}
