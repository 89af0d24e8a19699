import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { currentUser } from '../features/auth/api';
import { LoginPage } from '../features/auth/LoginPage';
import { SessionProvider } from '../features/auth/session';
import { TwoFactorRequiredPage } from '../features/security/SecuritySection';
import { ContactsPage } from '../features/customer/ContactsPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { OperatorPage } from '../features/operator/OperatorPage';
import { InvitePage } from '../features/settings/InvitePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TeamPresencePage } from '../features/presence/TeamPresencePage';
import { RoutingPage } from '../features/routing/RoutingPage';
import { SupervisorPage } from '../features/routing/SupervisorPage';
import { ServiceLevelPage } from '../features/servicelevel/ServiceLevelPage';
import { ForecastPage } from '../features/workforce/ForecastPage';
import { IntradayPage } from '../features/workforce/IntradayPage';
import { WorkReportPage } from '../features/workforce/WorkReportPage';
import { StaffingPage } from '../features/workforce/StaffingPage';
import { MySchedulePage } from '../features/workforce/schedule/MySchedulePage';
import { SchedulePage } from '../features/workforce/schedule/SchedulePage';
import { WorkRulesPage } from '../features/workforce/workrules/WorkRulesPage';
import { setDisplayTimeZone } from '../lib/format';
import { whenUnauthorized } from '../lib/http';
import { changeLocale, currentLocale, isLocale } from '../lib/i18n';
import { LiveEventsProvider } from '../lib/live';
import { queryClient } from '../lib/queryClient';
import { Loading } from '../ui/states';
import { Layout } from './Layout';
import { ArticleAnalyticsPage } from '../features/knowledge/ArticleAnalyticsPage';
import { ReviewQueuePage } from '../features/knowledge/ArticleReview';
import { KnowledgePage } from '../features/knowledge/KnowledgePage';
import { WorkflowsPage } from '../features/workflows/WorkflowsPage';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/invite/:token" element={<InvitePage />} />
          <Route path="*" element={<SignedIn />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

/** Everything behind the sign-in: the session is the cached answer of GET /auth/me. */
function SignedIn() {
  const me = useQuery({ queryKey: ['me'], queryFn: currentUser, retry: false, staleTime: Infinity });
  useEffect(() => whenUnauthorized(() => queryClient.setQueryData(['me'], null)), []);
  useEffect(() => {
    setDisplayTimeZone(me.data?.timezone);
    if (isLocale(me.data?.locale) && me.data.locale !== currentLocale()) changeLocale(me.data.locale);
  }, [me.data]);

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return <LoginPage onLoggedIn={(signedIn) => queryClient.setQueryData(['me'], signedIn)} />;
  }
  const session = {
    me: me.data,
    signOut: () => {
      // Nothing of one person's session may show in the next one's.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queryClient.setQueryData(['me'], null);
    },
    refresh: () => void queryClient.invalidateQueries({ queryKey: ['me'] }),
  };
  if (me.data.twoFactorSetupRequired) {
    return <SessionProvider session={session}><TwoFactorRequiredPage /></SessionProvider>;
  }
  return (
    <SessionProvider session={session}>
      <LiveEventsProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Navigate to="/inbox" replace />} />
            <Route path="inbox" element={<InboxPage />} />
            <Route path="inbox/:view" element={<InboxPage />} />
            <Route path="inbox/:view/:conversationId" element={<InboxPage />} />
            <Route path="contacts" element={<ContactsPage />} />
            <Route path="contacts/:contactId" element={<ContactsPage />} />
            <Route path="team" element={<TeamPresencePage />} />
            <Route path="routing" element={<RoutingPage />} />
            <Route path="supervisor" element={<SupervisorPage />} />
            <Route path="service-level" element={<ServiceLevelPage />} />
            <Route path="staffing" element={<StaffingPage />} />
            <Route path="forecast" element={<ForecastPage />} />
            <Route path="intraday" element={<IntradayPage />} />
            <Route path="work-report" element={<WorkReportPage />} />
            <Route path="schedules" element={<SchedulePage />} />
            <Route path="my-schedule" element={<MySchedulePage />} />
            <Route path="work-rules" element={<WorkRulesPage />} />
            <Route path="settings/*" element={<SettingsPage />} />
            <Route path="knowledge" element={<KnowledgePage />} />
            <Route path="knowledge/articles/:articleId" element={<KnowledgePage />} />
            <Route path="workflows" element={<WorkflowsPage />} />
            <Route path="workflows/:workflowId" element={<WorkflowsPage />} />
            <Route path="workflows/:workflowId/:tab" element={<WorkflowsPage />} />
            <Route path="knowledge/review" element={<ReviewQueuePage />} />
            <Route path="knowledge/analytics" element={<ArticleAnalyticsPage />} />
            <Route path="operator" element={<OperatorPage />} />
            <Route path="*" element={<Navigate to="/inbox" replace />} />
          </Route>
        </Routes>
      </LiveEventsProvider>
    </SessionProvider>
  );
}
