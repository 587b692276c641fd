import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RoleplayScript } from '@shared/schemas';
import { freshDb } from '@tests/helpers/db';
import { App } from '@renderer/app/App';
import type { CandorDB } from '@renderer/db/db';
import { addRep } from '@renderer/db/repositories/reps';
import { fakePlatform, type FakePlatform } from '@renderer/platform/fake';
import { shippedLibrary } from './data/library';
import { startSession } from './state/actions';

/** A coach's own script, written here: four criteria of our own and a pass mark of 3.5. */
function ownScript(): RoleplayScript {
  const closing = shippedLibrary().scripts.find((s) => s.id === 'closing-ask-for-commitment')!;
  return {
    ...closing,
    id: 'renewal-hold-price',
    title: 'Renewal: hold the price',
    origin: 'custom',
    rubric: {
      criteria: [
        { id: 'names-price', name: 'Names the price', anchors: { '1': 'Avoids it.', '3': 'Says it once.', '5': 'Says it plainly and stops.' } },
        { id: 'agrees-date', name: 'Agrees a date', anchors: { '1': 'No date.', '3': 'A vague week.', '5': 'A day and a time.' } },
        { id: 'holds-silence', name: 'Holds the silence', anchors: { '1': 'Fills it.', '3': 'Waits a little.', '5': 'Waits for the buyer.' } },
        { id: 'names-owner', name: 'Names the owner', anchors: { '1': 'Nobody.', '3': 'A team.', '5': 'A person.' } },
      ],
      passMark: 3.5,
    },
  };
}

const fileOf = (value: unknown, name = 'script.json') => ({
  name,
  bytes: new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)),
});

type Opened = { db: CandorDB; platform: FakePlatform; user: ReturnType<typeof userEvent.setup>; repId: string };

async function openApp(hash: string, seed?: (db: CandorDB, repId: string) => Promise<void>): Promise<Opened> {
  const db = freshDb();
  const rep = await addRep(db, { name: 'Grace Kim', role: 'AE', startDate: '2024-01-08', email: '' });
  if (seed) await seed(db, rep.id);
  const platform = fakePlatform();
  window.location.hash = hash.replace('REP', rep.id);
  render(<App db={db} platform={platform} />);
  return { db, platform, user: userEvent.setup(), repId: rep.id };
}

async function importFile(o: Opened, file: { name: string; bytes: Uint8Array }) {
  o.platform.queueFile(file);
  await o.user.click(await screen.findByRole('button', { name: 'Import a script…' }, { timeout: 15_000 }));
}

describe('Role-play library: importing a script file', { timeout: 30_000 }, () => {
  it('a script file written by another coach opens on its page and is stored as the coach’s own', async () => {
    const o = await openApp('#/roleplay');
    await importFile(o, fileOf({ format: 'candor-roleplay-script', version: 1, script: { ...ownScript(), origin: 'library' } }));
    expect(await screen.findByRole('heading', { name: 'Renewal: hold the price', level: 1 })).toBeInTheDocument();
    const stored = await o.db.roleplayScripts.get('renewal-hold-price');
    expect(stored?.title).toBe('Renewal: hold the price');
    // Whatever the file says, an imported script can be edited: it is the coach's own.
    expect(stored?.origin).toBe('custom');
    expect(stored?.rubric.criteria.map((c) => c.name)).toEqual(['Names the price', 'Agrees a date', 'Holds the silence', 'Names the owner']);
  });

  it('a bare script (without the file wrapper) is read as well', async () => {
    const o = await openApp('#/roleplay');
    const { origin: _origin, updatedAt: _updatedAt, ...bare } = ownScript();
    await importFile(o, fileOf(bare, 'bare.json'));
    expect(await screen.findByRole('heading', { name: 'Renewal: hold the price', level: 1 })).toBeInTheDocument();
    expect(await o.db.roleplayScripts.count()).toBe(1);
  });

  const refusals: Array<[string, unknown, RegExp]> = [
    ['plain text', 'Ask Grace for the renewal date first.', /^This file is not valid JSON/],
    ['a list', [1, 2, 3], /^This is not a Candor role-play script file\.$/],
    ['another app’s file', { format: 'crm-export', version: 1, rows: [] }, /^This is not a Candor role-play script file\.$/],
    [
      'a newer version',
      { format: 'candor-roleplay-script', version: 99, script: ownScript() },
      /^This script file comes from a newer Candor: update Candor to import it\.$/,
    ],
    [
      'a script with one step',
      { format: 'candor-roleplay-script', version: 1, script: { ...ownScript(), steps: ownScript().steps.slice(0, 1) } },
      /^This script cannot be used\. .*at least 2 steps/,
    ],
  ];
  for (const [what, value, said] of refusals) {
    it(`${what} is refused in one sentence and the script already here stays`, async () => {
      const o = await openApp('#/roleplay', async (db) => {
        await db.roleplayScripts.put({ ...ownScript(), id: 'kept-script', title: 'Kept script' });
      });
      await importFile(o, fileOf(value, 'bad.json'));
      const [message] = await screen.findAllByText(said);
      expect(message?.textContent).not.toMatch(/ZodError|at \w+ \(|Unexpected token .* at position/);
      expect((await o.db.roleplayScripts.toArray()).map((s) => s.title)).toEqual(['Kept script']);
      expect(screen.queryByRole('heading', { name: 'Renewal: hold the price', level: 1 })).toBeNull();
    });
  }
});

describe('Role-play library: deleting a script', { timeout: 30_000 }, () => {
  it('asks first, then deletes; a session already run with it keeps its copy', async () => {
    let sessionId = '';
    const o = await openApp('#/roleplay?script=renewal-hold-price', async (db, repId) => {
      await db.roleplayScripts.put(ownScript());
      sessionId = await startSession(db, ownScript(), repId);
    });
    await o.user.click(await screen.findByRole('button', { name: 'Delete' }, { timeout: 15_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Renewal: hold the price”?' });
    await o.user.click(within(dialog).getByRole('button', { name: 'Delete the script' }));
    expect(await screen.findByText('“Renewal: hold the price” deleted. Sessions already run with it keep their copy.')).toBeInTheDocument();
    await waitFor(async () => expect(await o.db.roleplayScripts.count()).toBe(0));
    const session = await o.db.roleplaySessions.get(sessionId);
    expect(session?.script.title).toBe('Renewal: hold the price');
    expect(session?.script.rubric.criteria).toHaveLength(4);
  });

  it('a library script offers no delete', async () => {
    await openApp('#/roleplay?script=closing-ask-for-commitment');
    expect(await screen.findByRole('heading', { name: 'Closing: ask for the decision', level: 1 }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});

describe('Role-play sessions on the rep’s page', { timeout: 30_000 }, () => {
  it('discarding a session in progress asks first, names it, and removes only that one', async () => {
    const ids: string[] = [];
    const o = await openApp('#/roleplay?rep=REP', async (db, repId) => {
      await db.roleplayScripts.put(ownScript());
      ids.push(await startSession(db, ownScript(), repId));
      ids.push(
        await startSession(
          db,
          shippedLibrary().scripts.find((s) => s.id === 'closing-ask-for-commitment')!,
          repId,
        ),
      );
    });
    const discard = await screen.findByRole('button', { name: /^Discard “Renewal: hold the price” started/ }, { timeout: 15_000 });
    await o.user.click(discard);
    const dialog = await screen.findByRole('dialog', { name: 'Discard this session?' });
    expect(dialog).toHaveTextContent('“Renewal: hold the price” started');
    expect(dialog).toHaveTextContent('with its notes and 0 scores, is removed for good.');
    await o.user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(await o.db.roleplaySessions.count()).toBe(2);

    await o.user.click(screen.getByRole('button', { name: /^Discard “Renewal: hold the price” started/ }));
    await o.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard the session' }));
    await waitFor(async () => expect((await o.db.roleplaySessions.toArray()).map((s) => s.id)).toEqual([ids[1]]));
    // The list follows the store on its next render: on a busy machine that is after the delete lands.
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Discard “Renewal: hold the price”/ })).toBeNull());
    expect(screen.getByRole('link', { name: 'Resume “Closing: ask for the decision”' })).toBeInTheDocument();
  });
});

describe('Role-play session: notes and scores of a script written here', { timeout: 30_000 }, () => {
  async function run() {
    let sessionId = '';
    const o = await openApp('#/roleplay', async (db, repId) => {
      await db.roleplayScripts.put(ownScript());
      sessionId = await startSession(db, ownScript(), repId);
    });
    // The session's id is known only once it is stored: the runner is opened by address after.
    window.location.hash = `#/roleplay?rep=${o.repId}&run=${sessionId}`;
    await screen.findByRole('heading', { name: 'Renewal: hold the price', level: 1 }, { timeout: 15_000 });
    return { ...o, sessionId };
  }

  it('a step note and the session notes are kept when the page is closed and opened again', async () => {
    const o = await run();
    await o.user.type(screen.getByLabelText('Notes on this step'), 'Said the price before the buyer asked.');
    await o.user.keyboard('{Escape}s');
    await o.user.type(screen.getByLabelText('Session notes'), 'Hold the silence after the number.');
    await waitFor(async () => {
      const stored = await o.db.roleplaySessions.get(o.sessionId);
      expect(stored?.steps[0]?.note).toBe('Said the price before the buyer asked.');
      expect(stored?.notes).toBe('Hold the silence after the number.');
    });
    cleanup();
    render(<App db={o.db} platform={o.platform} />);
    await screen.findByRole('heading', { name: 'Renewal: hold the price', level: 1 }, { timeout: 15_000 });
    expect(screen.getByLabelText('Notes on this step')).toHaveValue('Said the price before the buyer asked.');
    await o.user.keyboard('s');
    expect(screen.getByLabelText('Session notes')).toHaveValue('Hold the silence after the number.');
  });

  it('will not finish until all four criteria are scored, then shows the average of the scores given', async () => {
    const o = await run();
    await o.user.keyboard('s');
    const score = async (criterion: string, value: string) =>
      o.user.click(within(screen.getByRole('radiogroup', { name: criterion })).getByRole('radio', { name: value }));
    await score('Names the price', '4');
    await score('Agrees a date', '1');
    await o.user.click(screen.getByRole('button', { name: 'Finish and save the result' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Score every criterion first: Holds the silence, Names the owner.');
    await score('Holds the silence', '5');
    await o.user.click(screen.getByRole('button', { name: 'Finish and save the result' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Score every criterion first: Names the owner.');
    expect((await o.db.roleplaySessions.get(o.sessionId))?.status).toBe('in-progress');

    await score('Names the owner', '2');
    // (4 + 1 + 5 + 2) / 4 = 3, under the pass mark of 3.5 written above.
    expect(screen.getByLabelText('Result')).toHaveTextContent('Average 3 of 5 · pass mark 3.5 · Below the pass mark');
    expect(screen.queryByText(/Score every criterion first/)).toBeNull();
    await o.user.click(screen.getByRole('button', { name: 'Finish and save the result' }));
    await waitFor(async () => {
      const stored = await o.db.roleplaySessions.get(o.sessionId);
      expect(stored?.status).toBe('completed');
      expect(stored?.scores).toEqual({ 'names-price': 4, 'agrees-date': 1, 'holds-silence': 5, 'names-owner': 2 });
    });
  });
});

describe('Role-play library: finding a coach’s own script', { timeout: 30_000 }, () => {
  const cardTitles = () =>
    within(screen.getByRole('list', { name: 'Scripts' }))
      .getAllByRole('article')
      .map((a) => a.getAttribute('aria-label'));

  it('search by a word of its title shows it alone; a word in no script says so and offers to clear a filter', async () => {
    const o = await openApp('#/roleplay', async (db) => {
      await db.roleplayScripts.put({ ...ownScript(), title: 'Renewal: hold the quokka price' });
    });
    const search = await screen.findByLabelText('Search', undefined, { timeout: 15_000 });
    await o.user.type(search, 'quokka');
    await waitFor(() => expect(cardTitles()).toEqual(['Renewal: hold the quokka price']));
    await o.user.clear(search);
    await o.user.type(search, 'zebra-crossing');
    expect(await screen.findByText('No script matches')).toBeInTheDocument();
    expect(screen.getByText('Clear a filter to see more scripts.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Scripts' })).toBeNull();
    // Searching changes nothing stored.
    expect((await o.db.roleplayScripts.toArray()).map((s) => s.title)).toEqual(['Renewal: hold the quokka price']);
  });

  it('the difficulty filter keeps a script written as advanced and drops it under foundation', async () => {
    const o = await openApp('#/roleplay', async (db) => {
      await db.roleplayScripts.put({ ...ownScript(), title: 'Quokka advanced drill', difficulty: 'advanced' });
    });
    const search = await screen.findByLabelText('Search', undefined, { timeout: 15_000 });
    await o.user.type(search, 'quokka');
    await o.user.selectOptions(screen.getByLabelText('Difficulty'), 'advanced');
    await waitFor(() => expect(cardTitles()).toEqual(['Quokka advanced drill']));
    await o.user.selectOptions(screen.getByLabelText('Difficulty'), 'foundation');
    expect(await screen.findByText('No script matches')).toBeInTheDocument();
  });
});
