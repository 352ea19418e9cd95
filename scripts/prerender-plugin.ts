// Vite plugin: puts the app's first view into the built HTML, so the browser paints the shell and
// the dashboard's layout from the HTML alone, before any JavaScript has run; src/main.tsx then
// hydrates it. It renders src/app/prerender-entry.tsx in Node (React's renderToString, loaded
// through Vite's module runner, so the TypeScript sources are used as they are) and writes:
//   index.html  (served for "/"):  the shell and the dashboard as a "Loading your progress…" skeleton;
//   shell.html  (every other path): the shell and a loading line only, so a deep link such as
//               /plan or /phase/p2 never flashes the dashboard. The service worker serves it as
//               its navigation fallback; `vite preview` serves it through `serveShellForDeepLinks`.
// Nothing is inlined: no script, no JSON state, no style attribute (the CSP forbids inline
// scripts and styles; the build fails if the rendered HTML has a style attribute).
import path from 'node:path';
import { runnerImport, type Plugin, type PreviewServer } from 'vite';

type PrerenderedView = 'home' | 'shell';
interface PrerenderEntry {
  renderFirstView(view: PrerenderedView): string;
}

export const SHELL_HTML = 'shell.html';
const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * Stand-ins for what the HTML needs no code for: stylesheets (the build links the real ones) and
 * vite-plugin-pwa's virtual module (the prerender registers no service worker).
 */
const prerenderStubs: Plugin = {
  name: 'prerender-stubs',
  enforce: 'pre',
  resolveId(id) {
    if (id === 'virtual:pwa-register') return '\0prerender-pwa-register';
    if (/\.css(\?|$)/.test(id)) return '\0prerender-stylesheet';
    return undefined;
  },
  load(id) {
    if (id === '\0prerender-pwa-register') return 'export function registerSW() { return async () => {}; }';
    if (id === '\0prerender-stylesheet') return 'export default "";';
    return undefined;
  },
};

async function renderViews(root: string, define: Record<string, unknown> | undefined): Promise<Record<PrerenderedView, string>> {
  const { module } = await runnerImport<PrerenderEntry>(path.join(root, 'src', 'app', 'prerender-entry.tsx'), {
    root,
    configFile: false,
    logLevel: 'error',
    // The app's compile-time constants (e.g. __APP_VERSION__), as the client build has them.
    ...(define ? { define } : {}),
    plugins: [prerenderStubs],
  });
  const views = { home: module.renderFirstView('home'), shell: module.renderFirstView('shell') };
  for (const [view, html] of Object.entries(views)) {
    // The CSP (style-src 'self') refuses inline style attributes in HTML; React may set styles
    // from JavaScript later, but the first view must not need them.
    const styled = / style="[^"]*"/.exec(html);
    if (styled) throw new Error(`the prerendered ${view} view has an inline style attribute, which the CSP refuses: ${styled[0]}`);
  }
  return views;
}

function fillRoot(html: string, view: PrerenderedView, markup: string): string {
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender into`);
  return html.replace(ROOT_ELEMENT, () => `<div id="root" data-prerender="${view}">${markup}</div>`);
}

/** Prerenders index.html and writes shell.html next to it (production builds of the app only). */
export function prerenderFirstView(): Plugin {
  let root = process.cwd();
  let isAppBuild = true;
  let define: Record<string, unknown> | undefined;
  return {
    name: 'prerender-first-view',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      isAppBuild = !config.build.ssr && !config.build.lib;
      define = config.define;
    },
    async generateBundle(_options, bundle) {
      if (!isAppBuild) return;
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') {
        this.error('the build emitted no index.html to prerender into');
      }
      const html = index.source;
      const views = await renderViews(root, define);
      index.source = fillRoot(html, 'home', views.home);
      this.emitFile({ type: 'asset', fileName: SHELL_HTML, source: fillRoot(html, 'shell', views.shell) });
    },
  };
}

/**
 * `vite preview`: a page load of any path but "/" (no file extension, HTML accepted) gets
 * shell.html, as the service worker would serve it. Files, "/" and "/index.html" are untouched.
 */
export function serveShellForDeepLinks(): Plugin {
  return {
    name: 'preview-shell-for-deep-links',
    configurePreviewServer(server: PreviewServer) {
      server.middlewares.use((req, _res, next) => {
        const [pathname = '/'] = (req.url ?? '/').split('?');
        const isPageLoad = (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
        const isDeepLink = pathname !== '/' && pathname !== '/index.html' && !path.posix.basename(pathname).includes('.');
        if (isPageLoad && isDeepLink) req.url = `/${SHELL_HTML}`;
        next();
      });
    },
  };
}
