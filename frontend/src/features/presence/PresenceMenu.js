import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import * as Popover from '@radix-ui/react-popover';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { useLiveEvents } from '../../lib/live';
import { errorMessage } from '../../ui/states';
import { applyPresenceChange, formatTimeInState, myPresence, setMyPresence, STATUSES, } from './presence';
import { StatusDot } from './StatusDot';
import { useNow } from '../../lib/useNow';
import './presence.css';
import '../settings/admin.css';
/** The agent's own presence in the top bar: status dot, reason, ticking time in state; a popover changes it. */
export function PresenceMenu() {
    const { t } = useTranslation('presence');
    const { me } = useSession();
    const queryClient = useQueryClient();
    const now = useNow();
    const [open, setOpen] = useState(false);
    const mine = useQuery({ queryKey: ['presence', 'me'], queryFn: myPresence });
    useLiveEvents((event) => {
        if (event.type !== 'agent_presence.changed')
            return;
        const change = event.data;
        if (change.userId === me.userId) {
            queryClient.setQueryData(['presence', 'me'], (current) => current ? { ...current, status: change.status, reason: change.reason ?? null, since: change.since ?? null } : current);
        }
        // The board stays current on every screen; someone it does not list yet (just joined) means a refetch.
        const board = queryClient.getQueryData(['presence', 'board']);
        const next = applyPresenceChange(board, change);
        if (board && next === board)
            void queryClient.invalidateQueries({ queryKey: ['presence', 'board'] });
        else if (next)
            queryClient.setQueryData(['presence', 'board'], next);
    });
    const current = mine.data;
    const label = current ? t(`status.${current.status}`) : t('status.unknown');
    return (_jsxs(Popover.Root, { open: open, onOpenChange: setOpen, children: [_jsx(Popover.Trigger, { asChild: true, children: _jsxs("button", { type: "button", className: "presence-trigger secondary", "data-testid": "presence-trigger", children: [_jsx("span", { className: "visually-hidden", children: t('menu.label') }), _jsx(StatusDot, { status: current?.status ?? 'OFFLINE' }), _jsx("span", { className: "presence-label", children: label }), current?.reason && _jsxs("span", { className: "presence-reason muted", children: ["\u00B7 ", current.reason] }), current?.since && _jsx("span", { className: "presence-time muted", children: formatTimeInState(current.since, now) })] }) }), _jsx(Popover.Portal, { children: _jsx(Popover.Content, { className: "presence-popover", align: "end", sideOffset: 6, children: mine.isError
                        ? _jsx("p", { role: "alert", className: "error", children: errorMessage(mine.error, (k) => t(k, { ns: 'common' })) })
                        : _jsx(PresenceForm, { current: current, onDone: () => setOpen(false) }) }) })] }));
}
function PresenceForm({ current, onDone }) {
    const { t } = useTranslation('presence');
    const queryClient = useQueryClient();
    const [status, setStatus] = useState(current?.status ?? 'AVAILABLE');
    const [reason, setReason] = useState(current?.reason ?? '');
    useEffect(() => {
        setStatus(current?.status ?? 'AVAILABLE');
        setReason(current?.reason ?? '');
    }, [current?.status, current?.reason]);
    const change = useMutation({
        mutationFn: () => setMyPresence(status, reason),
        onSuccess: (presence) => {
            queryClient.setQueryData(['presence', 'me'], presence);
            void queryClient.invalidateQueries({ queryKey: ['presence', 'board'] });
            onDone();
        },
    });
    const submit = (e) => {
        e.preventDefault();
        change.mutate();
    };
    return (_jsxs("form", { onSubmit: submit, className: "presence-form", children: [_jsxs("fieldset", { children: [_jsx("legend", { children: t('menu.title') }), STATUSES.map((s) => (_jsxs("label", { className: "presence-option", children: [_jsx("input", { type: "radio", name: "presence-status", value: s, checked: status === s, onChange: () => setStatus(s) }), _jsx(StatusDot, { status: s }), t(`status.${s}`)] }, s)))] }), _jsxs("div", { className: "presence-reason-field", children: [_jsx("label", { htmlFor: "presence-reason", children: t('menu.reason') }), _jsx("input", { id: "presence-reason", value: reason, maxLength: 200, placeholder: t('menu.reasonPlaceholder'), onChange: (e) => setReason(e.target.value) })] }), change.isError && _jsx("p", { role: "alert", className: "error", children: errorMessage(change.error, (k) => t(k, { ns: 'common' })) }), _jsx("div", { className: "presence-actions", children: _jsx("button", { type: "submit", disabled: change.isPending, children: t('menu.set') }) })] }));
}
