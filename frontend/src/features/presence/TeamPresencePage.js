import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { api } from '../../lib/http';
import { currentLocale } from '../../lib/i18n';
import { Dialog } from '../../ui/Dialog';
import { Empty, ErrorMessage, errorMessage, Loading } from '../../ui/states';
import { formatTimeInState, setPresenceOf, sortBoard, STATUSES, teamPresence } from './presence';
import { StatusDot } from './StatusDot';
import { useNow } from '../../lib/useNow';
import './presence.css';
import '../settings/admin.css';
/** Filters the board: '' everyone, 'mine' members of the caller's teams, else one team's members. */
export function filterBoard(list, filter, teams, myUserId) {
    if (!filter)
        return list;
    const teamIds = filter === 'mine'
        ? new Set(teams.filter((t) => t.memberIds.includes(myUserId)).map((t) => t.id))
        : new Set([filter]);
    const members = new Set(teams.filter((t) => teamIds.has(t.id)).flatMap((t) => t.memberIds));
    return list.filter((p) => members.has(p.userId) || (p.teamIds ?? []).some((id) => teamIds.has(id)));
}
/** Supervisors' live board of their teams: status, reason, time in state; they may set someone offline. */
export function TeamPresencePage() {
    const { t } = useTranslation('presence');
    const { me } = useSession();
    const allowed = includes(me.role, 'SUPERVISOR');
    const board = useQuery({ queryKey: ['presence', 'board'], queryFn: teamPresence, enabled: allowed });
    const teams = useQuery({ queryKey: ['teams'], queryFn: () => api.get('/teams'), enabled: allowed });
    const [filter, setFilter] = useState(null);
    const [offline, setOffline] = useState(null);
    const now = useNow();
    const filterId = useId();
    const myTeams = (teams.data ?? []).filter((team) => team.memberIds.includes(me.userId));
    // Supervisors start on their own teams; admins (and supervisors without a team) on everyone.
    const effectiveFilter = filter ?? (me.role === 'SUPERVISOR' && myTeams.length > 0 ? 'mine' : '');
    const rows = useMemo(() => sortBoard(filterBoard(board.data ?? [], effectiveFilter, teams.data ?? [], me.userId), currentLocale()), [board.data, effectiveFilter, teams.data, me.userId]);
    const teamNames = new Map((teams.data ?? []).map((team) => [team.id, team.name]));
    if (!allowed)
        return _jsx("div", { className: "admin-page", children: _jsx("p", { role: "alert", className: "state error", children: t('error.forbidden', { ns: 'common' }) }) });
    const counts = STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]).filter(([, n]) => n > 0);
    return (_jsxs("div", { className: "admin-page presence-page", children: [_jsxs("div", { className: "page-header", children: [_jsx("h1", { children: t('title') }), _jsxs("span", { className: "inline-field", children: [_jsx("label", { htmlFor: filterId, children: t('board.team') }), _jsxs("select", { id: filterId, value: effectiveFilter, onChange: (e) => setFilter(e.target.value), children: [_jsx("option", { value: "", children: t('board.allTeams') }), myTeams.length > 0 && _jsx("option", { value: "mine", children: t('board.myTeams') }), (teams.data ?? []).map((team) => _jsx("option", { value: team.id, children: team.name }, team.id))] })] })] }), counts.length > 0 && (_jsx("ul", { className: "presence-summary", "aria-label": t('board.summary'), children: counts.map(([s, n]) => _jsxs("li", { children: [_jsx(StatusDot, { status: s }), t(`status.${s}`), " ", _jsx("strong", { children: n })] }, s)) })), board.isPending ? _jsx(Loading, {}) : board.isError ? _jsx(ErrorMessage, { error: board.error, onRetry: () => board.refetch() })
                : rows.length === 0 ? _jsx(Empty, { children: t('board.empty') }) : (_jsxs("table", { className: "data-table", "data-testid": "presence-board", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('board.name') }), _jsx("th", { scope: "col", children: t('board.status') }), _jsx("th", { scope: "col", children: t('board.reason') }), _jsx("th", { scope: "col", children: t('board.timeInState') }), _jsx("th", { scope: "col", children: t('board.teams') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('board.actions') }) })] }) }), _jsx("tbody", { children: rows.map((p) => (_jsxs("tr", { "data-user": p.userId, children: [_jsx("td", { children: p.displayName }), _jsx("td", { children: _jsxs("span", { className: "status-cell", children: [_jsx(StatusDot, { status: p.status }), t(`status.${p.status}`)] }) }), _jsx("td", { children: p.reason ?? _jsx("span", { className: "muted", children: "\u2014" }) }), _jsx("td", { className: "numeric", children: formatTimeInState(p.since, now) }), _jsx("td", { children: (p.teamIds ?? []).map((id) => teamNames.get(id)).filter(Boolean).join(', ') }), _jsx("td", { className: "actions", children: p.status !== 'OFFLINE' && p.userId !== me.userId && (_jsx("button", { type: "button", className: "secondary small", onClick: () => setOffline(p), "aria-label": t('board.setOfflineOf', { name: p.displayName }), children: t('board.setOffline') })) })] }, p.userId))) })] })), teams.isError && _jsx(ErrorMessage, { error: teams.error, onRetry: () => teams.refetch() }), _jsx(SetOfflineDialog, { member: offline, onClose: () => setOffline(null) })] }));
}
function SetOfflineDialog({ member, onClose }) {
    const { t } = useTranslation('presence');
    const queryClient = useQueryClient();
    const change = useMutation({
        mutationFn: (p) => setPresenceOf(p.userId, 'OFFLINE', null),
        onSuccess: () => {
            void queryClient.invalidateQueries({ queryKey: ['presence', 'board'] });
            onClose();
        },
    });
    return (_jsxs(Dialog, { open: !!member, onOpenChange: (open) => { if (!open) {
            change.reset();
            onClose();
        } }, title: t('board.setOfflineTitle'), children: [_jsx("p", { children: t('board.setOfflineConfirm', { name: member?.displayName ?? '' }) }), change.isError && _jsx("p", { role: "alert", className: "error", children: errorMessage(change.error, (k) => t(k, { ns: 'common' })) }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "button", className: "danger", disabled: change.isPending, onClick: () => member && change.mutate(member), children: t('board.setOffline') })] })] }));
}
