import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { formatDateTime } from '../../../lib/format';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { settingsApi } from '../api';
import { ConfirmDialog, CopyBox, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { absoluteUrl, serverFieldErrors, validateInvite } from '../forms';
const ROLES = ['AGENT', 'SUPERVISOR', 'ADMIN'];
/** Users of the workspace: invite, change role, deactivate and reactivate. */
export function UsersSection() {
    const { t, problem } = useSettingsText();
    const { me } = useSession();
    const queryClient = useQueryClient();
    const users = useQuery({ queryKey: ['users'], queryFn: settingsApi.users });
    const [inviting, setInviting] = useState(false);
    const [deactivating, setDeactivating] = useState(null);
    const [newLink, setNewLink] = useState(null);
    const reinvite = useMutation({ mutationFn: (user) => settingsApi.reinvite(user.id), onSuccess: setNewLink });
    const update = useMutation({
        mutationFn: ({ id, changes }) => settingsApi.updateUser(id, changes),
        onSuccess: () => {
            setDeactivating(null);
            void queryClient.invalidateQueries({ queryKey: ['users'] });
            void queryClient.invalidateQueries({ queryKey: ['presence'] });
        },
    });
    return (_jsxs("section", { children: [_jsxs("div", { className: "page-header", children: [_jsx("h2", { children: t('section.users') }), _jsx("button", { type: "button", onClick: () => setInviting(true), children: t('users.invite') })] }), update.isError && !deactivating && _jsx("p", { role: "alert", className: "form-error", children: problem(update.error) }), reinvite.isError && _jsx("p", { role: "alert", className: "form-error", children: problem(reinvite.error) }), _jsx(QueryView, { query: users, empty: t('users.empty'), children: (items) => (_jsxs("table", { className: "data-table", "data-testid": "users-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('users.name') }), _jsx("th", { scope: "col", children: t('users.email') }), _jsx("th", { scope: "col", children: t('users.role') }), _jsx("th", { scope: "col", children: t('users.state') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('actions') }) })] }) }), _jsx("tbody", { children: items.map((user) => {
                                const active = user.active !== false;
                                const self = user.id === me.userId;
                                return (_jsxs("tr", { className: active ? undefined : 'inactive', "data-email": user.email, children: [_jsx("td", { className: "wrap", children: user.displayName }), _jsx("td", { className: "wrap", children: user.email }), _jsx("td", { children: _jsx("select", { "aria-label": t('users.roleOf', { name: user.displayName }), value: user.role, disabled: self || update.isPending, onChange: (e) => update.mutate({ id: user.id, changes: { role: e.target.value } }), children: ROLES.map((r) => _jsx("option", { value: r, children: t(`role.${r}`, { ns: 'common' }) }, r)) }) }), _jsx("td", { children: _jsx("span", { className: active ? 'badge ok' : 'badge bad', children: active ? t('users.active') : t('users.inactive') }) }), _jsxs("td", { className: "actions", children: [!self && active && (_jsx("button", { type: "button", className: "secondary small", disabled: reinvite.isPending, onClick: () => reinvite.mutate(user), "aria-label": t('users.newLinkFor', { name: user.displayName }), children: t('users.newLink') })), !self && (active
                                                    ? _jsx("button", { type: "button", className: "secondary small", onClick: () => { update.reset(); setDeactivating(user); }, "aria-label": t('users.deactivateUser', { name: user.displayName }), children: t('users.deactivate') })
                                                    : _jsx("button", { type: "button", className: "secondary small", disabled: update.isPending, onClick: () => update.mutate({ id: user.id, changes: { active: true } }), "aria-label": t('users.reactivateUser', { name: user.displayName }), children: t('users.reactivate') }))] })] }, user.id));
                            }) })] })) }), _jsx(Dialog, { open: !!newLink, onOpenChange: (open) => { if (!open)
                    setNewLink(null); }, title: t('users.newLinkTitle'), children: newLink && (_jsxs("div", { className: "admin-dialog form-grid", children: [_jsx("p", { children: t('users.newLinkIntro', { email: newLink.user.email }) }), _jsx(CopyBox, { label: t('users.inviteLink'), value: absoluteUrl(newLink.inviteUrl) }), _jsx("p", { className: "hint", children: t('users.inviteExpires', { date: formatDateTime(newLink.expiresAt) }) }), _jsx("div", { className: "dialog-actions", children: _jsx("button", { type: "button", onClick: () => setNewLink(null), children: t('done') }) })] })) }), _jsx(InviteDialog, { open: inviting, onClose: () => setInviting(false) }), _jsx(ConfirmDialog, { open: !!deactivating, title: t('users.deactivateTitle'), message: t('users.deactivateConfirm', { name: deactivating?.displayName ?? '' }), confirmLabel: t('users.deactivate'), pending: update.isPending, error: update.error, onCancel: () => setDeactivating(null), onConfirm: () => deactivating && update.mutate({ id: deactivating.id, changes: { active: false } }) })] }));
}
function InviteDialog({ open, onClose }) {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const [email, setEmail] = useState('');
    const [displayName, setDisplayName] = useState('');
    const [role, setRole] = useState('AGENT');
    const [localErrors, setLocalErrors] = useState({});
    const [result, setResult] = useState(null);
    const invite = useMutation({
        mutationFn: () => settingsApi.invite({ email: email.trim(), displayName: displayName.trim(), role }),
        onSuccess: (invitation) => {
            setResult(invitation);
            void queryClient.invalidateQueries({ queryKey: ['users'] });
        },
    });
    const close = () => {
        setEmail('');
        setDisplayName('');
        setRole('AGENT');
        setLocalErrors({});
        setResult(null);
        invite.reset();
        onClose();
    };
    const submit = (e) => {
        e.preventDefault();
        const errors = validateInvite({ email, displayName });
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            invite.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(invite.error));
    return (_jsx(Dialog, { open: open, onOpenChange: (next) => { if (!next)
            close(); }, title: t('users.inviteTitle'), children: result ? (_jsxs("div", { className: "admin-dialog form-grid", children: [_jsx("p", { children: t('users.invited', { email: result.user.email }) }), _jsx(CopyBox, { label: t('users.inviteLink'), value: absoluteUrl(result.inviteUrl), testId: "invite-link" }), _jsx("p", { className: "hint", children: t('users.inviteExpires', { date: formatDateTime(result.expiresAt) }) }), _jsx("div", { className: "dialog-actions", children: _jsx("button", { type: "button", onClick: close, children: t('done') }) })] })) : (_jsxs("form", { className: "admin-dialog form-grid", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('users.email'), error: fieldError(errors.email), children: (p) => _jsx("input", { ...p, type: "email", autoComplete: "off", value: email, onChange: (e) => setEmail(e.target.value) }) }), _jsx(Field, { label: t('users.name'), error: fieldError(errors.displayName), children: (p) => _jsx("input", { ...p, value: displayName, maxLength: 200, onChange: (e) => setDisplayName(e.target.value) }) }), _jsx(Field, { label: t('users.role'), error: fieldError(errors.role), children: (p) => (_jsx("select", { ...p, value: role, onChange: (e) => setRole(e.target.value), children: ROLES.map((r) => _jsx("option", { value: r, children: t(`role.${r}`, { ns: 'common' }) }, r)) })) }), _jsx(FormError, { error: invite.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: close, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: invite.isPending, children: t('users.sendInvite') })] })] })) }));
}
