import { useId, useState } from 'react';
import { z } from 'zod';
import { ACKNOWLEDGEMENT, bytesToBase64, canSign, hrRecordOf, isoDay, signersOf } from '@shared/domain/plan';
import type { Plan, Signature } from '@shared/schemas';
import { saveSignatures } from '@renderer/db/repositories/plans';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';
import { SignaturePad } from '../documents';
import { useStepForm } from './stepForm';

/** Whose each box is: the rep, the manager, and HR when named (optional). */
export const SIGNER_TITLES: Record<Signature['role'], string> = {
  rep: 'Rep’s signature',
  manager: 'Manager’s signature',
  hr: 'HR’s signature (optional)',
};

const responseSchema = z
  .object({
    repComments: z.string().max(3000),
    declined: z.boolean(),
    witness: z.string().max(200),
    declinedOn: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.declined && v.witness.trim() === '') ctx.addIssue({ code: 'custom', path: ['witness'], message: 'Name the witness' });
  });

/** The rep's written response, and a refusal to sign with its witness and date. */
function RepResponse({ plan }: { plan: Plan }) {
  const r = hrRecordOf(plan.content);
  const { form, flush } = useStepForm(
    'rep-response',
    responseSchema,
    {
      repComments: r.repComments,
      declined: r.declined !== null,
      witness: r.declined?.witness ?? '',
      declinedOn: r.declined?.date ?? isoDay(new Date()),
    },
    (v) => ({
      hrRecord: {
        ...hrRecordOf(plan.content),
        repComments: v.repComments,
        declined: v.declined ? { witness: v.witness.trim(), date: v.declinedOn || null } : null,
      },
    }),
  );
  const declined = form.watch('declined');
  return (
    <form className="stack rep-response" onBlur={flush} onSubmit={(e) => e.preventDefault()} aria-label="The rep’s response">
      <Field label="The rep’s comments" optional hint="Their response in their own words; it is printed under the signatures.">
        <textarea rows={3} {...form.register('repComments')} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...form.register('declined')} /> The rep declined to sign
      </label>
      {declined ? (
        <div className="item-grid item-grid-2">
          <Field label="Witnessed by" error={form.formState.errors.witness?.message}>
            <input className="input" {...form.register('witness')} />
          </Field>
          <Field label="On">
            <input className="input" type="date" {...form.register('declinedOn')} />
          </Field>
        </div>
      ) : null}
    </form>
  );
}

/**
 * Signatures, after the conversation is held: one labelled box per signer (drawn or typed), each
 * dated the day it is signed; the document keeps lines for ink where none is given.
 */
export function Signatures({ plan }: { plan: Plan }) {
  const db = useDb();
  const notify = useAppStore((s) => s.notify);
  const fmt = useFormat();
  const headingId = useId();
  const [today] = useState(() => isoDay(new Date()));
  const signers = signersOf(plan, plan.content.document.hrName.trim() || undefined);
  const change = (role: Signature['role'], name: string, sig: { png: Uint8Array; width: number; height: number } | null) => {
    const others = plan.signatures.filter((s) => s.role !== role);
    const next: Signature[] = sig
      ? [...others, { role, name, date: isoDay(new Date()), pngBase64: bytesToBase64(sig.png), width: sig.width, height: sig.height }]
      : others;
    void saveSignatures(db, plan.id, next).catch((e: unknown) => notify('error', e instanceof Error ? e.message : 'Could not keep the signature.'));
  };
  const meeting = plan.content.meeting.date;
  return (
    <section className="signatures" aria-labelledby={headingId}>
      <h3 id={headingId}>Signatures</h3>
      <p className="small">“{ACKNOWLEDGEMENT}”</p>
      {!canSign(plan) ? (
        <p className="muted small">
          Signatures are collected once the conversation is held
          {meeting ? ` (the meeting is set for ${fmt.date(meeting)})` : ''}: mark it held, then sign here or on paper.
        </p>
      ) : (
        <>
          <p className="muted small">
            Sign on a touch screen or with the mouse, or leave it: the document keeps lines to sign in ink. Each signature is dated {fmt.date(today)},
            the day it is given.
          </p>
          <div className="grid-2">
            {signers.map((s) => (
              <SignaturePad
                key={s.role}
                label={`${SIGNER_TITLES[s.role]}: ${s.name || 'name not set'}`}
                defaultName={s.name}
                onChange={(sig) => change(s.role, s.name, sig)}
              />
            ))}
          </div>
          <RepResponse plan={plan} />
        </>
      )}
    </section>
  );
}
