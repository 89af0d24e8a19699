import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { useSession } from '../auth/session';
import { visibleSections } from './sections';
import { AttributesSection } from './sections/Attributes';
import { AuditSection } from './sections/Audit';
import { CannedSection } from './sections/Canned';
import { InboxesSection } from './sections/Inboxes';
import { ProfileSection } from './sections/Profile';
import { TagsSection } from './sections/Tags';
import { TeamsSection } from './sections/Teams';
import { TokensSection } from './sections/Tokens';
import { UsersSection } from './sections/Users';
import { WebhooksSection } from './sections/Webhooks';
import { WorkspaceSection } from './sections/Workspace';
import './admin.css';
import './settings.css';
const screens = {
    profile: ProfileSection,
    users: UsersSection,
    teams: TeamsSection,
    inboxes: InboxesSection,
    canned: CannedSection,
    tags: TagsSection,
    attributes: AttributesSection,
    tokens: TokensSection,
    webhooks: WebhooksSection,
    audit: AuditSection,
    workspace: WorkspaceSection,
};
/** Settings and administration: a side menu of the sections the user's role may open, each a nested route. */
export function SettingsPage() {
    const { t } = useTranslation('settings');
    const { me } = useSession();
    const sections = visibleSections(me.role);
    return (_jsxs("div", { className: "settings-layout", children: [_jsxs("nav", { className: "settings-nav", "aria-label": t('title'), children: [_jsx("h1", { children: t('title') }), _jsx("ul", { children: sections.map((id) => (_jsx("li", { children: _jsx(NavLink, { to: `/settings/${id}`, children: t(`section.${id}`) }) }, id))) })] }), _jsx("div", { className: "admin-page settings-content", children: _jsxs(Routes, { children: [_jsx(Route, { index: true, element: _jsx(Navigate, { to: "profile", replace: true }) }), sections.map((id) => {
                            const Screen = screens[id];
                            return _jsx(Route, { path: `${id}/*`, element: _jsx(Screen, {}) }, id);
                        }), _jsx(Route, { path: "*", element: _jsx("p", { role: "alert", className: "state error", children: t('error.forbidden', { ns: 'common' }) }) })] }) })] }));
}
