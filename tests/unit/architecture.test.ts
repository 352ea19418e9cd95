import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layering of src/: each folder may import only from the folders listed for it. */
const ALLOWED: Record<string, string[]> = {
  content: ['content'],
  domain: ['content', 'domain'],
  db: ['content', 'domain', 'db'],
  sync: ['content', 'domain', 'db', 'sync'],
  store: ['domain', 'store'],
  hooks: ['content', 'domain', 'db', 'store', 'hooks', 'sync'],
  components: ['content', 'domain', 'components'],
  pwa: ['store', 'pwa'],
  features: ['content', 'domain', 'db', 'store', 'hooks', 'components'],
  app: ['content', 'domain', 'db', 'store', 'hooks', 'components', 'features', 'pwa', 'app'],
  '.': ['app', 'db', 'pwa', 'store'],
};

/** Packages only some layers may use. */
const PACKAGE_OWNERS: Record<string, string[]> = {
  dexie: ['db'],
  'dexie-react-hooks': ['hooks', 'features', 'app'],
  react: ['hooks', 'components', 'features', 'app', '.', 'store'],
  'react-dom': ['.', 'app'],
  zustand: ['store'],
  'virtual:pwa-register': ['pwa'],
};

const SRC = resolve(__dirname, '../../src');

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): string {
  const parts = relative(SRC, file).split(/[\\/]/);
  return parts.length === 1 ? '.' : (parts[0] ?? '.');
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) found.push(match[1] ?? match[2] ?? match[3] ?? '');
  return found;
}

const files = listSourceFiles(SRC);

describe('architecture', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [relative(SRC, file), file]))('%s imports only from layers to its left', (_name, file) => {
    const layer = layerOf(file);
    const problems: string[] = [];
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (!target.startsWith(SRC)) {
          problems.push(`${specifier} leaves src/`);
          continue;
        }
        const targetLayer = layerOf(target.endsWith('.css') ? target : `${target}.ts`);
        const isAllowed = ALLOWED[layer]?.includes(targetLayer) || (layer === 'features' && targetLayer === 'features');
        if (!isAllowed) problems.push(`${layer} must not import ${targetLayer} (${specifier})`);
        if (layer === 'features' && targetLayer === 'features') {
          const [, ownFeature] = relative(SRC, file).split(/[\\/]/);
          const [, otherFeature] = relative(SRC, target).split(/[\\/]/);
          if (ownFeature !== otherFeature) problems.push(`feature ${ownFeature} must not import feature ${otherFeature}`);
        }
      } else {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);
        const owners = PACKAGE_OWNERS[name];
        if (owners && !owners.includes(layer)) problems.push(`${layer} must not import ${name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(
    files.filter((file) => ['features', 'components', 'app', 'store'].includes(layerOf(file))).map((file) => [relative(SRC, file), file]),
  )('%s imports only types from src/db (writes go through commands, reads through src/hooks)', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type\b)([^'"]*?)from\s*['"]([^'"]+)['"]/gm)]
      .filter((match) => /(^|\/)db\//.test(match[2] ?? ''))
      // `import { type A, type B } from` imports only types too.
      .filter((match) => !/^\{\s*(type\s+\w+\s*,?\s*)+\}\s*$/.test((match[1] ?? '').trim()))
      .map((match) => match[2]);
    const dynamicImports = [...source.matchAll(/import\(\s*['"]([^'"]*\/db\/[^'"]+)['"]\s*\)/g)].map((match) => match[1]);
    expect([...valueImports, ...dynamicImports]).toEqual([]);
  });

  it('lists every write the app makes in the command list (no Dexie writes outside src/db)', () => {
    const offenders = files
      .filter((file) => layerOf(file) !== 'db')
      .filter(
        (file) =>
          /\.(put|bulkPut|add|bulkAdd|delete|bulkDelete|clear|update|modify)\(/.test(readFileSync(file, 'utf8')) &&
          /\bdb\./.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('loads src/sync only lazily from outside it (type imports and import() only)', () => {
    const offenders = files
      .filter((file) => layerOf(file) !== 'sync')
      .filter((file) => /^\s*import\s+(?!type\b)[^;]*?from\s*['"][./]+\/sync\//m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('keeps hidden clocks out of the domain layer (pass today/now in)', () => {
    const offenders = files
      .filter((file) => layerOf(file) === 'domain')
      .filter((file) => /Date\.now\(\)|new Date\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('never renders user text as HTML', () => {
    const offenders = files.filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });
});
