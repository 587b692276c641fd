import { ClipboardCheck, FileDown, FileUp, PenLine } from 'lucide-react';
import { useRef, useState } from 'react';
import {
  assessmentPeriod,
  assessmentsBesideData,
  importFilledForm,
  repPeriods,
  offerGapQuestions,
  selfAssessmentForm,
  type AssessmentBeside,
  type QuestionsOffered,
} from '@shared/app/self-assessments';
import { gapQuestions, gapWords, SALE_STAGE_NAMES, SALE_STAGES } from '@shared/domain/self-assessment';
import { randomId } from '@shared/lib/ids';
import { useStore, useStoreQuery } from '@renderer/db/hooks';
import { usePlatform } from '@renderer/platform';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { useFormat } from '@renderer/ui/format';
import { readDraft, today } from './draft';
import { SelfAssessmentForm } from './SelfAssessmentForm';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the offer of the questions did, in one sentence: where they went, or that they were there already. */
function offeredSentence(o: QuestionsOffered, date: (iso: string) => string): string {
  const parts = [
    o.plan && (o.plan.added ? `${o.plan.added} to the questions of the plan being prepared` : null),
    o.checkIn && (o.checkIn.added ? `${o.checkIn.added} to the notes of the check-in due ${date(o.checkIn.due)}` : null),
  ].filter((p): p is string => !!p);
  return parts.length ? `Added ${parts.join(' and ')}.` : 'These questions are there already.';
}

/** One self-assessment: each estimate beside the data for its period, the ratings, the rep's words, and the questions it raises. */
// long-function: table markup: each estimate beside the actual; the gaps are worked out in shared/domain/self-assessment.
function Beside({ item, repName }: { item: AssessmentBeside; repName: string }) {
  const fmt = useFormat();
  const store = useStore();
  const notify = useAppStore((s) => s.notify);
  const a = item.assessment;
  const when = a.period ? fmt.period(a.period) : 'an unstated period';
  const questions = a.period ? gapQuestions(item.gaps, repName, a.period, fmt) : [];
  return (
    <article className="sa-item" id={`sa-${a.id}`} tabIndex={-1} aria-label={`Self-assessment of ${when}`}>
      <h3 className="section-title">
        {when} · filled in on {fmt.date(a.date)} {a.via === 'word' ? '(Word form)' : '(on this computer)'}
      </h3>
      {item.gaps.length ? (
        <div className="table-wrap flat">
          <table className="table" aria-label={`${repName}'s estimates beside the data for ${when}`}>
            <thead>
              <tr>
                <th scope="col">Metric ({when})</th>
                <th scope="col" className="num">
                  {repName}’s estimate
                </th>
                <th scope="col" className="num">
                  The data
                </th>
                <th scope="col">Estimate against the data</th>
              </tr>
            </thead>
            <tbody>
              {item.gaps.map((g) => (
                <tr key={g.metric}>
                  <th scope="row">{g.label}</th>
                  <td className="num">{fmt.value(g.estimate, g.unit)}</td>
                  <td className="num">{fmt.value(g.actual, g.unit)}</td>
                  <td className={g.reading === 'over' || g.reading === 'under' ? 'sa-off' : undefined}>
                    {g.reading === 'over' ? 'Over: ' : g.reading === 'under' ? 'Under: ' : ''}
                    {gapWords(g, fmt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted small">No estimates given.</p>
      )}
      {Object.keys(a.stageRatings).length ? (
        <p className="small">
          <span className="muted">Stages rated: </span>
          {SALE_STAGES.filter((s) => a.stageRatings[s] !== undefined)
            .map((s) => `${SALE_STAGE_NAMES[s]} ${a.stageRatings[s]} of 5`)
            .join(' · ')}
        </p>
      ) : null}
      {a.obstacles ? (
        <p className="small">
          <span className="muted">What got in the way: </span>
          {a.obstacles}
        </p>
      ) : null}
      {a.supportWanted ? (
        <p className="small">
          <span className="muted">Support wanted: </span>
          {a.supportWanted}
        </p>
      ) : null}
      {questions.length ? (
        <div className="sa-questions">
          <h4 className="small">For the next conversation or check-in</h4>
          <ul className="small" aria-label={`Facts and questions from the self-assessment of ${when}`}>
            {questions.map((q) => (
              <li key={q.metric}>
                {q.fact} <em>{q.question}</em>
              </li>
            ))}
          </ul>
          <Button
            size="sm"
            onClick={() =>
              void offerGapQuestions(store, a.repId, questions, randomId, new Date()).then((r) =>
                r.ok ? notify('success', offeredSentence(r.value, fmt.date)) : notify('error', r.error.message),
              )
            }
          >
            Add to the next plan or check-in
          </Button>
        </div>
      ) : null}
    </article>
  );
}

/** The rep's own view beside the data: fill it in here, or send it as a Word form and import the file the rep returns. */
// long-function: card markup for the three ways in (form, Word form out, Word form back); the reading is in shared/.
export function SelfAssessmentCard({ repId, repName }: { repId: string; repName: string }) {
  const fmt = useFormat();
  const store = useStore();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const input = useRef<HTMLInputElement>(null);
  const periods = useStoreQuery((s) => repPeriods(s, repId), [repId]);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods?.[0] ?? null;
  const asked = useStoreQuery((s) => (period ? assessmentPeriod(s, repId, period) : Promise.resolve(null)), [repId, period]);
  const items = useStoreQuery((s) => assessmentsBesideData(s, repId), [repId]);
  const [open, setFilling] = useState<boolean | null>(null);
  // A form left half-filled (a reload, a crash) opens again with what was typed.
  const filling = open ?? (period !== null && readDraft(`sa.${repId}.${period}`) !== null);

  const send = async () => {
    if (!period) return;
    const model = await selfAssessmentForm(store, repId, period, fmt.locale);
    if (!model.ok) return notify('error', model.error.message);
    const { renderDocx } = await import('@shared/export/docx');
    const bytes = await renderDocx(model.value);
    const name = `${period} ${repName} - Self-assessment form.docx`;
    const saved = await platform.saveFile({ suggestedName: name, bytes, mimeType: DOCX, filterName: 'Word document', extensions: ['docx'] });
    if (saved) notify('success', `Saved ${saved}: send it to ${repName}, then import the file they return.`);
  };
  const take = async (bytes: Uint8Array) => {
    const { wordDocumentXml } = await import('@shared/export/docx');
    const xml = wordDocumentXml(bytes);
    const done = xml.ok ? await importFilledForm(store, repId, xml.value, randomId(), new Date(), today()) : xml;
    if (!done.ok) return notify('error', done.error.message);
    notify('success', `Imported ${repName}'s self-assessment of ${fmt.period(done.value.period ?? '')}.`);
  };
  const choose = async () => {
    if (platform.kind === 'web' || platform.kind === 'fake') return input.current?.click();
    const picked = await platform.pickFile({ title: 'Import a filled self-assessment form', extensions: ['docx'] });
    if (picked) await take(picked.bytes);
  };

  return (
    <section className="card" aria-labelledby="sa-title">
      <h2 id="sa-title">
        <ClipboardCheck size={18} aria-hidden="true" /> {repName}’s own view
      </h2>
      <p className="muted small">
        The rep estimates their own figures for a period and rates each stage of the sale; each estimate is then set beside the data.
      </p>
      {periods && periods.length ? (
        <div className="toolbar">
          <label className="small" htmlFor="sa-period">
            Period to assess
          </label>
          <select id="sa-period" className="input" value={period ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {fmt.period(p)}
              </option>
            ))}
          </select>
          <Button size="sm" icon={<PenLine size={14} />} onClick={() => setFilling(true)} disabled={filling}>
            Fill in on this computer
          </Button>
          <Button size="sm" icon={<FileDown size={14} />} onClick={() => void send()}>
            Send as Word form
          </Button>
          <Button size="sm" icon={<FileUp size={14} />} onClick={() => void choose()}>
            Import filled form
          </Button>
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            aria-label="Filled self-assessment form"
            tabIndex={-1}
            accept=".docx"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void file.arrayBuffer().then((b) => take(new Uint8Array(b)));
            }}
          />
        </div>
      ) : (
        <p className="muted small">Import figures for {repName} first: the form asks about the metrics the data holds.</p>
      )}
      {filling && period && asked ? (
        <SelfAssessmentForm repId={repId} repName={repName} period={period} metrics={asked.metrics} onDone={() => setFilling(false)} />
      ) : null}
      {items?.map((item) => (
        <Beside key={item.assessment.id} item={item} repName={repName} />
      ))}
    </section>
  );
}
