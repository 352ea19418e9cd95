import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';
import type { PrerenderedView } from './first-view';

/**
 * The app's first render as HTML, for the build to put into index.html and shell.html
 * (scripts/prerender-plugin.ts). Rendered in Node: nothing stored is known, so it is exactly
 * what the browser's first render draws while hydrating (src/app/first-view.tsx).
 */
export function renderFirstView(view: PrerenderedView): string {
  return renderToString(
    <StrictMode>
      <App prerendered={view} />
    </StrictMode>,
  );
}
