import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { useTRPC } from './api/client';
import { onSessionDropped } from './api/token';
import { RequireSession, useMe } from './auth/session';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { LoginPage } from './pages/LoginPage';
import { CertificatePage } from './pages/CertificatePage';
import { MatterPage } from './pages/matters/MatterPage';
import { MattersPage } from './pages/matters/MattersPage';
import { RegisterPage } from './pages/register/RegisterPage';
import { NotFoundPage } from './pages/StatusPages';
import { AppShell } from './shell/AppShell';
import { navFor } from './shell/nav';

// The charts library is large and only supervisors open 统计: it loads when they do.
const StatsPage = lazy(() => import('./pages/stats/StatsPage').then((m) => ({ default: m.StatsPage })));
// The counter's first views (登记, 事项) come with the app; every other page loads when first opened.
const MediationPage = lazy(() => import('./pages/mediation/MediationPage').then((m) => ({ default: m.MediationPage })));
const DayClosePage = lazy(() => import('./pages/dayClose/DayClosePage').then((m) => ({ default: m.DayClosePage })));
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const AssessmentPage = lazy(() => import('./pages/assessment/AssessmentPage').then((m) => ({ default: m.AssessmentPage })));
const GridReportPage = lazy(() => import('./pages/grid/GridReportPage').then((m) => ({ default: m.GridReportPage })));
const GridQueuePage = lazy(() => import('./pages/grid/GridQueuePage').then((m) => ({ default: m.GridQueuePage })));
const RosterPage = lazy(() => import('./pages/roster/RosterPage').then((m) => ({ default: m.RosterPage })));
const VisitorScreenPage = lazy(() => import('./pages/screen/VisitorScreenPage').then((m) => ({ default: m.VisitorScreenPage })));
const PrintPage = lazy(() => import('./print/PrintPage').then((m) => ({ default: m.PrintPage })));
const ViewsPage = lazy(() => import('./pages/views/ViewsPage').then((m) => ({ default: m.ViewsPage })));
const RetentionPage = lazy(() => import('./pages/retention/RetentionPage').then((m) => ({ default: m.RetentionPage })));
const HandoffsPage = lazy(() => import('./pages/centres/HandoffsPage').then((m) => ({ default: m.HandoffsPage })));
const VisitorPage = lazy(() => import('./pages/matters/VisitorPage').then((m) => ({ default: m.VisitorPage })));

/** When the session ends anywhere (expired, signed out), go to the login page and say why. */
function SessionWatcher() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onSessionDropped((reason) => {
        queryClient.clear();
        navigate('/login', { replace: true, state: { message: reason, from: window.location.pathname } });
      }),
    [navigate, queryClient],
  );
  return null;
}

/**
 * Where each role starts: the desk at 登记, stations and supervisors at their queues (督单), and
 * the admin of a centre not yet set up at its checklist (设置 · 开始使用).
 */
function Home() {
  const me = useMe();
  const trpc = useTRPC();
  const isAdmin = me.user.role === 'admin' && !me.user.mustChangePassword;
  const setup = useQuery({ ...trpc.admin.setup.queryOptions(), enabled: isAdmin });
  if (isAdmin && setup.isPending) return null;
  if (isAdmin && setup.data && !setup.data.finished) return <Navigate to="/settings?tab=setup" replace />;
  const start = me.user.role === 'supervisor' ? '/matters' : navFor(me.user.role)[0]?.path;
  return <Navigate to={start ?? '/password'} replace />;
}

export function AppRoutes() {
  return (
    <>
      <SessionWatcher />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/certificate" element={<CertificatePage />} />
        <Route
          path="/screen"
          element={
            <Suspense fallback={<Spin />}>
              <VisitorScreenPage />
            </Suspense>
          }
        />
        <Route
          element={
            <RequireSession>
              <AppShell />
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="/matters" element={<MattersPage />} />
          <Route path="/matters/:id" element={<MatterPage />} />
          <Route path="/matters/:id/mediation" element={<MediationPage />} />
          <Route path="/visitors/:id" element={<VisitorPage />} />
          <Route path="/assessment" element={<AssessmentPage />} />
          <Route path="/grid" element={<GridReportPage />} />
          <Route path="/grid-reports" element={<GridQueuePage />} />
          <Route path="/roster" element={<RosterPage />} />
          <Route path="/print" element={<PrintPage />} />
          <Route path="/day-close" element={<DayClosePage />} />
          <Route path="/stats" element={<StatsPage />} />
          <Route path="/handoffs" element={<HandoffsPage />} />
          <Route path="/views" element={<ViewsPage />} />
          <Route path="/retention" element={<RetentionPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
