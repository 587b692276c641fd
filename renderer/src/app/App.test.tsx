import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '@tests/helpers/db';
import { fakePlatform } from '../platform/fake';
import { App } from './App';

beforeEach(() => {
  window.location.hash = '#/team';
});

async function skipWelcome(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
  await screen.findByRole('heading', { name: 'No reps yet' });
}

describe('App shell', () => {
  it('greets a first-time user, then shows the empty team after skipping', async () => {
    const user = userEvent.setup();
    render(<App db={freshDb()} platform={fakePlatform()} />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Candor' })).toBeInTheDocument();
    await skipWelcome(user);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const label of ['Team', 'Import', 'Plans', 'Role-play', 'Settings']) {
      expect(within(nav).getByRole('link', { name: label })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page');
  });

  it('the Role-play page opens on its script library', async () => {
    render(<App db={freshDb()} platform={fakePlatform()} />);
    window.location.hash = '#/roleplay';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { name: 'Role-play', level: 1 }, { timeout: 15_000 })).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Scripts' })).toBeInTheDocument();
  });

  it('shows the app version from the platform on the Settings page', async () => {
    window.location.hash = '#/settings';
    render(<App db={freshDb()} platform={fakePlatform('9.8.7')} />);
    expect(await screen.findByText('9.8.7')).toBeInTheDocument();
  });
});

describe('adding, editing and removing a rep', () => {
  it('validates inline, saves, and lists the rep', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(<App db={db} platform={fakePlatform()} />);
    await skipWelcome(user);
    await user.click(screen.getByRole('button', { name: 'Add your first rep' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a rep' });

    await user.click(within(dialog).getByRole('button', { name: 'Add rep' }));
    expect(await within(dialog).findByText('Enter the rep’s name')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    // The start date may stay empty (a rep imported without one can still be named and saved).
    expect(within(dialog).getByLabelText(/Start date/)).not.toHaveAttribute('aria-invalid', 'true');

    await user.type(within(dialog).getByLabelText('Name'), 'Dana Whitfield');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'SDR');
    await user.type(within(dialog).getByLabelText(/Start date/), '2026-03-02');
    await user.type(within(dialog).getByLabelText(/Email/), 'dana@');
    await user.click(within(dialog).getByRole('button', { name: 'Add rep' }));
    expect(await within(dialog).findByText(/valid email address/)).toBeInTheDocument();
    expect(await db.reps.count()).toBe(0);

    await user.clear(within(dialog).getByLabelText(/Email/));
    await user.type(within(dialog).getByLabelText(/Email/), 'dana@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Add rep' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = await screen.findByRole('table', { name: 'Reps' });
    expect(within(table).getByRole('link', { name: 'Dana Whitfield' })).toBeInTheDocument();
    expect(within(table).getByText('SDR')).toBeInTheDocument();
    // The list shows team, manager and office now; the email is kept on the rep.
    expect((await db.reps.toArray()).map((r) => r.email)).toEqual(['dana@example.com']);
  });

  it('edits a rep and refuses a duplicate name with a message, keeping the data', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(<App db={db} platform={fakePlatform()} />);
    await skipWelcome(user);
    for (const name of ['Ana Ruiz', 'Ben Cole']) {
      await user.click(screen.getAllByRole('button', { name: /Add (your first )?rep/ })[0]!);
      const d = await screen.findByRole('dialog');
      await user.type(within(d).getByLabelText('Name'), name);
      await user.type(within(d).getByLabelText(/Start date/), '2025-01-06');
      await user.click(within(d).getByRole('button', { name: 'Add rep' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
    await user.click(await screen.findByRole('button', { name: 'Edit Ben Cole' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ben Cole' });
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, ' ana  RUIZ ');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('already exists');
    await user.clear(name);
    await user.type(name, 'Benjamin Cole');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: 'Benjamin Cole' })).toBeInTheDocument();
    expect((await db.reps.toArray()).map((r) => r.name).sort()).toEqual(['Ana Ruiz', 'Benjamin Cole']);
  });

  it('asks before removing a rep, and removes only on confirmation', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    render(<App db={db} platform={fakePlatform()} />);
    await skipWelcome(user);
    await user.click(screen.getByRole('button', { name: 'Add your first rep' }));
    const d = await screen.findByRole('dialog');
    await user.type(within(d).getByLabelText('Name'), 'Cara Diaz');
    await user.type(within(d).getByLabelText(/Start date/), '2025-01-06');
    await user.click(within(d).getByRole('button', { name: 'Add rep' }));

    await user.click(await screen.findByRole('button', { name: 'Remove Cara Diaz' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove Cara Diaz?' })).getByRole('button', { name: 'Keep rep' }));
    expect(await db.reps.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Remove Cara Diaz' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove Cara Diaz?' })).getByRole('button', { name: 'Remove rep' }));
    expect(await screen.findByRole('heading', { name: 'No reps yet' })).toBeInTheDocument();
    expect(await db.reps.count()).toBe(0);
  });
});

describe('opening storage', () => {
  it('explains plainly when the data was written by a newer Candor', async () => {
    const { default: Dexie } = await import('dexie');
    const db = freshDb();
    const future = new Dexie(db.name);
    future.version(999).stores({ reps: 'id' });
    await future.open();
    future.close();
    render(<App db={db} platform={fakePlatform()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('saved by a newer version of Candor');
  });
});
