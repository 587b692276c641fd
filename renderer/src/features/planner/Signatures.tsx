import { useId } from 'react';
import { bytesToBase64, isoDay, signersOf } from '../../../../shared/domain/plan';
import type { Plan, Signature } from '../../../../shared/schemas';
import { saveSignatures } from '../../db/repositories/plans';
import { useDb } from '../../state/db';
import { useAppStore } from '../../state/store';
import { SignaturePad } from '../documents';

const ROLE_LABEL: Record<Signature['role'], string> = { rep: 'Rep', manager: 'Manager', hr: 'HR' };

/** Drawn (or typed) signatures, embedded in the exported plan; without one the document keeps a line for ink. */
export function Signatures({ plan }: { plan: Plan }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const headingId = useId();
  const signers = signersOf(plan, plan.content.document.hrName.trim() || undefined);
  const change = (role: Signature['role'], name: string, sig: { png: Uint8Array; width: number; height: number } | null) => {
    const others = plan.signatures.filter((s) => s.role !== role);
    const next: Signature[] = sig
      ? [...others, { role, name, date: isoDay(new Date()), pngBase64: bytesToBase64(sig.png), width: sig.width, height: sig.height }]
      : others;
    void saveSignatures(db, plan.id, next).catch((e: unknown) => notify('error', e instanceof Error ? e.message : 'Could not keep the signature.'));
  };
  return (
    <section className="signatures" aria-labelledby={headingId}>
      <h3 id={headingId}>Signatures (optional)</h3>
      <p className="muted small">Sign here on a touch screen or with the mouse, or leave it: the document keeps lines to sign in ink.</p>
      <div className="grid-2">
        {signers.map((s) => (
          <SignaturePad
            key={s.role}
            label={`${ROLE_LABEL[s.role]}: ${s.name || 'name not set'}`}
            defaultName={s.name}
            onChange={(sig) => change(s.role, s.name, sig)}
          />
        ))}
      </div>
    </section>
  );
}
