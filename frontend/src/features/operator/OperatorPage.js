import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../auth/session';
import { api } from '../../lib/http';
import { formatDateTime, formatNumber } from '../../lib/format';
import { Dialog } from '../../ui/Dialog';
import { QueryView } from '../../ui/states';
import { CopyBox, Field, FormError, mergeErrors, useSettingsText } from '../settings/components';
import { absoluteUrl, EMAIL, serverFieldErrors } from '../settings/forms';
import '../settings/admin.css';
export function validateNewWorkspace(v) {
    const errors = {};
    if (!v.name.trim())
        errors.name = 'validation.required';
    if (!EMAIL.test(v.adminEmail.trim()))
        errors.adminEmail = 'validation.email';
    if (!v.adminName.trim())
        errors.adminName = 'validation.required';
    if (v.adminPassword && v.adminPassword.length < 10)
        errors.adminPassword = 'validation.passwordLength';
    return errors;
}
/** The instance operator's page: every workspace of the installation, and creating one with its first admin. */
export function OperatorPage() {
    const { t } = useSettingsText();
    const { me } = useSession();
    const workspaces = useQuery({
        queryKey: ['operator', 'workspaces'], queryFn: () => api.get('/operator/workspaces'), enabled: !!me.operator,
    });
    const [creating, setCreating] = useState(false);
    const [coding, setCoding] = useState(false);
    if (!me.operator)
        return _jsx("div", { className: "admin-page", children: _jsx("p", { role: "alert", className: "state error", children: t('error.forbidden', { ns: 'common' }) }) });
    return (_jsxs("div", { className: "admin-page", children: [_jsxs("div", { className: "page-header", children: [_jsx("h1", { children: t('operator.title') }), _jsxs("div", { className: "header-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: () => setCoding(true), children: t('operator.signupCode') }), _jsx("button", { type: "button", onClick: () => setCreating(true), children: t('operator.create') })] })] }), _jsx(QueryView, { query: workspaces, empty: t('operator.empty'), children: (items) => (_jsxs("table", { className: "data-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('operator.name') }), _jsx("th", { scope: "col", children: t('operator.members') }), _jsx("th", { scope: "col", children: t('operator.created') }), _jsx("th", { scope: "col", children: t('operator.id') })] }) }), _jsx("tbody", { children: items.map((w) => (_jsxs("tr", { children: [_jsxs("td", { className: "wrap", children: [w.name, w.id === me.workspaceId && _jsx("span", { className: "badge after-name", children: t('operator.current') })] }), _jsx("td", { className: "numeric", children: formatNumber(w.members) }), _jsx("td", { className: "numeric", children: formatDateTime(w.createdAt) }), _jsx("td", { children: _jsx("code", { children: w.id }) })] }, w.id))) })] })) }), creating && _jsx(CreateWorkspaceDialog, { onClose: () => setCreating(false) }), coding && _jsx(SignupCodeDialog, { onClose: () => setCoding(false) })] }));
}
function CreateWorkspaceDialog({ onClose }) {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const [v, setV] = useState({ name: '', adminEmail: '', adminName: '', adminPassword: '' });
    const [localErrors, setLocalErrors] = useState({});
    const create = useMutation({
        mutationFn: () => api.post('/operator/workspaces', {
            name: v.name.trim(), adminEmail: v.adminEmail.trim(), adminName: v.adminName.trim(), adminPassword: v.adminPassword || null,
        }),
        onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['operator', 'workspaces'] }),
    });
    const submit = (e) => {
        e.preventDefault();
        const errors = validateNewWorkspace(v);
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            create.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(create.error));
    const input = (key, type = 'text') => (p) => (_jsx("input", { ...p, type: type, value: v[key], autoComplete: "off", onChange: (e) => setV({ ...v, [key]: e.target.value }) }));
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => { if (!open)
            onClose(); }, title: t('operator.createTitle'), children: create.data ? (_jsxs("div", { className: "admin-dialog form-grid", children: [_jsx("p", { role: "status", children: t('operator.createdWorkspace', { name: create.data.workspace.name, email: create.data.admin.email }) }), create.data.inviteUrl
                    ? _jsx(CopyBox, { label: t('operator.inviteLink'), value: absoluteUrl(create.data.inviteUrl), testId: "operator-invite-link" })
                    : _jsx("p", { className: "hint", children: t('operator.passwordSet') }), _jsx("div", { className: "dialog-actions", children: _jsx("button", { type: "button", onClick: onClose, children: t('done') }) })] })) : (_jsxs("form", { className: "admin-dialog form-grid", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('operator.name'), error: fieldError(errors.name), children: input('name') }), _jsx(Field, { label: t('operator.adminName'), error: fieldError(errors.adminName), children: input('adminName') }), _jsx(Field, { label: t('operator.adminEmail'), error: fieldError(errors.adminEmail), children: input('adminEmail', 'email') }), _jsx(Field, { label: `${t('operator.adminPassword')} ${t('optional')}`, hint: t('operator.adminPasswordHint'), error: fieldError(errors.adminPassword), children: input('adminPassword', 'password') }), _jsx(FormError, { error: create.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: create.isPending, children: t('create', { ns: 'common' }) })] })] })) }));
}
/** A one-time code that lets someone create one workspace while sign-up is by invitation. */
function SignupCodeDialog({ onClose }) {
    const { t, fieldError } = useSettingsText();
    const [note, setNote] = useState('');
    const [days, setDays] = useState('30');
    const [localErrors, setLocalErrors] = useState({});
    const issue = useMutation({
        mutationFn: () => api.post('/operator/signup-codes', { note: note.trim() || null, validForDays: Number(days) }),
    });
    const submit = (e) => {
        e.preventDefault();
        const n = Number(days);
        const errors = Number.isInteger(n) && n >= 1 && n <= 365 ? {} : { validForDays: 'validation.days' };
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            issue.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(issue.error));
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => { if (!open)
            onClose(); }, title: t('operator.signupCodeTitle'), children: issue.data ? (_jsxs("div", { className: "admin-dialog form-grid", children: [_jsx(CopyBox, { label: t('operator.code'), value: issue.data.code, testId: "signup-code" }), _jsx("p", { className: "hint", children: t('operator.codeHint', { date: formatDateTime(issue.data.expiresAt) }) }), _jsx("div", { className: "dialog-actions", children: _jsx("button", { type: "button", onClick: onClose, children: t('done') }) })] })) : (_jsxs("form", { className: "admin-dialog form-grid", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: `${t('operator.note')} ${t('optional')}`, error: fieldError(errors.note), children: (p) => _jsx("input", { ...p, value: note, maxLength: 200, onChange: (e) => setNote(e.target.value) }) }), _jsx(Field, { label: t('operator.validForDays'), error: fieldError(errors.validForDays), children: (p) => _jsx("input", { ...p, type: "number", min: 1, max: 365, value: days, onChange: (e) => setDays(e.target.value) }) }), _jsx(FormError, { error: issue.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: issue.isPending, children: t('create', { ns: 'common' }) })] })] })) }));
}
