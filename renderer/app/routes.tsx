import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useDeskEvents, useDeskQuery } from '../api/hooks';
import { MyComplaintsPage } from '../features/complaints/my-complaints-page';
import { SignInPage } from '../features/session/sign-in-page';
import { IntakeRoute } from './intake-route';
import { AppLayout } from './layout';

// The intake (where a call pops) and the queue (where a shift starts) are in the first chunk; the other
// screens load when first opened, so the bundle a call has to wait for stays small.
const CallsPage = lazy(() => import('../features/calls/calls-page').then((m) => ({ default: m.CallsPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));
const ComplaintRoute = lazy(() => import('./complaint-route').then((m) => ({ default: m.ComplaintRoute })));
const later = (element: ReactNode) => <Suspense fallback={<Spin />}>{element}</Suspense>;

export function AppRoutes() {
  useDeskEvents();
  const session = useDeskQuery('session.current', {});
  if (session.isPending) return <Spin fullscreen />;
  const agent = session.data?.agent ?? null;
  if (!agent) return <SignInPage />;
  return (
    <Routes>
      <Route element={<AppLayout agent={agent} />}>
        <Route index element={<Navigate to="/complaints" replace />} />
        <Route path="/complaints" element={<MyComplaintsPage />} />
        <Route path="/complaints/:id" element={later(<ComplaintRoute />)} />
        <Route path="/intake" element={<IntakeRoute />} />
        <Route path="/calls" element={later(<CallsPage />)} />
        <Route path="/settings" element={later(<SettingsPage agent={agent} />)} />
        <Route path="*" element={<Navigate to="/complaints" replace />} />
      </Route>
    </Routes>
  );
}
