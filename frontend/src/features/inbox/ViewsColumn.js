import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format';
import { errorMessage } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { BUILT_IN_VIEWS } from './filters';
import { useSavedViews } from './hooks';
import { NotificationSettings } from './NotificationSettings';
import { ViewDialog } from './ViewDialog';
/** The left column: built-in views and saved views, each with its live count. */
export function ViewsColumn({ current, counts }) {
    const { t } = useTranslation('inbox');
    const { me } = useSession();
    const views = useSavedViews();
    const [editing, setEditing] = useState(null);
    const supervisor = includes(me.role, 'SUPERVISOR');
    const builtIns = BUILT_IN_VIEWS.filter((view) => view !== 'all' || supervisor);
    const canEdit = (view) => (view.shared ? supervisor : view.ownerId === me.userId);
    const count = (value) => {
        if (counts.isPending)
            return _jsx("span", { className: "count pending", "aria-hidden": "true", children: "\u00B7" });
        if (value === null || value === undefined)
            return null;
        return _jsx("span", { className: "count", children: formatNumber(value) });
    };
    return (_jsxs("nav", { className: "inbox-views", "aria-label": t('views.label'), children: [_jsx("ul", { children: builtIns.map((view) => (_jsx("li", { children: _jsxs(Link, { to: `/inbox/${view}`, className: "view-link", "aria-current": current === view ? 'page' : undefined, "data-testid": `view-${view}`, children: [_jsx("span", { className: "view-name", children: t(`views.${view}`) }), count(counts.data?.[view])] }) }, view))) }), counts.isError && (_jsxs("p", { className: "views-error", role: "alert", children: [errorMessage(counts.error, (key) => t(key, { ns: 'common' })), ' ', _jsx("button", { type: "button", className: "link", onClick: () => void counts.refetch(), children: t('retry', { ns: 'common' }) })] })), _jsx("h2", { className: "views-heading", children: t('views.saved') }), views.isPending && _jsx("p", { className: "muted small", role: "status", children: t('loading', { ns: 'common' }) }), views.isError && (_jsxs("p", { className: "views-error", role: "alert", children: [errorMessage(views.error, (key) => t(key, { ns: 'common' })), ' ', _jsx("button", { type: "button", className: "link", onClick: () => void views.refetch(), children: t('retry', { ns: 'common' }) })] })), views.data && views.data.length === 0 && _jsx("p", { className: "muted small", children: t('views.noneSaved') }), views.data && views.data.length > 0 && (_jsx("ul", { children: views.data.map((view) => (_jsxs("li", { className: "saved-view", children: [_jsxs(Link, { to: `/inbox/${view.id}`, className: "view-link", "aria-current": current === view.id ? 'page' : undefined, title: view.shared ? t('views.sharedHint') : undefined, children: [_jsxs("span", { className: "view-name", children: [view.name, view.shared && _jsx("span", { className: "shared-mark", "aria-label": t('views.shared'), children: " \u21C4" })] }), count(counts.data?.views?.[view.id] ?? (counts.data ? 0 : undefined))] }), canEdit(view) && (_jsx("button", { type: "button", className: "icon-button edit-view", "aria-label": t('views.edit', { name: view.name }), onClick: () => setEditing(view), children: "\u270E" }))] }, view.id))) })), _jsx("span", { className: "spacer" }), _jsx(NotificationSettings, {}), editing && _jsx(ViewDialog, { mode: "edit", view: editing, current: current, onClose: () => setEditing(null) })] }));
}
