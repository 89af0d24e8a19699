import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { includes, logout } from '../features/auth/api';
import { useSession } from '../features/auth/session';
import { PresenceMenu } from '../features/presence/PresenceMenu';
import { useLiveState } from '../lib/live';
import { ShortcutHelp } from '../ui/ShortcutHelp';
import { LanguagePicker } from '../ui/LanguagePicker';
/** The frame around every signed-in screen: navigation, the agent's presence, language and sign-out. */
export function Layout() {
    const { t } = useTranslation();
    const { me, signOut } = useSession();
    const live = useLiveState();
    return (_jsxs("div", { className: "app", children: [_jsx("a", { className: "skip-link", href: "#main", children: t('skipToContent') }), _jsxs("header", { className: "topbar", children: [_jsx("strong", { className: "brand", children: "Frontline" }), _jsx("span", { className: "muted", children: me.workspaceName }), _jsxs("nav", { "aria-label": t('nav.label'), className: "topnav", children: [_jsx(NavLink, { to: "/inbox", children: t('nav.inbox') }), _jsx(NavLink, { to: "/contacts", children: t('nav.contacts') }), includes(me.role, 'SUPERVISOR') && _jsx(NavLink, { to: "/team", children: t('nav.team') }), _jsx(NavLink, { to: "/settings", children: t('nav.settings') }), me.operator && _jsx(NavLink, { to: "/operator", children: t('nav.operator') })] }), _jsx("span", { className: "spacer" }), live === 'reconnecting' && _jsx("span", { className: "live-state", role: "status", children: t('live.reconnecting') }), _jsx(PresenceMenu, {}), _jsx(LanguagePicker, {}), _jsxs("span", { "data-testid": "current-user", className: "current-user", children: [me.displayName, " \u00B7 ", t(`role.${me.role}`)] }), _jsx("button", { type: "button", className: "secondary", onClick: () => logout().finally(signOut), children: t('logout') }), _jsx(ShortcutHelp, {})] }), _jsx("main", { id: "main", className: "content", children: _jsx(Outlet, {}) })] }));
}
