/** A labelled progress bar; value null shows an indeterminate bar. */
export function Progress({ label, value, detail }: { label: string; value: number | null; detail?: string }) {
  const pct = value === null ? null : Math.max(0, Math.min(100, Math.round(value * 100)));
  return (
    <div className="progress-block">
      <div className="progress-head">
        <span id="progress-label">{label}</span>
        {detail ? <span className="muted small">{detail}</span> : null}
      </div>
      <div
        className={`progress${pct === null ? ' progress-indeterminate' : ''}`}
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        {...(pct === null ? {} : { 'aria-valuenow': pct })}
        {...(detail ? { 'aria-valuetext': detail } : {})}
      >
        <div className="progress-fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
    </div>
  );
}
