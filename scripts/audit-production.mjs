#!/usr/bin/env node
// `npm audit --omit=dev`: fails on high or critical advisories in what ships to users.
// Exit codes: 0 clean, 1 high/critical findings, 3 the advisory service could not be reached
// (some registries and mirrors do not offer it): then nothing is known, and the caller says so.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
let report;
try {
  report = JSON.parse(result.stdout || '{}');
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = report.error?.summary || report.message || 'no answer';
  console.log(`npm audit: the advisory service could not be reached (${String(reason).trim()}); production dependencies were not audited.`);
  process.exit(3);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
process.exit(serious > 0 ? 1 : 0);
