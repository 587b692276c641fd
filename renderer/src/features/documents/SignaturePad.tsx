// A place to sign: draw with a mouse, finger or pen, or (from the keyboard) type your name,
// which is written in a handwriting style. Either way the result is a PNG with its size,
// ready to embed in the Word file.
import { useEffect, useId, useRef, useState } from 'react';
import SignaturePadEngine from 'signature_pad';
import type { SignatureImage } from '@shared/domain/document';
import './documents.css';

export type SignaturePadProps = {
  /** Who signs, e.g. "Employee": names the drawing area and the buttons. */
  label: string;
  /** Suggested text for the typed alternative. */
  defaultName?: string;
  onChange: (signature: SignatureImage | null) => void;
};

const INK = '#1f2933';
const CSS_HEIGHT = 160;

function dataUrlToBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function snapshot(canvas: HTMLCanvasElement): SignatureImage {
  return { png: dataUrlToBytes(canvas.toDataURL('image/png')), width: canvas.width, height: canvas.height };
}

/** Writes `name` across the canvas in a handwriting style, shrunk until it fits the line. */
function writeName(canvas: HTMLCanvasElement, name: string): boolean {
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  const cssWidth = canvas.offsetWidth > 0 ? canvas.offsetWidth : canvas.width;
  let size = 44;
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  do {
    ctx.font = `italic ${size}px "Segoe Script", "Brush Script MT", "URW Chancery L", cursive`;
    size -= 2;
  } while (size > 14 && ctx.measureText(name).width > cssWidth - 32);
  ctx.fillText(name, 16, CSS_HEIGHT * 0.68);
  return true;
}

/**
 * The drawing surface: a signature_pad engine on the canvas for as long as it is shown, whether
 * it holds a drawn or typed signature, and the two ways to change that (clear, type a name).
 */
function useSignatureCanvas(onChange: SignaturePadProps['onChange']) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadEngine | null>(null);
  const onChangeRef = useRef(onChange);
  const [signed, setSigned] = useState<'drawn' | 'typed' | null>(null);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // Match the canvas pixels to its size on screen (sharp on high-density displays).
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    if (canvas.offsetWidth > 0) {
      canvas.width = Math.round(canvas.offsetWidth * ratio);
      canvas.height = Math.round(CSS_HEIGHT * ratio);
      canvas.getContext('2d')?.scale(ratio, ratio);
    }
    const pad = new SignaturePadEngine(canvas, { penColor: INK, minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const done = () => {
      if (pad.isEmpty()) return;
      setSigned('drawn');
      onChangeRef.current(snapshot(canvas));
    };
    pad.addEventListener('endStroke', done);
    return () => {
      pad.removeEventListener('endStroke', done);
      pad.off();
      padRef.current = null;
    };
  }, []);

  const clear = () => {
    padRef.current?.clear();
    setSigned(null);
    onChangeRef.current(null);
  };

  /** Puts the typed name on the canvas as the signature; false when there is nothing to write. */
  const signTyped = (typed: string): boolean => {
    const canvas = canvasRef.current;
    const name = typed.trim();
    if (!canvas || name === '') return false;
    padRef.current?.clear();
    if (!writeName(canvas, name)) return false;
    setSigned('typed');
    onChangeRef.current(snapshot(canvas));
    return true;
  };

  return { canvasRef, signed, clear, signTyped };
}

export function SignaturePad({ label, defaultName = '', onChange }: SignaturePadProps) {
  const { canvasRef, signed, clear, signTyped } = useSignatureCanvas(onChange);
  const [typing, setTyping] = useState(false);
  // Kept here, not in the typed form, so the name survives closing and opening "Type instead".
  const [typedName, setTypedName] = useState(defaultName);
  const hintId = useId();
  const labelId = useId();

  return (
    <div className="signature-pad" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="signature-pad-label">
        {label}
      </p>
      <canvas
        ref={canvasRef}
        className="signature-pad-canvas"
        width={600}
        height={CSS_HEIGHT}
        aria-label={`Signature area: ${label}`}
        aria-describedby={hintId}
      >
        Drawing needs a canvas; type the name instead.
      </canvas>
      <p id={hintId} className="muted signature-pad-hint">
        {signed === 'drawn'
          ? 'Signature drawn.'
          : signed === 'typed'
            ? 'Typed signature added.'
            : 'Sign with a mouse, finger or pen, or type the name instead.'}
      </p>
      <div className="signature-pad-actions">
        <button type="button" className="btn btn-sm" onClick={clear} disabled={signed === null}>
          Clear
        </button>
        <button type="button" className="btn btn-sm btn-ghost" aria-expanded={typing} onClick={() => setTyping((t) => !t)}>
          Type instead
        </button>
      </div>
      {typing ? <TypedSignature name={typedName} onName={setTypedName} onSign={() => signTyped(typedName) && setTyping(false)} /> : null}
    </div>
  );
}

/** The keyboard way to sign: a name, written on the pad in a handwriting style. */
function TypedSignature({ name, onName, onSign }: { name: string; onName: (name: string) => void; onSign: () => void }) {
  const nameId = useId();
  return (
    <div className="signature-pad-typed">
      <label htmlFor={nameId}>Name as signature</label>
      <input
        id={nameId}
        value={name}
        onChange={(e) => onName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onSign();
          }
        }}
      />
      <button type="button" className="btn btn-sm btn-primary" onClick={onSign} disabled={name.trim() === ''}>
        Use typed signature
      </button>
    </div>
  );
}
