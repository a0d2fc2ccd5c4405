import { Navigate, Route, Routes } from 'react-router';
import { useDeskEvents, useDeskQuery } from '../api/hooks';
import { isTokenRefusal, TokenNotice } from '../features/browser-token/token-notice';
import { isUnlockNeeded, UnlockPage } from '../features/unlock/unlock-page';
import { AdminPage } from '../features/admin/admin-page';
import { TeamPage } from '../features/admin/team-page';
import { MyComplaintsPage } from '../features/complaints/my-complaints-page';
import { CallsPage } from '../features/calls/calls-page';
import { SettingsPage } from '../features/settings/settings-page';
import { SessionGate } from '../features/session/session-gate';
import { DeadlineSettingsCard } from '../features/settings/deadline-settings-card';
import { PhraseBookCard } from '../features/settings/phrase-book-card';
import { SyncPage } from '../features/sync/sync-page';
import { IntakeRoute } from './intake-route';
import { ComplaintRoute } from './complaint-route';
import { AppLayout } from './layout';

export function AppRoutes() {
  useDeskEvents();
  const session = useDeskQuery('session.current', {});
  if (isTokenRefusal(session.error)) return <TokenNotice error={session.error} />;
  if (isUnlockNeeded(session.error)) return <UnlockPage error={session.error} />;
  return (
    <SessionGate>
      {(agent, offline) => (
    <Routes>
      <Route element={<AppLayout agent={agent} offline={offline} />}>
        <Route index element={<Navigate to="/complaints" replace />} />
        <Route path="/complaints" element={<MyComplaintsPage />} />
        <Route path="/complaints/:id" element={<ComplaintRoute />} />
        <Route path="/intake" element={<IntakeRoute />} />
        <Route path="/calls" element={<CallsPage />} />
        <Route path="/settings" element={<SettingsPage agent={agent} />} />
        <Route path="/sync" element={<SyncPage agent={agent} />} />
        {agent.role === 'lead' && <Route path="/team" element={<TeamPage agent={agent} />} />}
        {agent.role === 'admin' && (
          <Route
            path="/admin"
            element={
              <AdminPage
                selfId={agent.userId}
                settingsCards={
                  <>
                    <DeadlineSettingsCard agent={agent} />
                    <PhraseBookCard agent={agent} />
                  </>
                }
              />
            }
          />
        )}
        <Route path="*" element={<Navigate to="/complaints" replace />} />
      </Route>
    </Routes>
      )}
    </SessionGate>
  );
}
