import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { classifyAudit } from '../../scripts/audit.mjs';

const classify = classifyAudit as (status: number | null, stdout: string) => { ok: boolean; line: string };

const report = (high: number, critical: number, low = 0) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {
      ...(high ? { 'some-lib': { name: 'some-lib', severity: 'high', via: [] } } : {}),
      ...(critical ? { 'other-lib': { name: 'other-lib', severity: 'critical', via: [] } } : {}),
      ...(low ? { 'minor-lib': { name: 'minor-lib', severity: 'low', via: [] } } : {}),
    },
    metadata: { vulnerabilities: { info: 0, low, moderate: 0, high, critical, total: high + critical + low } },
  });

describe('CI audit of the shipped libraries', () => {
  it('fails on a high or a critical advisory and names the library', () => {
    expect(classify(1, report(1, 0))).toEqual({ ok: false, line: expect.stringContaining('some-lib (high)') });
    expect(classify(1, report(0, 2))).toEqual({ ok: false, line: expect.stringContaining('other-lib (critical)') });
  });

  it('passes with only low advisories, and says how many', () => {
    expect(classify(1, report(0, 0, 3))).toEqual({ ok: true, line: expect.stringContaining('(3 lower)') });
    expect(classify(0, report(0, 0))).toEqual({ ok: true, line: expect.stringContaining('no high or critical') });
  });

  it('an unreachable audit service is a notice that says the audit did not happen', () => {
    // As npm 11 prints it on this machine, where the registry refuses the bulk endpoint.
    const refused = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      body: '',
      error: { summary: '', detail: '' },
    });
    expect(classify(1, refused)).toEqual({
      ok: true,
      line: expect.stringMatching(/could not be reached \(405 Method Not Allowed.*not audited this run$/),
    });
    expect(classify(1, JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org' } })).line).toContain(
      'ENOTFOUND',
    );
  });

  it('anything else fails rather than passing silently', () => {
    expect(classify(1, 'npm ERR! something odd').ok).toBe(false);
    expect(classify(0, JSON.stringify({ auditReportVersion: 2 })).ok).toBe(false);
  });
});
