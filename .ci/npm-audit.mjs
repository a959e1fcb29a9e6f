// Fails (exit 1) when the npm lockfile has a known high or critical advisory that
// .ci/npm-audit-allowlist.json has not accepted; passes with a warning when the audit service
// cannot be reached, so an outage of the registry's audit endpoint does not turn main red.
//   node .ci/npm-audit.mjs                  runs `npm audit --json` in the repository
//   node .ci/npm-audit.mjs --report FILE    judges a saved `npm audit --json` report instead
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEVERE = new Set(['high', 'critical']);
const args = process.argv.slice(2);
const allowlistPath = args.includes('--allowlist') ? args[args.indexOf('--allowlist') + 1] : join(root, '.ci', 'npm-audit-allowlist.json');

function runAudit() {
  try {
    return execFileSync('npm', ['audit', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (failure) {
    // npm audit exits non-zero both for findings and for a failed request; the JSON tells which.
    return failure.stdout ?? '';
  }
}

const text = args.includes('--report') ? readFileSync(args[args.indexOf('--report') + 1], 'utf8') : runAudit();
let report;
try {
  report = JSON.parse(text);
} catch {
  report = { error: { summary: 'npm audit printed no JSON' } };
}

if (!report.vulnerabilities || !report.metadata) {
  const why = report.error?.summary || report.message || 'no answer';
  console.log(`npm audit: WARNING: the audit service could not be asked (${why}); the npm lockfile was not checked this run.`);
  process.exit(0);
}

const allowed = new Map(JSON.parse(readFileSync(allowlistPath, 'utf8')).advisories.map((a) => [a.id, a]));
// Each advisory: its GHSA id (from its URL), the package it is in, its severity.
const advisories = Object.values(report.vulnerabilities)
  .flatMap((v) => (v.via ?? []).filter((via) => typeof via === 'object')
    .map((via) => ({ id: (via.url ?? '').split('/').pop() || String(via.source), name: via.name ?? v.name, severity: via.severity, title: via.title })))
  .filter((a) => SEVERE.has(a.severity));
const unique = [...new Map(advisories.map((a) => [`${a.id} ${a.name}`, a])).values()];
const accepted = unique.filter((a) => allowed.has(a.id));
const open = unique.filter((a) => !allowed.has(a.id));

for (const a of accepted) console.log(`npm audit: accepted ${a.id} in ${a.name} (${a.severity}): ${allowed.get(a.id).reason}`);
for (const a of open) console.log(`npm audit: ${a.severity} ${a.id} in ${a.name}: ${a.title}`);
console.log(`npm audit: ${open.length} high or critical advisories open, ${accepted.length} accepted, ${report.metadata.dependencies?.total ?? '?'} packages checked.`);
process.exit(open.length > 0 ? 1 : 0);
