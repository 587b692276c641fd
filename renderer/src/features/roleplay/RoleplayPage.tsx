import { copyScript } from '@shared/domain/roleplay';
import { EmptyState } from '@renderer/ui/EmptyState';
import { Home } from './components/Home';
import { Runner } from './components/Runner';
import { ScriptForm } from './components/ScriptForm';
import { ScriptView } from './components/ScriptView';
import { useScripts } from './data/library';
import { hrefWithin, useRoleplayLocation } from './state/view';
import './roleplay.css';

/** Role-play: the script library, suggestions from the diagnosis, the session runner and score history. */
export function RoleplayPage() {
  const { rep, view, show } = useRoleplayLocation();
  const scripts = useScripts();
  if (!scripts)
    return (
      <>
        <header className="page-header">
          <h1>Role-play</h1>
        </header>
        <p className="muted" role="status">
          Loading the script library…
        </p>
      </>
    );
  const missing = (
    <EmptyState title="That script is not in the library">
      <a href={hrefWithin({ rep, view: { kind: 'home' } })}>Back to role-play</a>
    </EmptyState>
  );
  switch (view.kind) {
    case 'home':
      return <Home scripts={scripts} repId={rep} show={show} item={view.item} />;
    case 'run':
      return <Runner sessionId={view.sessionId} repId={rep} />;
    case 'script': {
      const script = scripts.byId.get(view.id);
      return script ? <ScriptView script={script} repId={rep} /> : missing;
    }
    case 'edit': {
      if (view.id) {
        const script = scripts.byId.get(view.id);
        if (!script || script.origin !== 'custom') return missing;
        return <ScriptForm key={script.id} scripts={scripts} base={script} mode="edit" repId={rep} />;
      }
      if (view.copyOf) {
        const source = scripts.byId.get(view.copyOf);
        if (!source) return missing;
        const copy = copyScript(source, new Set(scripts.byId.keys()), new Date().toISOString());
        return <ScriptForm key={`copy-${source.id}`} scripts={scripts} base={copy} mode="copy" repId={rep} />;
      }
      return <ScriptForm key="new" scripts={scripts} base={null} mode="new" repId={rep} />;
    }
  }
}
