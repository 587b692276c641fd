// CI's audit of what ships: `npm audit --omit=dev --json`, read as data rather than grepped.
// High or critical advisories fail. When the advisory service cannot answer (no network, a
// registry without the audit endpoint, a timeout) CI is not failed, but the notice names every
// shipped library that went unaudited, with its version, so the gap is visible in the log.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The libraries that ship (production dependencies, direct and transitive) as name@version,
 * read from package-lock.json.
 * @param {{ packages?: Record<string, { version?: string, dev?: boolean }> }} lock
 * @returns {string[]}
 */
export function shippedLibraries(lock) {
  const out = new Set();
  for (const [where, entry] of Object.entries(lock.packages ?? {})) {
    if (!where.startsWith('node_modules/') || entry.dev) continue;
    out.add(`${where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version ?? '?'}`);
  }
  return [...out].sort();
}

/** @param {string} why @param {string[]} shipped */
function notAudited(why, shipped) {
  return {
    ok: true,
    line:
      `npm audit: the advisory service could not answer (${why}), so these ${shipped.length} shipped libraries were not audited this run: ` +
      shipped.join(', '),
  };
}

/**
 * @param {number | null} status exit status of `npm audit --json`
 * @param {string} stdout its JSON output
 * @param {string[]} shipped the shipped libraries (name@version), named when the audit could not run
 * @param {string | null} [runError] why npm audit itself did not finish (a timeout), if it did not
 * @returns {{ ok: boolean, line: string }}
 */
export function classifyAudit(status, stdout, shipped, runError = null) {
  if (runError) return notAudited(runError, shipped);
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { ok: false, line: `npm audit: unreadable output (exit ${status}): ${stdout.slice(0, 200)}` };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const high = Number(counts.high ?? 0);
    const critical = Number(counts.critical ?? 0);
    if (high + critical > 0) {
      const names = Object.entries(report.vulnerabilities ?? {})
        .filter(([, v]) => v && (v.severity === 'high' || v.severity === 'critical'))
        .map(([name, v]) => `${name} (${v.severity})`);
      return { ok: false, line: `npm audit: ${high} high and ${critical} critical advisories in shipped libraries: ${names.join(', ')}` };
    }
    return { ok: true, line: `npm audit: no high or critical advisories in the libraries Candor ships (${Number(counts.total ?? 0)} lower)` };
  }
  // npm's error shapes: { error: { code, summary } } or an HTTP failure with statusCode/message.
  if (report && typeof report === 'object' && ('error' in report || 'statusCode' in report)) {
    const why = report.message || report.error?.summary || report.error?.code || `HTTP ${report.statusCode}`;
    return notAudited(why, shipped);
  }
  return { ok: false, line: `npm audit: output without a vulnerability count (exit ${status})` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lock = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package-lock.json'), 'utf8'));
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  const runError = run.error ? `npm audit did not finish: ${run.error.message}` : null;
  const { ok, line } = classifyAudit(run.status, run.stdout ?? '', shippedLibraries(lock), runError);
  console.log(line);
  process.exit(ok ? 0 : 1);
}
