import { ClipboardList, FileUp, LayoutGrid, MessagesSquare, Settings as SettingsIcon, Users } from 'lucide-react';
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { openDb, watchOtherWindows, type CandorDB, type OpenFailure } from '../db/db';
import { PlatformContext, type Platform } from '../platform';
import { Toasts } from './Toasts';
import { StoredFormatProvider, useFirstRunState } from '../db/hooks';
import { FirstRun } from '../features/onboarding';
import { RepFormDialog } from '../features/reps';
import { BackupAutomatic, BackupRecovery } from '../features/settings';
import { TeamPage } from '../features/team';
// The director's page is small and must answer at once: loaded with the app, never behind Suspense's reveal delay.
import { DirectorPage } from '../features/director';
import { useCheckInReminder } from '../features/followup';
import { DbContext } from '../state/db';
import { DiagnosisDataProvider } from '../features/diagnosis';
import { hrefFor, useRoute, type Route } from '../state/router';

// Pages with heavy dependencies (charts, the import wizard) load when first opened.
const RepPage = lazy(() => import('../features/rep').then((m) => ({ default: m.RepPage })));
const ImportPage = lazy(() => import('../features/import').then((m) => ({ default: m.ImportPage })));
const PlansPage = lazy(() => import('../features/plans').then((m) => ({ default: m.PlansPage })));
const PlannerPage = lazy(() => import('../features/planner').then((m) => ({ default: m.PlannerPage })));
const CheckInPage = lazy(() => import('../features/checkins').then((m) => ({ default: m.CheckInPage })));
const RoleplayPage = lazy(() => import('../features/roleplay').then((m) => ({ default: m.RoleplayPage })));
const SettingsPage = lazy(() => import('../features/settings').then((m) => ({ default: m.SettingsPage })));

const NAV: { page: Route['page']; label: string; icon: ReactNode }[] = [
  { page: 'team', label: 'Team', icon: <Users size={18} /> },
  { page: 'import', label: 'Import', icon: <FileUp size={18} /> },
  { page: 'plans', label: 'Plans', icon: <ClipboardList size={18} /> },
  { page: 'roleplay', label: 'Role-play', icon: <MessagesSquare size={18} /> },
  { page: 'director', label: 'Managers', icon: <LayoutGrid size={18} /> },
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
            Your data is safe: nothing was changed. Reload to continue, or go back to your team.
          </p>
          <div className="page-actions" style={{ marginTop: 12 }}>
            <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
              Reload
            </button>
            <a className="btn" href={hrefFor({ page: 'team' })}>
              Go to the Team page
            </a>
          </div>
        </div>
      );
    }
    return this.props.children;
  }
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'team':
      return (
        <TeamPage
          key={`${route.verdict ?? ''}|${route.only ?? ''}`}
          period={route.period ?? null}
          show={route.show}
          verdict={route.verdict}
          only={route.only}
        />
      );
    case 'director':
      return <DirectorPage period={route.period ?? null} show={route.show} />;
    case 'rep':
      return <RepPage repId={route.repId} period={route.period ?? null} />;
    case 'import':
      return <ImportPage />;
    case 'plans':
      return <PlansPage repId={route.repId ?? null} period={route.period ?? null} show={route.show} />;
    case 'plan':
      return <PlannerPage planId={route.planId} />;
    case 'checkin':
      return <CheckInPage planId={route.planId} slot={route.slot} />;
    case 'roleplay':
      return <RoleplayPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

function Shell() {
  const route = useRoute();
  const current = route.page === 'rep' ? 'team' : route.page === 'plan' || route.page === 'checkin' ? 'plans' : route.page;
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
          <span className="nav-label">Candor</span>
        </div>
        <ul className="nav">
          {NAV.map((item) => (
            <li key={item.page}>
              <a href={hrefFor({ page: item.page } as Route)} aria-current={current === item.page ? 'page' : undefined} title={item.label}>
                <span aria-hidden="true">{item.icon}</span>
                <span className="nav-label">{item.label}</span>
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
      <BackupAutomatic />
      <CheckInReminder />
      <Toasts />
    </div>
  );
}

/** Tomorrow's check-ins, said once a day: a system notification on the desktop, a message in the browser. */
function CheckInReminder() {
  useCheckInReminder();
  return null;
}

/** First run until the manager has reps, has imported, or has skipped. */
function Home({ route }: { route: Route }) {
  const state = useFirstRunState();
  if (state === 'loading') return null;
  if (state === 'first-run' && route.page === 'team') return <FirstRun />;
  return <Page route={route} />;
}

export function App({ db, platform, latestVersion }: { db: CandorDB; platform: Platform; latestVersion?: number }) {
  const [status, setStatus] = useState<'opening' | 'open' | OpenFailure>('opening');
  useEffect(() => {
    let live = true;
    const stopWatching = watchOtherWindows(db, (problem) => {
      if (live) setStatus(problem);
    });
    void openDb(db, latestVersion).then((failure) => {
      if (live) setStatus(failure ?? 'open');
    });
    return () => {
      live = false;
      stopWatching();
    };
  }, [db, latestVersion]);

  if (status === 'opening') {
    return (
      <p className="muted" role="status" style={{ padding: 32 }}>
        Opening Candor…
      </p>
    );
  }
  if (status !== 'open' && status.code === 'upgrade-failed') return <BackupRecovery platform={platform} message={status.message} />;
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
        <StoredFormatProvider>
          <DiagnosisDataProvider>
            <Shell />
          </DiagnosisDataProvider>
        </StoredFormatProvider>
      </DbContext.Provider>
    </PlatformContext.Provider>
  );
}
