import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Button } from './Button';
import { useWrite, WriteFailure, writeFailureMessage } from './WriteFailure';

function Saver({ write }: { write: () => Promise<unknown> }) {
  const w = useWrite();
  return (
    <>
      <Button onClick={() => void w.run(write)}>Save</Button>
      <WriteFailure failure={w.failure} />
    </>
  );
}

const quota = Object.assign(new Error('Transaction aborted'), {
  name: 'AbortError',
  inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
});

describe('a failing write says so where it happened', () => {
  it('names a full disk (Dexie reports it as AbortError with the cause inside)', async () => {
    const user = userEvent.setup();
    render(<Saver write={() => Promise.reject(quota)} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage for Candor is full/);
  });

  it('says nothing when the write succeeds', async () => {
    const user = userEvent.setup();
    render(<Saver write={() => Promise.resolve(1)} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('has one plain sentence for each kind of failure', () => {
    expect(writeFailureMessage(quota)).toMatch(/full/);
    expect(writeFailureMessage(Object.assign(new Error(), { name: 'AbortError' }))).toMatch(/stopped the write/);
    expect(writeFailureMessage(new Error('?'))).toMatch(/unexpected storage error/);
  });
});
