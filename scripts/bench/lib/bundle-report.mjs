// First-load sizes: scripts/bundle-size.mjs --json (the CI budget check, reused as is) plus, from
// the chunks recorded during the build, which modules make up the first-load JavaScript.
import { spawn } from 'node:child_process';
import path from 'node:path';

export function runBundleSize(root, distDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'bundle-size.mjs'), '--json', '--dist', distDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      try {
        // Exit status 1 = over budget: the JSON report is still complete.
        const report = JSON.parse(out);
        if (report.error) reject(new Error(`bundle-size: ${report.error}`));
        else resolve({ ...report, exitCode: code });
      } catch {
        reject(new Error(`bundle-size printed no JSON (exit ${code}): ${err.trim() || out.trim()}`));
      }
    });
  });
}

/** Which package or source folder a bundled module belongs to. */
function groupOf(id, root) {
  const clean = id.replace(/^\0/, '').split('?')[0];
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (clean.startsWith(root)) {
    const rel = path.relative(root, clean).split(path.sep).join('/');
    const parts = rel.split('/');
    // src/content/healthcare-ai-roadmap.ts stays a file; other src files group by folder.
    if (parts[0] === 'src' && parts[1] === 'content') return rel;
    return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : rel;
  }
  return clean.startsWith('virtual:') || id.startsWith('\0') ? `(virtual) ${clean}` : clean;
}

/**
 * The chunks reachable from the entry through static imports, and their modules grouped by
 * package / folder, by rendered size (after tree-shaking, before minification).
 */
export function firstLoadComposition(chunks, root) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const queue = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  const seen = new Set();
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name) || !byName.has(name)) continue;
    seen.add(name);
    for (const dep of byName.get(name).imports ?? []) queue.push(dep);
  }
  const groups = new Map();
  let total = 0;
  for (const name of seen) {
    for (const m of byName.get(name).modules) {
      const g = groupOf(m.id, root);
      groups.set(g, (groups.get(g) ?? 0) + m.renderedLength);
      total += m.renderedLength;
    }
  }
  const rows = [...groups.entries()]
    .map(([group, bytes]) => ({ group, bytes, share: total ? bytes / total : 0 }))
    .toSorted((a, b) => b.bytes - a.bytes);
  return {
    chunks: [...seen],
    totalRenderedBytes: total,
    groups: rows,
    lazyChunks: chunks.filter((c) => !seen.has(c.fileName)).map((c) => c.fileName),
  };
}
