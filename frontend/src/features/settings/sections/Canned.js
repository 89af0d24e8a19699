import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { includes } from '../../auth/api';
import { useSession } from '../../auth/session';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { settingsApi } from '../api';
import { ConfirmDialog, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { CANNED_VARIABLES, serverFieldErrors, unknownVariables, validateCanned } from '../forms';
/** Canned responses: the user's personal ones and the shared ones (managed by supervisors and admins). */
export function CannedSection() {
    const { t } = useSettingsText();
    const { me } = useSession();
    const queryClient = useQueryClient();
    const [search, setSearch] = useState('');
    const q = useDeferredValue(search.trim());
    const canned = useQuery({ queryKey: ['canned', q], queryFn: () => settingsApi.canned(q || undefined) });
    const [editing, setEditing] = useState(null);
    const [deleting, setDeleting] = useState(null);
    const remove = useMutation({
        mutationFn: (c) => settingsApi.deleteCanned(c.id),
        onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['canned'] }); },
    });
    const mayEdit = (c) => (c.shared ? includes(me.role, 'SUPERVISOR') : c.ownerId === me.userId);
    return (_jsxs("section", { children: [_jsxs("div", { className: "page-header", children: [_jsx("h2", { children: t('section.canned') }), _jsxs("div", { className: "header-actions", children: [_jsx("input", { type: "search", "aria-label": t('canned.search'), placeholder: t('canned.search'), value: search, onChange: (e) => setSearch(e.target.value) }), _jsx("button", { type: "button", onClick: () => setEditing('new'), children: t('canned.create') })] })] }), _jsx(QueryView, { query: canned, empty: q ? t('canned.noMatch') : t('canned.empty'), children: (items) => (_jsxs("table", { className: "data-table", "data-testid": "canned-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('canned.shortcut') }), _jsx("th", { scope: "col", children: t('canned.title') }), _jsx("th", { scope: "col", children: t('canned.body') }), _jsx("th", { scope: "col", children: t('canned.scope') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('actions') }) })] }) }), _jsx("tbody", { children: items.map((c) => (_jsxs("tr", { children: [_jsx("td", { children: _jsxs("code", { children: ["/", c.shortcut] }) }), _jsx("td", { className: "wrap", children: c.title }), _jsx("td", { children: _jsx("div", { className: "body-preview", title: c.body, children: c.body }) }), _jsx("td", { children: _jsx("span", { className: "badge", children: c.shared ? t('canned.shared') : t('canned.personal') }) }), _jsx("td", { className: "actions", children: mayEdit(c) && _jsxs(_Fragment, { children: [_jsx("button", { type: "button", className: "secondary small", onClick: () => setEditing(c), "aria-label": t('canned.editOne', { shortcut: c.shortcut }), children: t('edit', { ns: 'common' }) }), _jsx("button", { type: "button", className: "secondary small", onClick: () => { remove.reset(); setDeleting(c); }, "aria-label": t('canned.deleteOne', { shortcut: c.shortcut }), children: t('delete', { ns: 'common' }) })] }) })] }, c.id))) })] })) }), editing && _jsx(CannedDialog, { canned: editing === 'new' ? null : editing, onClose: () => setEditing(null) }), _jsx(ConfirmDialog, { open: !!deleting, title: t('canned.deleteTitle'), message: t('canned.deleteConfirm', { shortcut: deleting?.shortcut ?? '' }), confirmLabel: t('delete', { ns: 'common' }), pending: remove.isPending, error: remove.error, onCancel: () => setDeleting(null), onConfirm: () => deleting && remove.mutate(deleting) })] }));
}
function CannedDialog({ canned, onClose }) {
    const { t, fieldError } = useSettingsText();
    const { me } = useSession();
    const queryClient = useQueryClient();
    const [shortcut, setShortcut] = useState(canned?.shortcut ?? '');
    const [title, setTitle] = useState(canned?.title ?? '');
    const [body, setBody] = useState(canned?.body ?? '');
    const [shared, setShared] = useState(canned?.shared ?? false);
    const [localErrors, setLocalErrors] = useState({});
    const save = useMutation({
        mutationFn: () => {
            const values = { shortcut: shortcut.trim(), title: title.trim(), body, shared };
            return canned ? settingsApi.updateCanned(canned.id, values) : settingsApi.createCanned(values);
        },
        onSuccess: () => {
            void queryClient.invalidateQueries({ queryKey: ['canned'] });
            onClose();
        },
    });
    const submit = (e) => {
        e.preventDefault();
        const errors = validateCanned({ shortcut: shortcut.trim(), title, body });
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            save.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
    const unknown = unknownVariables(body);
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => { if (!open)
            onClose(); }, title: canned ? t('canned.editTitle') : t('canned.createTitle'), wide: true, children: _jsxs("form", { className: "admin-dialog form-grid", onSubmit: submit, noValidate: true, children: [_jsxs("div", { className: "form-grid two", children: [_jsx(Field, { label: t('canned.shortcut'), hint: t('canned.shortcutHint'), error: fieldError(errors.shortcut), children: (p) => _jsx("input", { ...p, value: shortcut, maxLength: 50, onChange: (e) => setShortcut(e.target.value) }) }), _jsx(Field, { label: t('canned.title'), error: fieldError(errors.title), children: (p) => _jsx("input", { ...p, value: title, maxLength: 200, onChange: (e) => setTitle(e.target.value) }) })] }), _jsx(Field, { label: t('canned.body'), error: fieldError(errors.body), hint: _jsxs(_Fragment, { children: [t('canned.variablesHelp'), ' ', _jsx("span", { className: "variables", children: CANNED_VARIABLES.map((v) => (_jsx("button", { type: "button", className: "secondary small", onClick: () => setBody(`${body}${v}`), "aria-label": t('canned.insertVariable', { variable: v }), children: _jsx("code", { children: v }) }, v))) }), unknown.length > 0 && _jsxs("span", { className: "field-error", children: [" ", t('canned.unknownVariables', { variables: unknown.join(', ') })] })] }), children: (p) => _jsx("textarea", { ...p, rows: 6, value: body, onChange: (e) => setBody(e.target.value) }) }), includes(me.role, 'SUPERVISOR') && (_jsxs("label", { className: "check", children: [_jsx("input", { type: "checkbox", checked: shared, onChange: (e) => setShared(e.target.checked) }), t('canned.sharedLabel')] })), _jsx(FormError, { error: save.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: save.isPending, children: canned ? t('save', { ns: 'common' }) : t('create', { ns: 'common' }) })] })] }) }));
}
