import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { includes } from '../../auth/api';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../../lib/i18n';
import { Dialog } from '../../../ui/Dialog';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi } from '../api';
import { ConfirmDialog, Field, FormError, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';
/** Teams: create, rename, delete, and who is in each. */
export function TeamsSection() {
    const { t, fieldError } = useSettingsText();
    const { me } = useSession();
    const queryClient = useQueryClient();
    const teams = useQuery({ queryKey: ['teams'], queryFn: settingsApi.teams });
    // Admins read the user list; supervisors may too (GET /users is open to staff).
    const users = useQuery({ queryKey: ['users'], queryFn: settingsApi.users });
    const [name, setName] = useState('');
    const [nameError, setNameError] = useState();
    const [renaming, setRenaming] = useState(null);
    const [deleting, setDeleting] = useState(null);
    const refresh = () => {
        void queryClient.invalidateQueries({ queryKey: ['teams'] });
        void queryClient.invalidateQueries({ queryKey: ['presence'] });
    };
    const create = useMutation({
        mutationFn: () => settingsApi.createTeam(name.trim()),
        onSuccess: () => { setName(''); refresh(); },
    });
    const remove = useMutation({
        mutationFn: (team) => settingsApi.deleteTeam(team.id),
        onSuccess: () => { setDeleting(null); refresh(); },
    });
    const submit = (e) => {
        e.preventDefault();
        setNameError(name.trim() ? undefined : 'validation.required');
        if (name.trim())
            create.mutate();
    };
    const sorted = [...(teams.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
    return (_jsxs("section", { children: [_jsx("div", { className: "page-header", children: _jsx("h2", { children: t('section.teams') }) }), _jsxs("form", { className: "inline-create", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('teams.newName'), error: fieldError(nameError ?? serverFieldErrors(create.error).name), children: (p) => _jsx("input", { ...p, value: name, maxLength: 200, onChange: (e) => setName(e.target.value) }) }), _jsx("button", { type: "submit", disabled: create.isPending, children: t('teams.create') })] }), _jsx(FormError, { error: create.error }), teams.isPending ? _jsx(Loading, {}) : teams.isError ? _jsx(ErrorMessage, { error: teams.error, onRetry: () => teams.refetch() })
                : sorted.length === 0 ? _jsx(Empty, { children: t('teams.empty') }) : (_jsx("div", { className: "team-cards", "data-testid": "teams", children: sorted.map((team) => (_jsx(TeamCard, { team: team, users: users.data ?? [], canDelete: includes(me.role, 'SUPERVISOR'), onRename: () => setRenaming(team), onDelete: () => { remove.reset(); setDeleting(team); } }, team.id))) })), users.isError && _jsx(ErrorMessage, { error: users.error, onRetry: () => users.refetch() }), _jsx(RenameDialog, { team: renaming, onClose: () => setRenaming(null) }), _jsx(ConfirmDialog, { open: !!deleting, title: t('teams.deleteTitle'), message: t('teams.deleteConfirm', { name: deleting?.name ?? '' }), confirmLabel: t('delete', { ns: 'common' }), pending: remove.isPending, error: remove.error, onCancel: () => setDeleting(null), onConfirm: () => deleting && remove.mutate(deleting) })] }));
}
function TeamCard({ team, users, canDelete, onRename, onDelete }) {
    const { t, problem } = useSettingsText();
    const queryClient = useQueryClient();
    const [adding, setAdding] = useState('');
    const byId = new Map(users.map((u) => [u.id, u]));
    const members = team.memberIds.map((id) => byId.get(id) ?? { id, displayName: id.slice(0, 8), email: '' });
    const candidates = users.filter((u) => u.active !== false && !team.memberIds.includes(u.id));
    const membership = useMutation({
        mutationFn: ({ userId, add }) => add ? settingsApi.addMember(team.id, userId) : settingsApi.removeMember(team.id, userId),
        onSuccess: (updated) => {
            setAdding('');
            queryClient.setQueryData(['teams'], (list) => list?.map((x) => (x.id === updated.id ? updated : x)));
            void queryClient.invalidateQueries({ queryKey: ['presence'] });
        },
    });
    return (_jsxs("article", { className: "team-card", "aria-labelledby": `team-${team.id}`, children: [_jsxs("header", { children: [_jsx("h3", { id: `team-${team.id}`, children: team.name }), _jsx("span", { className: "badge", children: t('teams.members', { count: team.memberIds.length }) }), _jsx("button", { type: "button", className: "secondary small", onClick: onRename, "aria-label": t('teams.renameTeam', { name: team.name }), children: t('teams.rename') }), canDelete && (_jsx("button", { type: "button", className: "secondary small", onClick: onDelete, "aria-label": t('teams.deleteTeam', { name: team.name }), children: t('delete', { ns: 'common' }) }))] }), members.length === 0 ? _jsx("p", { className: "hint", children: t('teams.noMembers') }) : (_jsx("ul", { className: "member-list", "aria-label": t('teams.memberList', { name: team.name }), children: members.map((m) => (_jsxs("li", { children: [m.displayName, _jsx("button", { type: "button", className: "icon-button", disabled: membership.isPending, "aria-label": t('teams.removeMember', { name: m.displayName, team: team.name }), onClick: () => membership.mutate({ userId: m.id, add: false }), children: "\u00D7" })] }, m.id))) })), _jsxs("form", { className: "add-member", onSubmit: (e) => { e.preventDefault(); if (adding)
                    membership.mutate({ userId: adding, add: true }); }, children: [_jsxs("select", { "aria-label": t('teams.addMemberTo', { team: team.name }), value: adding, onChange: (e) => setAdding(e.target.value), children: [_jsx("option", { value: "", children: t('teams.choose') }), candidates.map((u) => _jsx("option", { value: u.id, children: u.displayName }, u.id))] }), _jsx("button", { type: "submit", className: "secondary small", disabled: !adding || membership.isPending, children: t('teams.add') })] }), membership.isError && _jsx("p", { role: "alert", className: "form-error", children: problem(membership.error) })] }));
}
function RenameDialog({ team, onClose }) {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const [name, setName] = useState('');
    const [shownFor, setShownFor] = useState(null);
    if (team && shownFor !== team.id) {
        setShownFor(team.id);
        setName(team.name);
    }
    const rename = useMutation({
        mutationFn: () => settingsApi.renameTeam(team.id, name.trim()),
        onSuccess: () => {
            void queryClient.invalidateQueries({ queryKey: ['teams'] });
            close();
        },
    });
    function close() {
        setShownFor(null);
        rename.reset();
        onClose();
    }
    const error = name.trim() ? serverFieldErrors(rename.error).name : 'validation.required';
    return (_jsx(Dialog, { open: !!team, onOpenChange: (open) => { if (!open)
            close(); }, title: t('teams.renameTitle'), children: _jsxs("form", { className: "admin-dialog form-grid", onSubmit: (e) => { e.preventDefault(); if (name.trim())
                rename.mutate(); }, children: [_jsx(Field, { label: t('teams.name'), error: fieldError(error), children: (p) => _jsx("input", { ...p, value: name, maxLength: 200, onChange: (e) => setName(e.target.value) }) }), _jsx(FormError, { error: rename.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: close, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: rename.isPending || !name.trim(), children: t('save', { ns: 'common' }) })] })] }) }));
}
