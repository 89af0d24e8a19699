import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { currentUser } from '../features/auth/api';
import { LoginPage } from '../features/auth/LoginPage';
import { SessionProvider } from '../features/auth/session';
import { ContactsPage } from '../features/customer/ContactsPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { OperatorPage } from '../features/operator/OperatorPage';
import { InvitePage } from '../features/settings/InvitePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TeamPresencePage } from '../features/presence/TeamPresencePage';
import { setDisplayTimeZone } from '../lib/format';
import { whenUnauthorized } from '../lib/http';
import { changeLocale, currentLocale, isLocale } from '../lib/i18n';
import { LiveEventsProvider } from '../lib/live';
import { queryClient } from '../lib/queryClient';
import { Loading } from '../ui/states';
import { Layout } from './Layout';
export function App() {
    return (_jsx(QueryClientProvider, { client: queryClient, children: _jsx(BrowserRouter, { children: _jsxs(Routes, { children: [_jsx(Route, { path: "/invite/:token", element: _jsx(InvitePage, {}) }), _jsx(Route, { path: "*", element: _jsx(SignedIn, {}) })] }) }) }));
}
/** Everything behind the sign-in: the session is the cached answer of GET /auth/me. */
function SignedIn() {
    const me = useQuery({ queryKey: ['me'], queryFn: currentUser, retry: false, staleTime: Infinity });
    useEffect(() => whenUnauthorized(() => queryClient.setQueryData(['me'], null)), []);
    useEffect(() => {
        setDisplayTimeZone(me.data?.timezone);
        if (isLocale(me.data?.locale) && me.data.locale !== currentLocale())
            changeLocale(me.data.locale);
    }, [me.data]);
    if (me.isPending)
        return _jsx(Loading, {});
    if (!me.data) {
        return _jsx(LoginPage, { onLoggedIn: (signedIn) => queryClient.setQueryData(['me'], signedIn) });
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
    return (_jsx(SessionProvider, { session: session, children: _jsx(LiveEventsProvider, { children: _jsx(Routes, { children: _jsxs(Route, { element: _jsx(Layout, {}), children: [_jsx(Route, { index: true, element: _jsx(Navigate, { to: "/inbox", replace: true }) }), _jsx(Route, { path: "inbox", element: _jsx(InboxPage, {}) }), _jsx(Route, { path: "inbox/:view", element: _jsx(InboxPage, {}) }), _jsx(Route, { path: "inbox/:view/:conversationId", element: _jsx(InboxPage, {}) }), _jsx(Route, { path: "contacts", element: _jsx(ContactsPage, {}) }), _jsx(Route, { path: "contacts/:contactId", element: _jsx(ContactsPage, {}) }), _jsx(Route, { path: "team", element: _jsx(TeamPresencePage, {}) }), _jsx(Route, { path: "settings/*", element: _jsx(SettingsPage, {}) }), _jsx(Route, { path: "operator", element: _jsx(OperatorPage, {}) }), _jsx(Route, { path: "*", element: _jsx(Navigate, { to: "/inbox", replace: true }) })] }) }) }) }));
}
