/** A note box of the runner; N puts the cursor in it, after what is already written. */
export function NoteField({
  id,
  label,
  inputRef,
  value,
  onChange,
}: {
  id: string;
  label: string;
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={inputRef} className="input" rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** Focus a text box with the cursor at the end of its text, where a coach goes on writing. */
export function focusAtEnd(el: HTMLTextAreaElement | null): void {
  if (!el) return;
  el.focus();
  const end = el.value.length;
  el.setSelectionRange(end, end);
}
