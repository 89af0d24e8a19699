import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import * as Popover from '@radix-ui/react-popover';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useShortcut } from '../../lib/shortcuts';
import { errorMessage } from '../../ui/states';
import { useSession } from '../auth/session';
import { conversationApi, PRIORITIES } from './api';
import { useTags, useTeams, useUsers } from './hooks';
/** A local date-time input value ("2026-11-25T17:00") for an instant, in the browser's zone. */
function localInput(date) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
function snoozePresets(now = new Date()) {
    const inHours = (h) => new Date(now.getTime() + h * 3_600_000);
    const tomorrow = new Date(now);
    tomorrow.setDate(now.getDate() + 1);
    tomorrow.setHours(9, 0, 0, 0);
    const nextWeek = new Date(now);
    nextWeek.setDate(now.getDate() + ((8 - now.getDay()) % 7 || 7));
    nextWeek.setHours(9, 0, 0, 0);
    return [['snooze.oneHour', inHours(1)], ['snooze.fourHours', inHours(4)], ['snooze.tomorrow', tomorrow], ['snooze.nextWeek', nextWeek]];
}
/**
 * Who has the conversation, its status, priority and tags, and the keyboard shortcuts for the common actions.
 * Every change goes through the API, whose answer (or readable error) is shown.
 */
export function ActionsBar({ conversation, onFocusComposer }) {
    const { t } = useTranslation('conversation');
    const { me } = useSession();
    const queryClient = useQueryClient();
    const users = useUsers();
    const teams = useTeams();
    const tags = useTags();
    const id = conversation.id;
    const [snoozeOpen, setSnoozeOpen] = useState(false);
    const [snoozeAt, setSnoozeAt] = useState(() => localInput(snoozePresets()[2][1]));
    const [tagInput, setTagInput] = useState('');
    const tagListId = useId();
    const settle = (updated) => {
        queryClient.setQueryData(['conversation', id], updated);
        void queryClient.invalidateQueries({ queryKey: ['timeline', id] });
        void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    };
    const update = useMutation({ mutationFn: (changes) => conversationApi.update(id, changes), onSuccess: settle });
    const assign = useMutation({
        mutationFn: ({ assigneeId, teamId }) => conversationApi.assign(id, assigneeId, teamId),
        onSuccess: settle,
    });
    const busy = update.isPending || assign.isPending;
    const error = update.error ?? assign.error;
    const closed = conversation.status === 'RESOLVED' || conversation.status === 'CLOSED';
    const resolve = () => update.mutate({ status: 'RESOLVED' });
    const reopen = () => update.mutate({ status: 'OPEN' });
    const pending = () => update.mutate({ status: 'PENDING' });
    const snooze = (at) => {
        update.mutate({ status: 'SNOOZED', snoozedUntil: at.toISOString() });
        setSnoozeOpen(false);
    };
    const assignToMe = () => assign.mutate({ assigneeId: me.userId, teamId: conversation.teamId });
    const addTag = (raw) => {
        const tag = raw.trim().replace(/\s+/g, '-').slice(0, 100);
        setTagInput('');
        if (!tag || conversation.tags.includes(tag))
            return;
        update.mutate({ tags: [...conversation.tags, tag] });
    };
    const removeTag = (tag) => update.mutate({ tags: conversation.tags.filter((x) => x !== tag) });
    useShortcut('r', 'conversation:shortcut.reply', () => onFocusComposer('reply'));
    useShortcut('n', 'conversation:shortcut.note', () => onFocusComposer('note'));
    useShortcut('e', 'conversation:shortcut.resolve', () => (closed ? reopen() : resolve()));
    useShortcut('a', 'conversation:shortcut.assignMe', assignToMe);
    useShortcut('p', 'conversation:shortcut.pending', pending);
    useShortcut('s', 'conversation:shortcut.snooze', () => setSnoozeOpen(true));
    const agents = (users.data ?? []).filter((u) => u.active !== false || u.id === conversation.assigneeId);
    const suggestions = (tags.data ?? []).map((tag) => tag.name).filter((name) => !conversation.tags.includes(name));
    return (_jsxs("div", { className: "actions-bar", children: [_jsxs("div", { className: "action-group", children: [_jsxs("label", { className: "compact", children: [_jsx("span", { children: t('actions.assignee') }), _jsxs("select", { value: conversation.assigneeId ?? '', disabled: busy, onChange: (e) => assign.mutate({ assigneeId: e.target.value || null, teamId: conversation.teamId }), children: [_jsx("option", { value: "", children: t('actions.unassigned') }), agents.map((u) => _jsx("option", { value: u.id, children: u.id === me.userId ? t('actions.meName', { name: u.displayName }) : u.displayName }, u.id))] })] }), _jsxs("label", { className: "compact", children: [_jsx("span", { children: t('actions.team') }), _jsxs("select", { value: conversation.teamId ?? '', disabled: busy, onChange: (e) => assign.mutate({ assigneeId: conversation.assigneeId, teamId: e.target.value || null }), children: [_jsx("option", { value: "", children: t('actions.noTeam') }), (teams.data ?? []).map((team) => _jsx("option", { value: team.id, children: team.name }, team.id))] })] }), conversation.assigneeId !== me.userId && (_jsx("button", { type: "button", className: "secondary", disabled: busy, onClick: assignToMe, children: t('actions.assignMe') }))] }), _jsxs("div", { className: "action-group", children: [closed
                        ? _jsx("button", { type: "button", className: "secondary", disabled: busy || conversation.status === 'CLOSED', onClick: reopen, children: t('actions.reopen') })
                        : _jsx("button", { type: "button", disabled: busy, onClick: resolve, children: t('actions.resolve') }), conversation.status !== 'PENDING' && !closed && (_jsx("button", { type: "button", className: "secondary", disabled: busy, onClick: pending, children: t('actions.pending') })), conversation.status === 'PENDING' && (_jsx("button", { type: "button", className: "secondary", disabled: busy, onClick: reopen, children: t('actions.open') })), _jsxs(Popover.Root, { open: snoozeOpen, onOpenChange: setSnoozeOpen, children: [_jsx(Popover.Trigger, { className: "secondary-button", disabled: busy || conversation.status === 'CLOSED', children: conversation.status === 'SNOOZED' && conversation.snoozedUntil
                                    ? t('actions.snoozedUntil', { time: formatDateTime(conversation.snoozedUntil) }) : t('actions.snooze') }), _jsx(Popover.Portal, { children: _jsxs(Popover.Content, { className: "popover snooze", align: "start", "aria-label": t('actions.snooze'), children: [_jsx("div", { className: "presets", children: snoozePresets().map(([key, at]) => (_jsxs("button", { type: "button", className: "secondary", onClick: () => snooze(at), children: [t(key), " ", _jsx("span", { className: "muted", children: formatDateTime(at.toISOString(), { weekday: 'short', hour: 'numeric', minute: '2-digit' }) })] }, key))) }), _jsxs("form", { onSubmit: (e) => {
                                                e.preventDefault();
                                                const at = new Date(snoozeAt);
                                                if (!Number.isNaN(at.getTime()))
                                                    snooze(at);
                                            }, children: [_jsxs("label", { children: [_jsx("span", { children: t('snooze.until') }), _jsx("input", { type: "datetime-local", value: snoozeAt, min: localInput(new Date()), required: true, onChange: (e) => setSnoozeAt(e.target.value) })] }), _jsx("button", { type: "submit", children: t('actions.snooze') })] })] }) })] }), _jsxs("label", { className: "compact", children: [_jsx("span", { children: t('actions.priority') }), _jsx("select", { value: conversation.priority, disabled: busy, onChange: (e) => update.mutate({ priority: e.target.value }), children: PRIORITIES.map((p) => _jsx("option", { value: p, children: t(`priority.${p}`) }, p)) })] })] }), _jsxs("div", { className: "action-group tags", children: [_jsx("ul", { className: "tag-list", "aria-label": t('actions.tags'), children: conversation.tags.map((tag) => (_jsxs("li", { className: "tag", children: [_jsx("span", { children: tag }), _jsx("button", { type: "button", className: "icon-button", disabled: busy, "aria-label": t('actions.removeTag', { tag }), onClick: () => removeTag(tag), children: "\u00D7" })] }, tag))) }), _jsxs("form", { onSubmit: (e) => { e.preventDefault(); addTag(tagInput); }, children: [_jsx("input", { className: "tag-input", value: tagInput, list: tagListId, placeholder: t('actions.addTag'), "aria-label": t('actions.addTag'), onChange: (e) => setTagInput(e.target.value), maxLength: 100 }), _jsx("datalist", { id: tagListId, children: suggestions.map((s) => _jsx("option", { value: s }, s)) })] })] }), error && (_jsxs("div", { className: "action-error", role: "alert", children: [_jsx("span", { children: errorMessage(error, (k) => t(k, { ns: 'common' })) }), _jsx("button", { type: "button", className: "icon-button", "aria-label": t('close', { ns: 'common' }), onClick: () => { update.reset(); assign.reset(); }, children: "\u00D7" })] }))] }));
}
