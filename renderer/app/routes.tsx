import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router';
import { useDeskEvents, useDeskQuery } from '../api/hooks';
import { MyComplaintsPage } from '../features/complaints/my-complaints-page';
import { CallsPage } from '../features/calls/calls-page';
import { SettingsPage } from '../features/settings/settings-page';
import { isTokenRefusal, TokenNotice } from '../features/browser-token/token-notice';
import { SignInPage } from '../features/session/sign-in-page';
import { TeamPage } from '../features/team/team-page';
import { ReportsPage } from '../features/reports/reports-page';
import { isUnlockNeeded, UnlockPage } from '../features/unlock/unlock-page';
import { IntakeRoute } from './intake-route';
import { ComplaintRoute } from './complaint-route';
import { AppLayout } from './layout';

export function AppRoutes() {
  useDeskEvents();
  const session = useDeskQuery('session.current', {});
  if (session.isPending) return <Spin fullscreen />;
  if (isTokenRefusal(session.error)) return <TokenNotice error={session.error} />;
  if (isUnlockNeeded(session.error)) return <UnlockPage error={session.error} />;
  const agent = session.data?.agent ?? null;
  if (!agent) return <SignInPage />;
  return (
    <Routes>
      <Route element={<AppLayout agent={agent} />}>
        <Route index element={<Navigate to="/complaints" replace />} />
        <Route path="/complaints" element={<MyComplaintsPage />} />
        <Route path="/complaints/:id" element={<ComplaintRoute />} />
        <Route path="/intake" element={<IntakeRoute />} />
        <Route path="/calls" element={<CallsPage />} />
        <Route path="/team" element={<TeamPage />} />
        <Route path="/reports" element={<ReportsPage agent={agent} />} />
        <Route path="/settings" element={<SettingsPage agent={agent} />} />
        <Route path="*" element={<Navigate to="/complaints" replace />} />
      </Route>
    </Routes>
  );
}
