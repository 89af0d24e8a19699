import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { settingsApi } from '../api';
import { ConfirmDialog, CopyBox, Field, FormError, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';
/** The user's own API tokens: create (the value is shown once), list, revoke. */
export function TokensSection() {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const tokens = useQuery({ queryKey: ['tokens'], queryFn: settingsApi.tokens });
    const [name, setName] = useState('');
    const [nameError, setNameError] = useState();
    const [issued, setIssued] = useState(null);
    const [revoking, setRevoking] = useState(null);
    const create = useMutation({
        mutationFn: () => settingsApi.createToken(name.trim()),
        onSuccess: (token) => { setName(''); setIssued(token); void queryClient.invalidateQueries({ queryKey: ['tokens'] }); },
    });
    const revoke = useMutation({
        mutationFn: (token) => settingsApi.revokeToken(token.id),
        onSuccess: () => { setRevoking(null); void queryClient.invalidateQueries({ queryKey: ['tokens'] }); },
    });
    const submit = (e) => {
        e.preventDefault();
        setNameError(name.trim() ? undefined : 'validation.required');
        if (name.trim())
            create.mutate();
    };
    return (_jsxs("section", { children: [_jsx("div", { className: "page-header", children: _jsx("h2", { children: t('section.tokens') }) }), _jsx("p", { className: "hint", children: t('tokens.intro') }), _jsxs("form", { className: "inline-create", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('tokens.name'), error: fieldError(nameError ?? serverFieldErrors(create.error).name), children: (p) => _jsx("input", { ...p, value: name, maxLength: 200, onChange: (e) => setName(e.target.value) }) }), _jsx("button", { type: "submit", disabled: create.isPending, children: t('tokens.create') })] }), _jsx(FormError, { error: create.error }), _jsx(QueryView, { query: tokens, empty: t('tokens.empty'), children: (items) => (_jsxs("table", { className: "data-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('tokens.name') }), _jsx("th", { scope: "col", children: t('tokens.created') }), _jsx("th", { scope: "col", children: t('tokens.state') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('actions') }) })] }) }), _jsx("tbody", { children: items.map((token) => (_jsxs("tr", { className: token.revokedAt ? 'inactive' : undefined, children: [_jsx("td", { className: "wrap", children: token.name }), _jsx("td", { className: "numeric", children: formatDateTime(token.createdAt) }), _jsx("td", { children: token.revokedAt
                                            ? _jsx("span", { className: "badge bad", children: t('tokens.revokedAt', { date: formatDateTime(token.revokedAt) }) })
                                            : _jsx("span", { className: "badge ok", children: t('tokens.active') }) }), _jsx("td", { className: "actions", children: !token.revokedAt && (_jsx("button", { type: "button", className: "secondary small", onClick: () => { revoke.reset(); setRevoking(token); }, "aria-label": t('tokens.revokeOne', { name: token.name }), children: t('tokens.revoke') })) })] }, token.id))) })] })) }), _jsx(Dialog, { open: !!issued, onOpenChange: (open) => { if (!open)
                    setIssued(null); }, title: t('tokens.issuedTitle'), children: _jsxs("div", { className: "admin-dialog form-grid", children: [_jsx("p", { children: t('tokens.showOnce') }), issued && _jsx(CopyBox, { label: issued.name, value: issued.token, testId: "issued-token" }), _jsx("div", { className: "dialog-actions", children: _jsx("button", { type: "button", onClick: () => setIssued(null), children: t('done') }) })] }) }), _jsx(ConfirmDialog, { open: !!revoking, title: t('tokens.revokeTitle'), message: t('tokens.revokeConfirm', { name: revoking?.name ?? '' }), confirmLabel: t('tokens.revoke'), pending: revoke.isPending, error: revoke.error, onCancel: () => setRevoking(null), onConfirm: () => revoking && revoke.mutate(revoking) })] }));
}
