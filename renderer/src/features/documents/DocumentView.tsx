// The print view: the same document model the Word file is made from, as semantic HTML that
// prints like the Word file (running header, page numbers, signature lines).
import { Fragment, useMemo, type ReactNode } from 'react';
import { isLabel, type Block, type DocumentModel, type Inline, type SignatureBlock, type TableBlock } from '@shared/domain/document';
import './documents.css';

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r, i) => {
        if ('break' in r) return <br key={i} />;
        let node: ReactNode = r.text;
        if (r.rtl) node = <bdi dir="rtl">{node}</bdi>;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <Fragment key={i}>{node}</Fragment>;
      })}
    </>
  );
}

function Table({ block }: { block: TableBlock }) {
  const end = (i: number) => (block.align?.[i] === 'end' ? 'doc-num' : undefined);
  const total = block.widths.reduce((a, b) => a + b, 0);
  return (
    <table className="doc-table">
      <colgroup>
        {block.widths.map((w, i) => (
          // Widths in steps of 5% as classes: inline styles are outside the app's CSP.
          <col key={i} className={`doc-w-${Math.max(5, Math.round((w / total) * 20) * 5)}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {block.header.map((h, i) => (
            <th key={i} scope="col" className={end(i)}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <td key={c} className={end(c)}>
                <Runs runs={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function pngDataUrl(png: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

function Signatures({ block }: { block: SignatureBlock }) {
  return (
    <div className="doc-signatures">
      {block.signers.map((s) => (
        <div className="doc-signer" key={s.label}>
          <p className="doc-signer-role">
            <strong>{s.label}</strong>
          </p>
          <div className="doc-ink">
            {s.image ? (
              <img src={pngDataUrl(s.image.png)} alt={`Signature of the ${s.label.toLowerCase()}`} width={Math.min(220, s.image.width)} />
            ) : null}
          </div>
          <p className="doc-signer-line">
            Name: <Runs runs={s.name} />
          </p>
          <p className={s.date === null ? 'doc-signer-line doc-date-blank' : 'doc-signer-line'}>Date: {s.date ?? ''}</p>
        </div>
      ))}
    </div>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      const H = block.level === 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
      return (
        <H>
          <Runs runs={block.text} />
        </H>
      );
    }
    case 'paragraph':
      return (
        <p className={block.tone === 'note' ? 'doc-note' : isLabel(block.runs) ? 'doc-label' : undefined}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const L = block.ordered ? 'ol' : 'ul';
      return (
        <L>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </L>
      );
    }
    case 'table':
      return <Table block={block} />;
    case 'details':
      return (
        <table className="doc-details">
          <tbody>
            {block.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.value.length === 0 ? 'not given' : <Runs runs={r.value} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signatures':
      return <Signatures block={block} />;
    case 'pageBreak':
      return <div className="doc-page-break" aria-hidden="true" />;
  }
}

/**
 * A document model as an HTML page, styled for the screen and for paper. The page is framed
 * by a layout table (no table to assistive technology): on paper Chromium repeats a table's
 * head at the top of every page it spans, and that head is the running header. The page
 * numbers are in the page's margin (documents.css).
 */
export function DocumentView({ model }: { model: DocumentModel }) {
  const headingIds = useMemo(() => model.sections.map((_, i) => `doc-${model.kind}-s${i}`), [model]);
  return (
    <article className={`doc-print doc-${model.kind}`} lang={model.locale} aria-label={model.title}>
      <table className="doc-frame" role="presentation">
        <thead>
          <tr>
            <td>
              <header className="doc-running-header">
                {model.headerNote ? <p className="doc-header-note">{model.headerNote}</p> : null}
                <p>
                  <Runs runs={model.header} />
                </p>
              </header>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <h1>{model.title}</h1>
              {model.subtitle ? <p className="doc-subtitle">{model.subtitle}</p> : null}
              {model.intro.map((b, i) => (
                <BlockView key={i} block={b} />
              ))}
              {model.sections.map((s, i) => (
                <section key={headingIds[i]} aria-labelledby={headingIds[i]}>
                  <h2 id={headingIds[i]}>{s.heading}</h2>
                  {s.blocks.map((b, j) => (
                    <BlockView key={j} block={b} />
                  ))}
                </section>
              ))}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

/** The print view with its toolbar: Print sends just the document to the printer (or to PDF). */
export function PrintView({ model, onPrint = () => window.print() }: { model: DocumentModel; onPrint?: () => void }) {
  return (
    <div className="doc-print-view">
      <div className="doc-toolbar" role="toolbar" aria-label="Document">
        <button type="button" className="btn btn-primary" onClick={onPrint}>
          Print
        </button>
        <span className="muted">Prints this document only, with page numbers and lines to sign.</span>
      </div>
      <DocumentView model={model} />
    </div>
  );
}
