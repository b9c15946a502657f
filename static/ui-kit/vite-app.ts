import { defineConfig, type PluginOption, type UserConfig } from 'vite';

export interface AppBuildOptions {
  /**
   * Run the app on Preact's React-compatible runtime. React 19 alone is ~60 KB gzip, which is the whole
   * budget of the agent panel (issue 5), so that surface swaps the runtime while keeping the React API.
   */
  readonly preactCompat?: boolean;
}

/**
 * One build recipe for every Custom UI app (each passes its own @vitejs/plugin-react instance, which npm
 * installs per workspace): relative asset URLs because Forge serves a resource from an
 * opaque CDN path, and a single React copy because the root tree hoists an older React for @atlaskit peers.
 */
export function appConfig(reactPlugin: PluginOption, options: AppBuildOptions = {}): UserConfig {
  const alias = options.preactCompat === true
    ? [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react$/, replacement: 'preact/compat' },
      ]
    : [];
  return defineConfig({
    base: './',
    plugins: [reactPlugin],
    resolve: { alias, dedupe: ['react', 'react-dom', 'preact'] },
    build: { outDir: 'build', emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}
