// CI's audit of what ships: `npm audit --omit=dev --json`, read as data rather than grepped.
// High or critical advisories fail; an audit service that cannot be reached (no network, a
// registry without the audit endpoint) is a one-line notice, never a silent pass.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * @param {number | null} status exit status of `npm audit --json`
 * @param {string} stdout its JSON output
 * @returns {{ ok: boolean, line: string }}
 */
export function classifyAudit(status, stdout) {
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
    return { ok: true, line: `npm audit: the audit service could not be reached (${why}), so the shipped libraries were not audited this run` };
  }
  return { ok: false, line: `npm audit: output without a vulnerability count (exit ${status})` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { ok, line } = classifyAudit(run.status, run.stdout ?? '');
  console.log(line);
  process.exit(ok ? 0 : 1);
}
