// A rep's own targets: the role's figure beside each box, a figure that is not a number refused
// in one sentence with nothing stored, a quota and a win rate in percent kept as typed (the rate
// as a fraction), thousands written as the locale writes them, a win rate over 100% refused, and
// the card then naming what was adjusted.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RoleExpectation } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { aeExpectation, plainRep } from '@tests/helpers/seed';
import type { CandorDB } from '@renderer/db/db';
import { useStoreQuery } from '@renderer/db/hooks';
import { DbContext } from '@renderer/state/db';
import { FormatProvider } from '@renderer/ui/format';
import { RepTargets } from './RepTargets';

const AT = '2026-01-05T09:00:00.000Z';
const AE = aeExpectation(AT);

function Card({ expectation }: { expectation: RoleExpectation | null }) {
  const rep = useStoreQuery((s) => s.table('reps').get('r-ana'), []);
  return rep ? <RepTargets key={rep.updatedAt} rep={rep} expectation={expectation} /> : null;
}

async function show(expectation: RoleExpectation | null, locale = 'en-US'): Promise<CandorDB> {
  const db = freshDb();
  await db.reps.add(plainRep('r-ana', 'Ana Ruiz', AT));
  render(
    <DbContext.Provider value={db}>
      <FormatProvider display={{ locale, currency: null }}>
        <Card expectation={expectation} />
      </FormatProvider>
    </DbContext.Provider>,
  );
  return db;
}

/** Opens Ana's target form: the form and a box by its label. */
async function openForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Adjust targets' }));
  const form = screen.getByRole('form', { name: 'Adjust targets for Ana Ruiz' });
  return { form, box: (label: string) => within(form).getByLabelText(label) };
}

describe('a rep’s own targets', () => {
  it('says the median of the rep’s peers is the benchmark when the role has no expectations', async () => {
    await show(null);
    expect(await screen.findByText(/Follows the AE expectations \(none set: the median of the rep’s peers is the benchmark\)\./)).toBeVisible();
  });

  it('shows the role’s figure beside each box, refuses a negative one, and keeps a quota and a rate in percent', async () => {
    const user = userEvent.setup();
    const db = await show(AE);
    expect(await screen.findByText(/^Follows the AE expectations\. Adjust for/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Adjust targets' }));
    const form = screen.getByRole('form', { name: 'Adjust targets for Ana Ruiz' });
    const box = (label: string) => within(form).getByLabelText(label);
    expect(box('Calls').closest('.field')).toHaveTextContent('Role: 200');
    expect(box('Win rate (%)').closest('.field')).toHaveTextContent('Role: 25');
    expect(box('Emails').closest('.field')).toHaveTextContent('Role: not set');

    await user.type(box('Calls'), '-5');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(await within(form).findByText('A number of 0 or more, like 1,200 or 12.5, or leave empty')).toBeVisible();
    expect((await db.reps.get('r-ana'))?.targetOverrides).toBeNull();

    await user.clear(box('Calls'));
    await user.type(box('Quota (revenue)'), '30000');
    await user.type(box('Win rate (%)'), '22.5');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    await waitFor(async () => expect((await db.reps.get('r-ana'))?.targetOverrides).toMatchObject({ quota: 30000, winRate: 0.225 }));
    const stored = (await db.reps.get('r-ana'))!.targetOverrides!;
    expect(Object.entries(stored).filter(([, v]) => v !== null && v !== undefined)).toEqual([
      ['quota', 30000],
      ['winRate', 0.225],
    ]);
    expect(await screen.findByText('Adjusted: Quota (revenue), Win rate (%). Everything else follows the AE expectations.')).toBeVisible();

    // Opened again, the boxes show what was kept, the rate in percent.
    await user.click(screen.getByRole('button', { name: 'Adjust targets' }));
    expect(within(screen.getByRole('form', { name: 'Adjust targets for Ana Ruiz' })).getByLabelText('Win rate (%)')).toHaveValue('22.5');
  });

  it('reads thousands as the manager writes them (1,200 in en-US, 1.200 in de-DE) and refuses a win rate over 100%', async () => {
    const user = userEvent.setup();
    const db = await show(AE);
    const { form, box } = await openForm(user);
    await user.type(box('Calls'), '1,200');
    await user.type(box('Quota (revenue)'), '$45,500');
    await user.type(box('Win rate (%)'), '120');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(await within(form).findByText('A win rate of 100% at most')).toBeVisible();
    expect((await db.reps.get('r-ana'))?.targetOverrides).toBeNull();

    await user.clear(box('Win rate (%)'));
    await user.type(box('Win rate (%)'), '100');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    await waitFor(async () => expect((await db.reps.get('r-ana'))?.targetOverrides).toMatchObject({ calls: 1200, quota: 45500, winRate: 1 }));
    // Opened again, the boxes write the figures the same way.
    await user.click(await screen.findByRole('button', { name: 'Adjust targets' }));
    expect(within(screen.getByRole('form', { name: 'Adjust targets for Ana Ruiz' })).getByLabelText('Calls')).toHaveValue('1,200');
  });

  it('in de-DE reads 1.200 as twelve hundred and 12,5 as twelve and a half', async () => {
    const user = userEvent.setup();
    const db = await show(AE, 'de-DE');
    const { form, box } = await openForm(user);
    expect(box('Quota (revenue)').closest('.field')).toHaveTextContent('Role: 50.000');
    await user.type(box('Calls'), '1.200');
    await user.type(box('Win rate (%)'), '12,5');
    await user.type(box('Emails'), '1.5');
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    expect(await within(form).findByText('A number of 0 or more, like 1.200 or 12,5, or leave empty')).toBeVisible();
    expect((await db.reps.get('r-ana'))?.targetOverrides).toBeNull();

    await user.clear(box('Emails'));
    await user.click(within(form).getByRole('button', { name: 'Save targets' }));
    await waitFor(async () => expect((await db.reps.get('r-ana'))?.targetOverrides).toMatchObject({ calls: 1200, winRate: 0.125 }));
  });
});
