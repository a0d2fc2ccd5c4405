import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { mayCall } from '../../shared/api/contract';
import { may } from '../../shared/domain/capabilities';
import { useDeskEvents, useDeskQuery } from '../api/hooks';
import { MyComplaintsPage } from '../features/complaints/queue/my-complaints-page';
import { isTokenRefusal, TokenNotice } from '../features/browser-token/token-notice';
import { isUnlockNeeded, UnlockPage } from '../features/unlock/unlock-page';
import { SessionGate } from '../features/session/session-gate';
import { DeadlineSettingsCard } from '../features/settings/deadline-settings-card';
import { PhraseBookCard } from '../features/settings/phrase-book-card';
import { IntakeRoute } from './intake-route';
import { AppLayout } from './layout';
import { ReminderNotifications } from './reminder-notifications';

// The intake (where a call pops) and the queue (where a shift starts) are in the first chunk; the other
// screens load when first opened, so the bundle a call has to wait for stays small.
const CallsPage = lazy(() => import('../features/calls/calls-page').then((m) => ({ default: m.CallsPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));
const ComplaintRoute = lazy(() => import('./complaint-route').then((m) => ({ default: m.ComplaintRoute })));
const TeamRoute = lazy(() => import('./team-route').then((m) => ({ default: m.TeamRoute })));
const ReportsPage = lazy(() => import('../features/reports/reports-page').then((m) => ({ default: m.ReportsPage })));
const AdminPage = lazy(() => import('../features/admin/admin-page').then((m) => ({ default: m.AdminPage })));
const SyncRoute = lazy(() => import('./sync-route').then((m) => ({ default: m.SyncRoute })));
const later = (element: ReactNode) => <Suspense fallback={<Spin />}>{element}</Suspense>;

export function AppRoutes() {
  useDeskEvents();
  const session = useDeskQuery('session.current', {});
  if (isTokenRefusal(session.error)) return <TokenNotice error={session.error} />;
  if (isUnlockNeeded(session.error)) return <UnlockPage error={session.error} />;
  return (
    <SessionGate>
      {(agent, offline) => (
    <>
    <ReminderNotifications personId={agent.id} />
    <Routes>
      <Route element={<AppLayout agent={agent} offline={offline} />}>
        <Route index element={<Navigate to="/complaints" replace />} />
        <Route path="/complaints" element={<MyComplaintsPage />} />
        <Route path="/complaints/:id" element={later(<ComplaintRoute />)} />
        <Route path="/intake" element={<IntakeRoute />} />
        <Route path="/calls" element={later(<CallsPage />)} />
        <Route path="/settings" element={later(<SettingsPage agent={agent} />)} />
        {mayCall('team.queue', agent) && <Route path="/team" element={later(<TeamRoute agent={agent} />)} />}
        {mayCall('reports.dashboard', agent) && <Route path="/reports" element={later(<ReportsPage agent={agent} />)} />}
        <Route path="/sync" element={later(<SyncRoute agent={agent} />)} />
        {may(agent, 'adminArea') && (
          <Route
            path="/admin"
            element={later(
              <AdminPage
                selfId={agent.userId}
                settingsCards={
                  <>
                    <DeadlineSettingsCard agent={agent} />
                    <PhraseBookCard agent={agent} />
                  </>
                }
              />,
            )}
          />
        )}
        <Route path="*" element={<Navigate to="/complaints" replace />} />
      </Route>
    </Routes>
    </>
      )}
    </SessionGate>
  );
}
