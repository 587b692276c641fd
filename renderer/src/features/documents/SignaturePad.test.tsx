import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignatureImage } from '@shared/domain/document';
import { signaturePng } from '@shared/domain/document/testing-png';
import { SignaturePad } from './SignaturePad';

// jsdom draws nothing: the canvas gets a recording 2D context, and toDataURL returns a real
// PNG so the bytes handed on can be checked. Drawing itself is signature_pad's job.
const PNG = signaturePng(60, 20);
const PNG_URL = `data:image/png;base64,${btoa(String.fromCharCode(...PNG.png))}`;
let drawn: string[] = [];

beforeEach(() => {
  drawn = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, prop) {
      if (prop === 'measureText') return (t: string) => ({ width: t.length * 10 });
      if (prop in target) return target[prop];
      return (...args: unknown[]) => {
        if (prop === 'fillText') drawn.push(String(args[0]));
        if (prop === 'arc' || prop === 'bezierCurveTo' || prop === 'moveTo') drawn.push(`stroke:${String(prop)}`);
      };
    },
    set(target, prop, value) {
      target[prop] = value;
      return true;
    },
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => PNG_URL);
});
afterEach(() => vi.restoreAllMocks());

function pointer(type: 'pointerDown' | 'pointerMove' | 'pointerUp', target: Element | Document, x: number, y: number, buttons: number) {
  fireEvent[type](target, { clientX: x, clientY: y, buttons, pointerId: 7, pointerType: 'pen', isPrimary: true, pressure: 0.5 });
}

describe('SignaturePad', () => {
  it('hands on the drawn signature as PNG bytes with its size, and clears it', async () => {
    const onChange = vi.fn<(s: SignatureImage | null) => void>();
    render(<SignaturePad label="Employee" onChange={onChange} />);
    const canvas = screen.getByLabelText('Signature area: Employee');
    expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();

    pointer('pointerDown', canvas, 10, 10, 1);
    pointer('pointerMove', document, 40, 30, 1);
    pointer('pointerMove', document, 90, 12, 1);
    pointer('pointerUp', document, 90, 12, 0);

    expect(drawn.some((d) => d.startsWith('stroke:'))).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    const sig = onChange.mock.calls[0]![0]!;
    expect(Array.from(sig.png)).toEqual(Array.from(PNG.png));
    expect(sig.width).toBeGreaterThan(0);
    expect(sig.height).toBeGreaterThan(0);
    expect(screen.getByText('Signature drawn.')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByText(/Sign with a mouse, finger or pen/u)).toBeInTheDocument();
  });

  it('a press without a stroke hands on nothing', () => {
    const onChange = vi.fn();
    render(<SignaturePad label="Employee" onChange={onChange} />);
    pointer('pointerMove', screen.getByLabelText('Signature area: Employee'), 10, 10, 0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('can be signed from the keyboard alone by typing the name', async () => {
    const onChange = vi.fn<(s: SignatureImage | null) => void>();
    const user = userEvent.setup();
    render(<SignaturePad label="Manager" defaultName="Sam Patel" onChange={onChange} />);
    // Clear is disabled while nothing is signed, so the first stop is "Type instead".
    await user.tab();
    expect(screen.getByRole('button', { name: 'Type instead' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const input = screen.getByLabelText('Name as signature');
    expect(input).toHaveValue('Sam Patel');
    await user.clear(input);
    await user.type(input, 'Sam R. Patel{Enter}');
    expect(drawn).toContain('Sam R. Patel');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(Array.from(onChange.mock.calls[0]![0]!.png.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(screen.getByText('Typed signature added.')).toBeInTheDocument();
  });

  it('does not accept an empty typed name', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<SignaturePad label="Manager" onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Type instead' }));
    expect(screen.getByRole('button', { name: 'Use typed signature' })).toBeDisabled();
    await user.type(screen.getByLabelText('Name as signature'), '   {Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps a half-typed name when "Type instead" is closed and opened again, and signs with it', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<SignaturePad label="Employee" defaultName="Ann" onChange={onChange} />);
    const toggle = screen.getByRole('button', { name: 'Type instead' });
    await user.click(toggle);
    await user.type(screen.getByLabelText('Name as signature'), 'a Kowalski');
    await user.click(toggle);
    expect(screen.queryByLabelText('Name as signature')).toBeNull();
    await user.click(toggle);
    expect(screen.getByLabelText('Name as signature')).toHaveValue('Anna Kowalski');
    await user.click(screen.getByRole('button', { name: 'Use typed signature' }));
    expect(drawn).toContain('Anna Kowalski');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
