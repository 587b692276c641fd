import { useLiveQuery } from 'dexie-react-hooks';
import { ClipboardList, FileUp, MessagesSquare, Settings as SettingsIcon, Users } from 'lucide-react';
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { openDb, type CandorDB, type OpenFailure } from '../db/db';
import { PlatformContext, type Platform } from '../platform';
import { Toasts } from './Toasts';
import { FirstRun } from '../features/onboarding';
import { PlansPage } from '../features/placeholders';
import { RepFormDialog } from '../features/reps';
import { TeamPage } from '../features/team';
import { DbContext, useDb as useDb } from './context';
import { hrefFor, useRoute, type Route } from './router';

// Pages with heavy dependencies (charts, the import wizard) load when first opened.
const RepPage = lazy(() => import('../features/rep').then((m) => ({ default: m.RepPage })));
const ImportPage = lazy(() => import('../features/import').then((m) => ({ default: m.ImportPage })));
const RoleplayPage = lazy(() => import('../features/roleplay').then((m) => ({ default: m.RoleplayPage })));
const SettingsPage = lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsPage })));

const NAV: { page: Route['page']; label: string; icon: ReactNode }[] = [
  { page: 'team', label: 'Team', icon: <Users size={18} /> },
  { page: 'import', label: 'Import', icon: <FileUp size={18} /> },
  { page: 'plans', label: 'Plans', icon: <ClipboardList size={18} /> },
  { page: 'roleplay', label: 'Role-play', icon: <MessagesSquare size={18} /> },
  { page: 'settings', label: 'Settings', icon: <SettingsIcon size={18} /> },
];

class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) {
      return (
        <div className="card fatal" role="alert">
          <h1>Something went wrong on this page</h1>
          <p className="muted" style={{ marginTop: 8 }}>
            Your data is safe: nothing was changed. Reload to continue.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'team':
      return <TeamPage />;
    case 'rep':
      return <RepPage repId={route.repId} />;
    case 'import':
      return <ImportPage />;
    case 'plans':
      return <PlansPage repId={route.repId ?? null} />;
    case 'roleplay':
      return <RoleplayPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

function Shell() {
  const route = useRoute();
  const current = route.page === 'rep' ? 'team' : route.page;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          Candor
        </div>
        <ul className="nav">
          {NAV.map((item) => (
            <li key={item.page}>
              <a href={hrefFor({ page: item.page } as Route)} aria-current={current === item.page ? 'page' : undefined}>
                <span aria-hidden="true">{item.icon}</span>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <span>All data stays on this computer.</span>
        </div>
      </nav>
      <main className="main" id="main" tabIndex={-1}>
        <ErrorBoundary key={current}>
          <Suspense
            fallback={
              <p className="muted" role="status">
                Loading…
              </p>
            }
          >
            <Home route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <RepFormDialog />
      <Toasts />
    </div>
  );
}

/** First run until the manager has reps, has imported, or has skipped. */
function Home({ route }: { route: Route }) {
  const state = useFirstRunState();
  if (state === 'loading') return null;
  if (state === 'first-run' && route.page === 'team') return <FirstRun />;
  return <Page route={route} />;
}

function useFirstRunState(): 'loading' | 'first-run' | 'ready' {
  const db = useDb();
  const result = useLiveQuery(async () => {
    const settings = await db.settings.get('app');
    if (settings?.onboardedAt) return 'ready' as const;
    return (await db.reps.count()) > 0 ? ('ready' as const) : ('first-run' as const);
  }, [db]);
  return result ?? 'loading';
}

export function App({ db, platform }: { db: CandorDB; platform: Platform }) {
  const [status, setStatus] = useState<'opening' | 'open' | OpenFailure>('opening');
  useEffect(() => {
    let live = true;
    void openDb(db).then((failure) => {
      if (live) setStatus(failure ?? 'open');
    });
    return () => {
      live = false;
    };
  }, [db]);

  if (status === 'opening') {
    return (
      <p className="muted" role="status" style={{ padding: 32 }}>
        Opening Candor…
      </p>
    );
  }
  if (status !== 'open') {
    return (
      <div className="card fatal" role="alert">
        <h1>Candor cannot open your data</h1>
        <p style={{ marginTop: 8 }}>{status.message}</p>
      </div>
    );
  }
  return (
    <PlatformContext.Provider value={platform}>
      <DbContext.Provider value={db}>
        <Shell />
      </DbContext.Provider>
    </PlatformContext.Provider>
  );
}
