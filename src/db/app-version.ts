/** package.json's version, put in by the build (vite.config.ts `define`); written into every backup, informational. */
export const APP_VERSION: string = __APP_VERSION__;
