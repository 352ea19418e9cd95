#!/usr/bin/env node
// Regenerates the PNG app icons from public/favicon.svg with playwright-core and the system
// Chromium ($CHROME_PATH or /usr/bin/chromium; never downloaded). Not part of the build: run it
// after editing the SVG (npm run icons) and commit the PNGs.
//
// public/favicon.svg must contain <rect id="bg" ... fill="…"/> and <g id="glyph">…</g>.
//   public/icons/icon-192.png, icon-512.png  purpose "any": the SVG as is (transparent rounded corners)
//   public/icons/icon-maskable-512.png        purpose "maskable": full-bleed background, glyph scaled
//                                             to sit inside the central 80% safe zone
//   public/apple-touch-icon.png (180×180)     full-bleed and opaque (iOS rounds the corners itself)
//   public/icons/shortcut-*.png (96×96)       manifest shortcuts (Today, Log, Practise): the app's
//                                             background with the navigation's line icon in white
//
// `npm run icons -- --shortcuts` renders only the shortcut icons and leaves the others untouched.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC = path.join(ROOT, 'public');
const source = readFileSync(path.join(PUBLIC, 'favicon.svg'), 'utf8');

const glyph = source.match(/<g\b[^>]*\bid="glyph"[^>]*>[\s\S]*?<\/g>/)?.[0];
const bgFill = source.match(/<rect\b[^>]*\bid="bg"[^>]*>/)?.[0].match(/\bfill="([^"]+)"/)?.[1];
const viewBox = source.match(/\bviewBox="([^"]+)"/)?.[1] ?? '0 0 512 512';
if (!glyph || !bgFill) {
  console.error('make-icons: public/favicon.svg needs <rect id="bg" fill="…"> and <g id="glyph">…</g>');
  process.exit(1);
}
const [, , vbW, vbH] = viewBox.split(/[\s,]+/).map(Number);
const cx = vbW / 2;
const cy = vbH / 2;

/** Full-bleed square background with the glyph scaled about the centre. */
const fullBleed = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">` +
  `<rect width="${vbW}" height="${vbH}" fill="${bgFill}"/>` +
  `<g transform="translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})">${glyph}</g></svg>`;

/** 24×24 line icons, as in the navigation (src/app/app-header.tsx), on the app's background. */
const SHORTCUT_GLYPHS = {
  today: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4M8.5 14.5l2.5 2.5 4.5-4.5',
  log: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
  practice: 'M4 5h12v10H4zM8 19h12V9',
};
const shortcutSvg = (d) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">` +
  `<rect width="24" height="24" rx="5" fill="${bgFill}"/>` +
  `<g transform="translate(12 12) scale(0.68) translate(-12 -12)"><path d="${d}" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;
const shortcutOutputs = Object.entries(SHORTCUT_GLYPHS).map(([name, d]) => ({
  file: `icons/shortcut-${name}-96.png`,
  size: 96,
  svg: shortcutSvg(d),
  transparent: true,
}));

const appOutputs = [
  { file: 'icons/icon-192.png', size: 192, svg: source, transparent: true },
  { file: 'icons/icon-512.png', size: 512, svg: source, transparent: true },
  // Safe zone for maskable icons: a circle of radius 40% of the size. At 0.8 the glyph's farthest
  // point is ~174/512 units from the centre, inside the 204.8 radius.
  { file: 'icons/icon-maskable-512.png', size: 512, svg: fullBleed(0.8), transparent: false },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.9), transparent: false },
];
const outputs = process.argv.includes('--shortcuts') ? shortcutOutputs : [...appOutputs, ...shortcutOutputs];

function pngSize(buf) {
  // PNG signature (8 bytes), IHDR length+type (8 bytes), then width and height (big-endian).
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  // One page at a time: each icon is rendered, measured and written before the next.
  /* oxlint-disable no-await-in-loop */
  for (const out of outputs) {
    const page = await browser.newPage({ viewport: { width: out.size, height: out.size }, deviceScaleFactor: 1 });
    const svg = out.svg.replace(/<svg\b([^>]*)>/, (_m, attrs) => {
      const rest = attrs.replace(/\s(width|height)="[^"]*"/g, '');
      return `<svg${rest} width="${out.size}" height="${out.size}">`;
    });
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${svg}</body></html>`,
    );
    const png = await page.screenshot({
      type: 'png',
      clip: { x: 0, y: 0, width: out.size, height: out.size },
      omitBackground: out.transparent,
    });
    await page.close();
    const { width, height } = pngSize(png);
    if (width !== out.size || height !== out.size) {
      throw new Error(`${out.file}: rendered ${width}×${height}, expected ${out.size}×${out.size}`);
    }
    const target = path.join(PUBLIC, out.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, png);
    console.log(`public/${out.file}  ${width}×${height}  ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
