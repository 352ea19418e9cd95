/** package.json's version, replaced at build time (vite.config.ts and vitest.config.ts `define`). */
// oxlint-disable-next-line no-underscore-dangle -- the name Vite's define replaces
declare const __APP_VERSION__: string;
