import { FilePlus2, FileUp, Search } from 'lucide-react';
import { useRef, useState } from 'react';
import { DIFFICULTY_LABELS, filterScripts, SKILL_LABELS, STAGE_NAMES, type ScriptFilter } from '@shared/domain/roleplay';
import { difficultySchema, roleplaySkillSchema, weakStageSchema, type RoleplayScript } from '@shared/schemas';
import { useDb } from '@renderer/state/db';
import { useAppStore } from '@renderer/state/store';
import { usePlatform } from '@renderer/platform';
import { Button } from '@renderer/ui/Button';
import { EmptyState } from '@renderer/ui/EmptyState';
import type { Scripts } from '../data/library';
import { importScript } from '../state/actions';
import { go } from '../state/view';
import { ScriptCard } from './ScriptCard';

const ALL = '';

/** The whole library with its filters. */
export function LibrarySection({
  scripts,
  repId,
  repName,
  onStart,
}: {
  scripts: Scripts;
  repId: string | null;
  repName: string | null;
  onStart: (s: RoleplayScript) => void;
}) {
  const [filter, setFilter] = useState<ScriptFilter>({ stage: null, skill: null, difficulty: null, text: '' });
  const shown = filterScripts(scripts.all, filter);
  return (
    <section className="rp-library" aria-labelledby="rp-library-title">
      <h2 id="rp-library-title" className="section-title">
        Script library <span className="muted small">({scripts.all.length} scripts)</span>
      </h2>
      <div className="toolbar" role="search" aria-label="Filter scripts">
        <div className="field">
          <label htmlFor="rp-q">Search</label>
          <div className="input-icon">
            <Search size={16} aria-hidden="true" />
            <input id="rp-q" className="input" type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
          </div>
        </div>
        <FilterSelect
          id="rp-stage"
          label="Stage"
          value={filter.stage ?? ALL}
          options={weakStageSchema.options.map((v) => [v, STAGE_NAMES[v]])}
          onChange={(v) => setFilter({ ...filter, stage: weakStageSchema.safeParse(v).data ?? null })}
        />
        <FilterSelect
          id="rp-skill"
          label="Skill"
          value={filter.skill ?? ALL}
          options={roleplaySkillSchema.options.map((v) => [v, SKILL_LABELS[v]])}
          onChange={(v) => setFilter({ ...filter, skill: roleplaySkillSchema.safeParse(v).data ?? null })}
        />
        <FilterSelect
          id="rp-difficulty"
          label="Difficulty"
          value={filter.difficulty ?? ALL}
          options={difficultySchema.options.map((v) => [v, DIFFICULTY_LABELS[v]])}
          onChange={(v) => setFilter({ ...filter, difficulty: difficultySchema.safeParse(v).data ?? null })}
        />
      </div>
      {!repId ? <p className="muted small">Choose a rep above to start a session.</p> : null}
      {shown.length ? (
        <div className="rp-grid" role="list" aria-label="Scripts">
          {shown.map((s) => (
            <div role="listitem" key={s.id}>
              <ScriptCard script={s} repId={repId} repName={repName} onStart={onStart} />
            </div>
          ))}
        </div>
      ) : (
        <EmptyState title="No script matches">Clear a filter to see more scripts.</EmptyState>
      )}
    </section>
  );
}

function FilterSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL}>All</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Import a script file, or write a new script. */
export function LibraryActions({
  scripts,
  repId,
  onImported,
}: {
  scripts: Scripts;
  repId: string | null;
  onImported: (script: RoleplayScript, existing: boolean) => void;
}) {
  const db = useDb();
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const input = useRef<HTMLInputElement>(null);

  const take = async (bytes: Uint8Array) => {
    const outcome = await importScript(db, scripts, bytes);
    if (!outcome.ok) {
      notify('error', outcome.message);
      return;
    }
    onImported(outcome.script, outcome.existing);
    go({ rep: repId, view: { kind: 'script', id: outcome.script.id } });
  };

  const choose = async () => {
    if (platform.kind === 'web') {
      input.current?.click();
      return;
    }
    const picked = await platform.pickFile({ title: 'Import a role-play script', extensions: ['json'] });
    if (picked) await take(picked.bytes);
  };

  return (
    <>
      <Button icon={<FileUp size={16} />} onClick={() => void choose()}>
        Import a script…
      </Button>
      <Button variant="primary" icon={<FilePlus2 size={16} />} onClick={() => go({ rep: repId, view: { kind: 'edit', id: null, copyOf: null } })}>
        New script
      </Button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        aria-label="Script file to import"
        tabIndex={-1}
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.arrayBuffer().then((b) => take(new Uint8Array(b)));
        }}
      />
    </>
  );
}
