import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { App } from './App';
import { fakePlatform } from '../platform/fake';

const quota = () =>
  Object.assign(new Error('aborted'), { name: 'AbortError', inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }) });

describe('writes that fail in the forms say so where the manager acted', () => {
  it('first run: skipping when storage is full', async () => {
    window.location.hash = '#/team';
    const user = userEvent.setup();
    const db = freshDb();
    render(<App db={db} platform={fakePlatform()} />);
    await screen.findByRole('heading', { name: 'Welcome to Candor' });
    vi.spyOn(db.settings, 'put').mockRejectedValue(quota());
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/This was not saved: the disk or the browser’s storage for Candor is full/);
  });

  it('diagnosis thresholds: saving when storage is full keeps the form and says why', async () => {
    window.location.hash = '#/settings';
    const user = userEvent.setup();
    const db = freshDb();
    render(<App db={db} platform={fakePlatform()} />);
    const gap = await screen.findByLabelText('Gap threshold (%)');
    vi.spyOn(db.settings, 'put').mockRejectedValue(quota());
    await user.clear(gap);
    await user.type(gap, '30');
    await user.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect(await screen.findByText(/This was not saved: the disk or the browser’s storage for Candor is full/)).toBeInTheDocument();
    expect(gap).toHaveValue(30);
    expect(await db.settings.get('app')).toBeUndefined();
  });
});
