import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { inboxApi } from './api';
import { useTags, useTeams, useUsers } from './hooks';
import { inboxKeys } from './live';
const BULK_STATUSES = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'];
/** Assign, change status, add or remove a tag for the selected conversations; shows what failed and why. */
export function BulkBar({ ids, items, onDone, onClear }) {
    const { t } = useTranslation('inbox');
    const id = useId();
    const client = useQueryClient();
    const users = useUsers();
    const teams = useTeams();
    const tags = useTags();
    const [assignTo, setAssignTo] = useState('');
    const [status, setStatus] = useState('');
    const [tag, setTag] = useState('');
    const bulk = useMutation({
        mutationFn: (request) => inboxApi.bulk({ ...request, ids }),
        onSuccess: (result) => onDone(result.failed.map((f) => f.id)),
        onSettled: () => {
            void client.invalidateQueries({ queryKey: inboxKeys.all });
        },
    });
    const assign = () => {
        if (!assignTo)
            return;
        const [kind, target] = assignTo.split(':');
        // The API keeps what is not named; 'none' clears it.
        bulk.mutate(kind === 'team'
            ? { action: 'assign', teamId: target }
            : { action: 'assign', assigneeId: kind === 'user' ? target : 'none' });
    };
    const nameOf = (conversationId) => items.find((item) => item.id === conversationId)?.contactName ?? t('list.unknownContact');
    return (_jsxs("div", { className: "bulk-bar", role: "region", "aria-label": t('bulk.label'), children: [_jsxs("div", { className: "bulk-row", children: [_jsx("strong", { children: t('bulk.selected', { count: ids.length }) }), _jsx("span", { className: "spacer" }), _jsx("button", { type: "button", className: "link", onClick: onClear, children: ids.length > 0 ? t('bulk.clear') : t('bulk.close') })] }), _jsxs("div", { className: "bulk-row", children: [_jsx("label", { htmlFor: `${id}-assign`, className: "visually-hidden", children: t('bulk.assignTo') }), _jsxs("select", { id: `${id}-assign`, value: assignTo, onChange: (e) => setAssignTo(e.target.value), children: [_jsx("option", { value: "", children: t('bulk.assignTo') }), _jsx("option", { value: "none", children: t('bulk.unassign') }), _jsx("optgroup", { label: t('bulk.agents'), children: (users.data ?? []).filter((u) => u.active !== false).map((u) => (_jsx("option", { value: `user:${u.id}`, children: u.displayName }, u.id))) }), _jsx("optgroup", { label: t('bulk.teams'), children: (teams.data ?? []).map((team) => _jsx("option", { value: `team:${team.id}`, children: team.name }, team.id)) })] }), _jsx("button", { type: "button", disabled: !assignTo || bulk.isPending || ids.length === 0, onClick: assign, children: t('bulk.assign') })] }), _jsxs("div", { className: "bulk-row", children: [_jsx("label", { htmlFor: `${id}-status`, className: "visually-hidden", children: t('bulk.status') }), _jsxs("select", { id: `${id}-status`, value: status, onChange: (e) => setStatus(e.target.value), children: [_jsx("option", { value: "", children: t('bulk.status') }), BULK_STATUSES.map((s) => _jsx("option", { value: s, children: t(`status.${s}`) }, s))] }), _jsx("button", { type: "button", disabled: !status || bulk.isPending || ids.length === 0, onClick: () => status && bulk.mutate({ action: 'status', status }), children: t('bulk.apply') })] }), _jsxs("div", { className: "bulk-row", children: [_jsx("label", { htmlFor: `${id}-tag`, className: "visually-hidden", children: t('bulk.tag') }), _jsx("input", { id: `${id}-tag`, value: tag, onChange: (e) => setTag(e.target.value), placeholder: t('bulk.tag'), list: `${id}-tags`, autoComplete: "off" }), _jsx("datalist", { id: `${id}-tags`, children: (tags.data ?? []).map((x) => _jsx("option", { value: x.name }, x.name)) }), _jsx("button", { type: "button", disabled: !tag.trim() || bulk.isPending || ids.length === 0, onClick: () => bulk.mutate({ action: 'tag', addTags: [tag.trim()] }), children: t('bulk.addTag') }), _jsx("button", { type: "button", className: "secondary", disabled: !tag.trim() || bulk.isPending || ids.length === 0, onClick: () => bulk.mutate({ action: 'tag', removeTags: [tag.trim()] }), children: t('bulk.removeTag') })] }), _jsxs("div", { "aria-live": "polite", className: "bulk-result", children: [bulk.isPending && _jsx("span", { className: "muted", children: t('bulk.working') }), bulk.isError && _jsx("p", { className: "error", role: "alert", children: errorMessage(bulk.error, (key) => t(key, { ns: 'common' })) }), bulk.data && (_jsxs(_Fragment, { children: [_jsx("p", { className: bulk.data.failed.length ? '' : 'success', children: t('bulk.updated', { count: bulk.data.updated }) }), bulk.data.failed.length > 0 && (_jsxs("div", { role: "alert", className: "bulk-failures", children: [_jsx("p", { className: "error", children: t('bulk.failed', { count: bulk.data.failed.length }) }), _jsxs("ul", { children: [bulk.data.failed.slice(0, 5).map((f) => (_jsxs("li", { children: [_jsx("strong", { children: nameOf(f.id) }), ": ", f.detail ?? t('bulk.failedStatus', { status: f.status })] }, f.id))), bulk.data.failed.length > 5 && _jsx("li", { className: "muted", children: t('bulk.moreFailed', { count: bulk.data.failed.length - 5 }) })] })] }))] }))] })] }));
}
