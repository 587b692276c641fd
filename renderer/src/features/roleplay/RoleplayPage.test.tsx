import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseScriptFile } from '@shared/domain/roleplay';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import { addRep } from '@renderer/db/repositories/reps';
import { fakePlatform } from '@renderer/platform/fake';
import { shippedLibrary } from './data/library';

async function open(hash: string) {
  const db = freshDb();
  const rep = await addRep(db, { name: 'Grace Kim', role: 'AE', startDate: '2024-01-08', email: '' });
  const platform = fakePlatform();
  window.location.hash = hash.replace('REP', rep.id);
  const user = userEvent.setup();
  render(<App db={db} platform={platform} />);
  return { db, rep, platform, user };
}

const cards = () => within(screen.getByRole('list', { name: 'Scripts' })).getAllByRole('listitem');

describe('Role-play library', { timeout: 30_000 }, () => {
  it('lists the shipped scripts and filters by stage, skill and difficulty', async () => {
    const { user } = await open('#/roleplay');
    await screen.findByRole('list', { name: 'Scripts' }, { timeout: 15_000 });
    const total = shippedLibrary().scripts.length;
    expect(cards()).toHaveLength(total);
    await user.selectOptions(screen.getByLabelText('Stage'), 'opportunity-to-win');
    const atStage = cards().length;
    expect(atStage).toBeGreaterThan(0);
    expect(atStage).toBeLessThan(total);
    for (const c of cards()) expect(c).toHaveTextContent('Stage: Opportunity → win');
    await user.selectOptions(screen.getByLabelText('Skill'), 'negotiation');
    expect(screen.getByText('No script matches')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Stage'), '');
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'advanced');
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual(['Negotiation: the last-minute discount request']);
    // Without a rep there is nothing to start.
    expect(within(cards()[0]!).getByRole('button', { name: /Start/ })).toBeDisabled();
  });

  it('a new script is validated in the form: nothing is stored until every required field is there', async () => {
    const { db, user } = await open('#/roleplay?edit=');
    const form = await screen.findByRole('form', { name: 'Script' }, { timeout: 15_000 });
    await user.click(within(form).getByRole('button', { name: 'Save script' }));
    expect(await within(form).findByText('Write a title')).toBeInTheDocument();
    expect(within(form).getByText('Give the buyer at least one goal')).toBeInTheDocument();
    expect(within(form).getAllByText('Write what a 3 looks like').length).toBe(4);
    await user.click(within(form).getByRole('button', { name: 'Remove criterion 4' }));
    await user.click(within(form).getByRole('button', { name: 'Save script' }));
    expect(await within(form).findByText('A rubric needs at least 4 criteria')).toBeInTheDocument();
    expect(await db.roleplayScripts.count()).toBe(0);
  });

  it('copy and edit a library script: the copy is stored as the coach’s own, the library script is unchanged', async () => {
    const { db, user, platform, rep } = await open('#/roleplay?rep=REP&script=objection-timing');
    await user.click(await screen.findByRole('button', { name: 'Copy and edit' }, { timeout: 15_000 }));
    const form = await screen.findByRole('form', { name: 'Script' });
    const title = within(form).getByLabelText('Title');
    expect(title).toHaveValue('Timing objection: “Come back next quarter” (copy)');
    await user.clear(title);
    await user.type(title, 'Timing objection at renewal');
    await user.type(within(form).getByLabelText(/^Step 1: observer watches for/), ' Also note the tone.');
    await user.click(within(form).getByRole('button', { name: 'Add an objection branch to step 1' }));
    await user.type(
      within(form)
        .getAllByLabelText(/Step 1, branch \d+: when/)
        .at(-1)!,
      'The rep offers a discount to move now',
    );
    await user.type(
      within(form)
        .getAllByLabelText(/Step 1, branch \d+: the buyer says/)
        .at(-1)!,
      'A discount will not change the calendar.',
    );
    await user.click(within(form).getByRole('button', { name: 'Save script' }));
    expect(await screen.findByRole('heading', { name: 'Timing objection at renewal', level: 1 })).toBeInTheDocument();

    // Filed under a slug of its title and a random UUID, so no other laptop can give it the same id.
    const stored = (await db.roleplayScripts.toArray()).find((s) => s.title === 'Timing objection at renewal');
    expect(stored?.id).toMatch(/^timing-objection-at-renewal-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stored?.origin).toBe('custom');
    // The buyer-state marks and the pressure detour travel with the copy.
    const original = shippedLibrary().scripts.find((s) => s.id === 'objection-timing')!;
    expect(stored?.startState).toEqual(original.startState);
    expect(stored?.steps.find((s) => s.id === 'cost')?.branches[0]).toMatchObject({ next: 'cooled', sets: { pressure: 'felt' } });
    expect(stored?.steps[0]?.coachNote).toMatch(/Also note the tone\.$/);
    expect(stored?.steps[0]?.branches.at(-1)).toMatchObject({
      when: 'The rep offers a discount to move now',
      buyer: 'A discount will not change the calendar.',
    });
    expect(shippedLibrary().scripts.find((s) => s.id === 'objection-timing')?.steps[0]?.coachNote).not.toMatch(/tone/);
    expect(window.location.hash).toContain(`rep=${rep.id}`);

    // Export: a file another coach can import.
    await user.click(screen.getByRole('button', { name: 'Export file' }));
    await waitFor(() => expect(platform.saved).toHaveLength(1));
    const file = platform.saved[0]!;
    expect(file.suggestedName).toBe('timing-objection-at-renewal.json');
    const back = parseScriptFile(new TextDecoder().decode(file.bytes));
    expect(back.ok && back.value.title).toBe('Timing objection at renewal');
  });

  it('the buyer-state marks are edited in the form, and a script whose path would contradict itself is not saved', async () => {
    const { db, user } = await open('#/roleplay?rep=REP&script=objection-timing');
    await user.click(await screen.findByRole('button', { name: 'Copy and edit' }, { timeout: 15_000 }));
    const form = await screen.findByRole('form', { name: 'Script' });
    expect(within(form).getByLabelText(/^What is still open when the role-play starts/)).toHaveValue('call: open, pressure: none');
    expect(within(form).getByLabelText(/^Step 3, branch 1: leaves said/)).toHaveValue('pressure: felt');
    expect(within(form).getByLabelText(/^Step 3, branch 1: then/)).toHaveDisplayValue('Step 4');

    // Step 2 closing the call while step 3 still takes it as open: refused, with the path named.
    const step2 = within(form).getByLabelText(/^Step 2: leaves said/);
    await user.type(step2, 'call: over');
    await user.click(within(form).getByRole('button', { name: 'Save script' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: on some path through the script a line contradicts an earlier one.');
    expect(alert).toHaveTextContent(/call/);
    expect(await db.roleplayScripts.count()).toBe(0);

    // A mark without a value is refused at the field.
    await user.clear(step2);
    await user.type(step2, 'budget');
    await user.click(within(form).getByRole('button', { name: 'Save script' }));
    expect(await within(form).findByText('“budget” needs a name and a value, like “decision: undecided”')).toBeInTheDocument();
    expect(await db.roleplayScripts.count()).toBe(0);

    await user.clear(step2);
    await user.type(step2, 'Budget: Frozen');
    await user.click(within(form).getByRole('button', { name: 'Save script' }));
    await screen.findByRole('heading', { name: /\(copy\)$/, level: 1 });
    const [stored] = await db.roleplayScripts.toArray();
    expect(stored?.steps[1]?.sets).toEqual({ budget: 'frozen' });
    expect(stored?.steps[2]?.branches[0]).toMatchObject({ sets: { pressure: 'felt' }, next: 'cooled' });
  });

  it('importing a file that is not a script says why and stores nothing', async () => {
    const { db, user, platform } = await open('#/roleplay');
    await screen.findByRole('button', { name: 'Import a script…' }, { timeout: 15_000 });
    platform.queueFile({
      name: 'notes.json',
      bytes: new TextEncoder().encode('{"format":"candor-roleplay-script","version":1,"script":{"id":"x"}}'),
    });
    await user.click(screen.getByRole('button', { name: 'Import a script…' }));
    expect(await screen.findByText(/This script cannot be used\. The title: is missing/)).toBeInTheDocument();
    expect(screen.queryByText(/script\.title|Invalid input/)).toBeNull();
    expect(await db.roleplayScripts.count()).toBe(0);
  });

  it('a script imported twice is recognised the second time: one copy is stored', async () => {
    const { db, user, platform } = await open('#/roleplay');
    await screen.findByRole('button', { name: 'Import a script…' }, { timeout: 15_000 });
    const script = { ...shippedLibrary().scripts.find((s) => s.id === 'objection-timing')!, id: 'my-timing', title: 'My timing drill' };
    const bytes = new TextEncoder().encode(JSON.stringify({ format: 'candor-roleplay-script', version: 1, script }));
    platform.queueFile({ name: 'my-timing.json', bytes });
    await user.click(screen.getByRole('button', { name: 'Import a script…' }));
    expect(await screen.findByText('Script imported as “my-timing”.')).toBeInTheDocument();
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Role-play' }));
    platform.queueFile({ name: 'my-timing.json', bytes });
    await user.click(await screen.findByRole('button', { name: 'Import a script…' }));
    expect(await screen.findByText('This script is already in the library as “My timing drill”: nothing was added.')).toBeInTheDocument();
    expect(await db.roleplayScripts.count()).toBe(1);
  });

  it('a coach’s script whose path contradicts an earlier answer is flagged on its page; a library script is not', async () => {
    const closing = shippedLibrary().scripts.find((s) => s.id === 'closing-ask-for-commitment')!;
    const broken = {
      ...closing,
      id: 'my-closing',
      title: 'My closing',
      origin: 'custom' as const,
      steps: closing.steps.map((s) => (s.id === 'ask' ? { ...s, branches: s.branches.map((b) => ({ ...b, next: null })) } : s)),
    };
    const { db } = await open('#/roleplay?script=my-closing');
    await db.roleplayScripts.put(broken);
    const check = await screen.findByRole('status', { name: 'Path check' }, { timeout: 15_000 });
    expect(check).toHaveTextContent(
      '“Yes, let’s do it. What do you need from me?” takes “decision” as “undecided”, but an earlier line left “decision” as “deferred”',
    );
    expect(check).toHaveTextContent('3 more like it.');
    window.location.hash = '#/roleplay?script=closing-ask-for-commitment';
    expect(await screen.findByRole('heading', { name: closing.title, level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Path check' })).toBeNull();
  });

  it('deleting a script asks first; keeping it changes nothing', async () => {
    const { db, user } = await open('#/roleplay?script=mine');
    const script = { ...shippedLibrary().scripts.find((s) => s.id === 'objection-timing')!, id: 'mine', title: 'Mine', origin: 'custom' as const };
    await db.roleplayScripts.put(script);
    await user.click(await screen.findByRole('button', { name: 'Delete' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Mine”?' });
    expect(await db.roleplayScripts.count()).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(await db.roleplayScripts.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete the script' }));
    await waitFor(async () => expect(await db.roleplayScripts.count()).toBe(0));
  });
});
