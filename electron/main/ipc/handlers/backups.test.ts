import { describe, expect, it } from 'vitest';
import { memoryBackups } from '@main/services/memory-backups';
import type { Services } from '@main/services/types';
import { backupList, backupWrite } from './backups';

/** The handlers' services: a backup folder in memory and a clock the test moves. */
function servicesAt(start: string) {
  const backups = memoryBackups();
  let now = new Date(start);
  const services = { backups, now: () => now } as unknown as Services;
  return { services, files: backups.files, setNow: (iso: string) => (now = new Date(iso)) };
}

const HOUR = 3600_000;

describe('the copy saved before a restore (desktop)', () => {
  it('is kept apart from rolling backups: twenty more rolling backups over two weeks never prune it', async () => {
    const t = servicesAt('2026-11-20T09:00:00.000Z');
    const copy = await backupWrite({ createdAt: '2026-11-20T09:00:00.000Z', text: '{"before":"restore"}', kind: 'before-restore' }, t.services);
    expect(copy).toMatchObject({ name: 'candor-backup-before-restore-2026-11-20T09-00-00-000Z.json', kind: 'before-restore' });
    // Six the same day (more than the four a day kept), then one every 20 hours.
    for (let i = 1; i <= 20; i++) {
      const at = new Date(Date.parse('2026-11-20T09:00:00.000Z') + (i <= 6 ? i * 0.5 * HOUR : 3 * HOUR + (i - 6) * 20 * HOUR)).toISOString();
      t.setNow(at);
      await backupWrite({ createdAt: at, text: `{"n":${i}}` }, t.services);
    }
    expect(t.files.get('candor-backup-before-restore-2026-11-20T09-00-00-000Z.json')).toBe('{"before":"restore"}');
    const listed = await backupList(undefined, t.services);
    expect(listed.filter((b) => b.kind === 'before-restore').map((b) => b.name)).toEqual([
      'candor-backup-before-restore-2026-11-20T09-00-00-000Z.json',
    ]);
    // The rolling rule still applies to the rolling ones: of twenty, ten at most are kept.
    const rolling = listed.filter((b) => b.kind === 'rolling').length;
    expect(rolling).toBeGreaterThan(0);
    expect(rolling).toBeLessThanOrEqual(10);
  });

  it('a rolling backup written with no kind is rolling, and is pruned as before', async () => {
    const t = servicesAt('2026-12-01T08:00:00.000Z');
    for (let i = 0; i < 6; i++) {
      const at = new Date(Date.parse('2026-12-01T08:00:00.000Z') + i * HOUR).toISOString();
      t.setNow(at);
      expect(await backupWrite({ createdAt: at, text: '{}' }, t.services)).toMatchObject({ kind: 'rolling' });
    }
    expect(await backupList(undefined, t.services)).toHaveLength(4);
  });
});
