import { defineConfig, type PluginOption, type UserConfig } from 'vite';

/**
 * Every Custom UI app is written against the React API and built on Preact's React-compatible runtime:
 * React 19 alone is ~60 KB gzip, the whole budget of the agent panel (issue 5), and portal pages open
 * for requesters on any network. The aliases keep `react`/`react-dom` imports (and their types) as they are.
 */
const PREACT_COMPAT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * One build recipe for every app (each passes its own @vitejs/plugin-react instance, which npm installs per
 * workspace): relative asset URLs because Forge serves a resource from an opaque CDN path, and a single
 * Preact copy for the app and the shared ui-kit.
 */
export function appConfig(reactPlugin: PluginOption): UserConfig {
  return defineConfig({
    base: './',
    plugins: [reactPlugin],
    resolve: { alias: PREACT_COMPAT, dedupe: ['preact'] },
    build: { outDir: 'build', emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}
