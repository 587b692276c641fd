import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { fakePlatform } from '@renderer/platform/fake';

describe('Settings: diagnosis thresholds', () => {
  it('saves thresholds typed as percentages, and refuses impossible ones inline', { timeout: 30_000 }, async () => {
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    const db = freshDb();
    render(<App db={db} platform={fakePlatform()} />);
    const gap = await screen.findByLabelText('Gap threshold (%)', undefined, { timeout: 10_000 });
    expect(gap).toHaveValue(20);

    await user.clear(gap);
    await user.type(gap, '150');
    const n = screen.getByLabelText('Missed periods to warn (N)');
    await user.clear(n);
    await user.type(n, '5');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect(await screen.findByText('At most 90%')).toBeInTheDocument();
    expect(screen.getByText('Cannot be more than the periods looked at')).toBeInTheDocument();
    expect(await db.settings.get('app')).toBeUndefined();

    await user.clear(gap);
    await user.type(gap, '25');
    await user.clear(n);
    await user.type(n, '3');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    await waitFor(async () =>
      expect((await db.settings.get('app'))?.diagnosis).toMatchObject({ gapThreshold: 0.25, missedPeriodsN: 3, missedPeriodsM: 3 }),
    );
  });
});

describe('Settings: expectations by role', () => {
  it(
    'offers the defaults without applying them, applies one in a click, saves an edit, restores the default and stops applying',
    { timeout: 30_000 },
    async () => {
      window.location.hash = '#/settings';
      const user = userEvent.setup();
      const db = freshDb();
      render(<App db={db} platform={fakePlatform()} />);
      expect(await screen.findAllByText('Default · not applied', undefined, { timeout: 10_000 })).toHaveLength(3);
      expect(await db.expectations.count()).toBe(0);

      await user.click(screen.getByRole('button', { name: 'Apply the SDR defaults' }));
      await user.click(within(await screen.findByRole('dialog', { name: 'Apply the SDR defaults' })).getByRole('button', { name: 'Apply them' }));
      await waitFor(async () => expect((await db.expectations.where('role').equals('SDR').first())?.isDefault).toBe(true));
      expect(await screen.findByText('Default targets · applied')).toBeInTheDocument();
      expect(screen.getAllByText('Default · not applied')).toHaveLength(2);

      await user.click(screen.getByRole('button', { name: 'Edit AE targets' }));
      const form = screen.getByRole('form', { name: 'Targets for AE' });
      const quota = within(form).getByLabelText('Quota (revenue)');
      expect(quota).toHaveValue('50,000');
      await user.clear(quota);
      await user.type(quota, 'lots');
      const winRate = within(form).getByLabelText('Win rate (%)');
      await user.clear(winRate);
      await user.type(winRate, '101');
      await user.click(within(form).getByRole('button', { name: 'Save targets' }));
      expect(await within(form).findByText('A number of 0 or more, like 1,200 or 12.5, or leave empty')).toBeInTheDocument();
      expect(within(form).getByText('A win rate of 100% at most')).toBeInTheDocument();
      expect(await db.expectations.where('role').equals('AE').count()).toBe(0);

      await user.clear(quota);
      await user.type(quota, '60,000');
      await user.clear(winRate);
      await user.type(winRate, '30');
      const ramp = within(form).getByLabelText('New-hire ramp');
      await user.clear(ramp);
      await user.type(ramp, '7.5%, 60%');
      await user.click(within(form).getByRole('button', { name: 'Save targets' }));
      await waitFor(async () =>
        expect((await db.expectations.where('role').equals('AE').first())?.targets).toMatchObject({ quota: 60000, winRate: 0.3 }),
      );
      expect((await db.expectations.where('role').equals('AE').first())?.ramp).toEqual([0.075, 0.6]);
      expect(await screen.findByText('Your targets · applied')).toBeInTheDocument();
      // The ramp reads as every percentage does: one decimal below 10%.
      expect(screen.getByText('7.5% → 60% → 100%')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Restore default' }));
      await waitFor(async () => expect((await db.expectations.where('role').equals('AE').first())?.targets.quota).toBe(50000));
      expect((await db.expectations.where('role').equals('AE').first())?.isDefault).toBe(true);

      await user.click(screen.getByRole('button', { name: 'Stop applying AE targets' }));
      await waitFor(async () => expect(await db.expectations.where('role').equals('AE').count()).toBe(0));
      await waitFor(() => expect(screen.getAllByText('Default · not applied')).toHaveLength(2));
    },
  );
});
