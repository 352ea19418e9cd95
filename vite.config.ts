import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderFirstView, serveShellForDeepLinks, SHELL_HTML } from './scripts/prerender-plugin';
import { splitFirstView } from './scripts/first-load-chunk';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

type ModuleInfoLookup = (id: string) => { importedIds: readonly string[] } | null;
const entryHtml = fileURLToPath(new URL('./index.html', import.meta.url));
let firstLoad: Set<string> | undefined;

/** Whether the module is reached from index.html through static imports only. */
function isFirstLoad(id: string, getModuleInfo: ModuleInfoLookup): boolean {
  if (!firstLoad) {
    firstLoad = new Set();
    const queue = [entryHtml];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (firstLoad.has(next)) continue;
      firstLoad.add(next);
      queue.push(...(getModuleInfo(next)?.importedIds ?? []));
    }
  }
  return firstLoad.has(id);
}

export default defineConfig({
  // Written into every backup file (src/db/app-version.ts).
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    // The first view in the HTML: index.html for "/", shell.html for deep links (see the plugin).
    prerenderFirstView(),
    serveShellForDeepLinks(),
    // The first view's JavaScript in one chunk instead of about 25 small ones (see the plugin).
    splitFirstView(),
    VitePWA({
      // Never swap the app under the user's hands: a new version waits for "Reload to update".
      registerType: 'prompt',
      strategies: 'generateSW',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Healthcare AI Roadmap Tracker',
        short_name: 'HC AI Roadmap',
        description:
          'Offline progress tracker for the nine-month AI Healthcare Analytics Specialist roadmap: checklists, milestones, resources and pace.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0f5f66',
        background_color: '#f7f8f6',
        categories: ['education', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Long-press (Android) or right-click (desktop) on the installed app's icon. Icons are in
        // public/icons (npm run icons), precached with the rest, so the shortcuts open offline.
        shortcuts: [
          {
            name: 'Today: what to study now',
            short_name: 'Today',
            url: '/#today',
            icons: [{ src: '/icons/shortcut-today-96.png', sizes: '96x96', type: 'image/png' }],
          },
          {
            name: 'Log a study session',
            short_name: 'Log a session',
            url: '/log',
            icons: [{ src: '/icons/shortcut-log-96.png', sizes: '96x96', type: 'image/png' }],
          },
          {
            name: 'Practise interview questions',
            short_name: 'Practise',
            url: '/practice',
            icons: [{ src: '/icons/shortcut-practice-96.png', sizes: '96x96', type: 'image/png' }],
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,ico}'],
        // "/" is precached as index.html (the dashboard's first view); every other page load gets
        // the neutral shell, so a deep link opened offline never flashes the dashboard.
        navigateFallback: SHELL_HTML,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The HTML keeps its module preloads; a lazy chunk's JavaScript dependencies are not announced
    // with <link rel="modulepreload"> (about 100 ms of main-thread work on a phone for the ~17 of a
    // command group): the service worker serves them from its cache, so fetching them as the
    // import asks costs little. Stylesheets of lazy chunks still load with them.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    sourcemap: false,
    rollupOptions: {
      output: {
        // Everything the first view imports statically goes into one chunk: it all loads at once
        // anyway, and one file compresses better and carries no import/export glue between chunks
        // (about 5 KB gzipped over two dozen small shared chunks). Lazy views keep their own chunks.
        manualChunks: (id, { getModuleInfo }) => (isFirstLoad(id, getModuleInfo) ? 'app' : null),
      },
    },
  },
  preview: {
    host: '127.0.0.1',
  },
});
