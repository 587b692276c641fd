import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { DbContext } from '@renderer/state/db';
import { useFormat } from '@renderer/ui/format';
import { StoredFormatProvider } from '@renderer/db/hooks';
import { NumberFormatSettings } from './NumberFormatSettings';

function Amount() {
  const fmt = useFormat();
  return <p data-testid="amount">{fmt.money(12400)}</p>;
}

describe('Numbers and currency setting', () => {
  it('defaults from the system, and a chosen currency shows on every amount and survives a reload', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const ui = (
      <DbContext.Provider value={db}>
        <StoredFormatProvider>
          <NumberFormatSettings />
          <Amount />
        </StoredFormatProvider>
      </DbContext.Provider>
    );
    const { unmount } = render(ui);
    const currency = await screen.findByLabelText('Currency');
    // jsdom reports en-US: the currency guessed from its region is the US dollar.
    expect(screen.getByRole('option', { name: 'From the region (USD)' })).toBeInTheDocument();
    expect(screen.getByTestId('amount')).toHaveTextContent('$12,400');

    await user.selectOptions(currency, 'EUR');
    await screen.findByText('€12,400');
    await user.selectOptions(screen.getByLabelText('Language and region'), 'de-DE');
    await waitFor(() => expect(screen.getByTestId('amount')).toHaveTextContent(/^12\.400\s€$/));
    expect((await db.settings.get('app'))?.display).toEqual({ locale: 'de-DE', currency: 'EUR' });

    unmount();
    render(ui);
    expect(await screen.findByLabelText('Currency')).toHaveValue('EUR');
    // The form and the amounts read the stored setting each on its own: on a busy machine the
    // amount may arrive a moment after the form.
    await waitFor(() => expect(screen.getByTestId('amount')).toHaveTextContent(/^12\.400\s€$/));
  });
});
