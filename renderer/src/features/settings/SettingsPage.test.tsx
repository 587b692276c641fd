import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/helpers/db';
import { App } from '../../app/App';
import { fakePlatform } from '../../platform/fake';

describe('Settings: diagnosis thresholds', () => {
  it('saves thresholds typed as percentages, and refuses impossible ones inline', async () => {
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    const db = freshDb();
    render(<App db={db} platform={fakePlatform()} />);
    const gap = await screen.findByLabelText('Gap threshold (%)');
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
