import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { settingsApi } from '../api';
import { ConfirmDialog, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { parseOptions, serverFieldErrors, validateAttribute } from '../forms';
const TYPES = ['TEXT', 'NUMBER', 'DATE', 'LIST'];
const TARGETS = ['CONVERSATION', 'CONTACT'];
/** Custom attribute definitions for conversations and contacts. */
export function AttributesSection() {
    const { t } = useSettingsText();
    const queryClient = useQueryClient();
    const attributes = useQuery({ queryKey: ['attribute-definitions'], queryFn: settingsApi.attributes });
    const [editing, setEditing] = useState(null);
    const [deleting, setDeleting] = useState(null);
    const remove = useMutation({
        mutationFn: (a) => settingsApi.deleteAttribute(a.id),
        onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['attribute-definitions'] }); },
    });
    return (_jsxs("section", { children: [_jsxs("div", { className: "page-header", children: [_jsx("h2", { children: t('section.attributes') }), _jsx("button", { type: "button", onClick: () => setEditing('new'), children: t('attributes.create') })] }), _jsx(QueryView, { query: attributes, empty: t('attributes.empty'), children: (items) => (_jsxs("table", { className: "data-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('attributes.label') }), _jsx("th", { scope: "col", children: t('attributes.key') }), _jsx("th", { scope: "col", children: t('attributes.type') }), _jsx("th", { scope: "col", children: t('attributes.appliesTo') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('actions') }) })] }) }), _jsx("tbody", { children: items.map((a) => (_jsxs("tr", { children: [_jsx("td", { className: "wrap", children: a.label }), _jsx("td", { children: _jsx("code", { children: a.key }) }), _jsxs("td", { className: "wrap", children: [t(`attributes.typeName.${a.type}`), a.type === 'LIST' && _jsxs("span", { className: "hint", children: [" \u00B7 ", a.options.join(', ')] })] }), _jsx("td", { children: t(`attributes.target.${a.appliesTo}`) }), _jsxs("td", { className: "actions", children: [_jsx("button", { type: "button", className: "secondary small", onClick: () => setEditing(a), "aria-label": t('attributes.editOne', { label: a.label }), children: t('edit', { ns: 'common' }) }), _jsx("button", { type: "button", className: "secondary small", onClick: () => { remove.reset(); setDeleting(a); }, "aria-label": t('attributes.deleteOne', { label: a.label }), children: t('delete', { ns: 'common' }) })] })] }, a.id))) })] })) }), editing && _jsx(AttributeDialog, { attribute: editing === 'new' ? null : editing, onClose: () => setEditing(null) }), _jsx(ConfirmDialog, { open: !!deleting, title: t('attributes.deleteTitle'), message: t('attributes.deleteConfirm', { label: deleting?.label ?? '' }), confirmLabel: t('delete', { ns: 'common' }), pending: remove.isPending, error: remove.error, onCancel: () => setDeleting(null), onConfirm: () => deleting && remove.mutate(deleting) })] }));
}
function AttributeDialog({ attribute, onClose }) {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const [key, setKey] = useState(attribute?.key ?? '');
    const [label, setLabel] = useState(attribute?.label ?? '');
    const [type, setType] = useState(attribute?.type ?? 'TEXT');
    const [appliesTo, setAppliesTo] = useState(attribute?.appliesTo ?? 'CONVERSATION');
    const [options, setOptions] = useState((attribute?.options ?? []).join('\n'));
    const [localErrors, setLocalErrors] = useState({});
    const save = useMutation({
        mutationFn: () => {
            const values = { label: label.trim(), type, appliesTo, options: type === 'LIST' ? parseOptions(options) : [] };
            return attribute ? settingsApi.updateAttribute(attribute.id, values) : settingsApi.createAttribute({ key: key.trim(), ...values });
        },
        onSuccess: () => {
            void queryClient.invalidateQueries({ queryKey: ['attribute-definitions'] });
            onClose();
        },
    });
    const submit = (e) => {
        e.preventDefault();
        const errors = validateAttribute({ key: key.trim(), label, type, options: parseOptions(options) });
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            save.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => { if (!open)
            onClose(); }, title: attribute ? t('attributes.editTitle') : t('attributes.createTitle'), children: _jsxs("form", { className: "admin-dialog form-grid", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('attributes.label'), error: fieldError(errors.label), children: (p) => _jsx("input", { ...p, value: label, maxLength: 200, onChange: (e) => setLabel(e.target.value) }) }), _jsx(Field, { label: t('attributes.key'), hint: t('attributes.keyHint'), error: fieldError(errors.key), children: (p) => _jsx("input", { ...p, value: key, readOnly: !!attribute, maxLength: 64, spellCheck: false, onChange: (e) => setKey(e.target.value) }) }), _jsxs("div", { className: "form-grid two", children: [_jsx(Field, { label: t('attributes.type'), error: fieldError(errors.type), children: (p) => (_jsx("select", { ...p, value: type, onChange: (e) => setType(e.target.value), children: TYPES.map((x) => _jsx("option", { value: x, children: t(`attributes.typeName.${x}`) }, x)) })) }), _jsx(Field, { label: t('attributes.appliesTo'), error: fieldError(errors.appliesTo), children: (p) => (_jsx("select", { ...p, value: appliesTo, onChange: (e) => setAppliesTo(e.target.value), children: TARGETS.map((x) => _jsx("option", { value: x, children: t(`attributes.target.${x}`) }, x)) })) })] }), type === 'LIST' && (_jsx(Field, { label: t('attributes.options'), hint: t('attributes.optionsHint'), error: fieldError(errors.options), children: (p) => _jsx("textarea", { ...p, rows: 4, value: options, onChange: (e) => setOptions(e.target.value) }) })), _jsx(FormError, { error: save.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: save.isPending, children: attribute ? t('save', { ns: 'common' }) : t('create', { ns: 'common' }) })] })] }) }));
}
