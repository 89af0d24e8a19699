import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi } from '../api';
import { ConfirmDialog, Field, FormError, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';
/** Tags: define with a colour, see how many open conversations use each, delete a definition. */
export function TagsSection() {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const tags = useQuery({ queryKey: ['tags'], queryFn: settingsApi.tags });
    const [name, setName] = useState('');
    const [color, setColor] = useState('#2457d6');
    const [nameError, setNameError] = useState();
    const [deleting, setDeleting] = useState(null);
    const create = useMutation({
        mutationFn: () => settingsApi.createTag(name.trim(), color),
        onSuccess: () => { setName(''); void queryClient.invalidateQueries({ queryKey: ['tags'] }); },
    });
    const remove = useMutation({
        mutationFn: (tag) => settingsApi.deleteTag(tag.name),
        onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['tags'] }); },
    });
    const submit = (e) => {
        e.preventDefault();
        setNameError(name.trim() ? undefined : 'validation.required');
        if (name.trim())
            create.mutate();
    };
    const sorted = [...(tags.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
    return (_jsxs("section", { children: [_jsx("div", { className: "page-header", children: _jsx("h2", { children: t('section.tags') }) }), _jsxs("form", { className: "inline-create", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('tags.name'), error: fieldError(nameError ?? serverFieldErrors(create.error).name), children: (p) => _jsx("input", { ...p, value: name, maxLength: 100, onChange: (e) => setName(e.target.value) }) }), _jsx(Field, { label: t('tags.color'), error: fieldError(serverFieldErrors(create.error).color), children: (p) => _jsx("input", { ...p, type: "color", value: color, onChange: (e) => setColor(e.target.value) }) }), _jsx("button", { type: "submit", disabled: create.isPending, children: t('tags.create') })] }), _jsx(FormError, { error: create.error }), tags.isPending ? _jsx(Loading, {}) : tags.isError ? _jsx(ErrorMessage, { error: tags.error, onRetry: () => tags.refetch() })
                : sorted.length === 0 ? _jsx(Empty, { children: t('tags.empty') }) : (_jsxs("table", { className: "data-table", "data-testid": "tags-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('tags.name') }), _jsx("th", { scope: "col", children: t('tags.usage') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('actions') }) })] }) }), _jsx("tbody", { children: sorted.map((tag) => (_jsxs("tr", { children: [_jsxs("td", { className: "wrap", children: [_jsx("span", { className: "swatch", style: { background: tag.color ?? 'transparent' }, "aria-hidden": "true" }), tag.name, !tag.color && _jsxs("span", { className: "hint", children: [" \u00B7 ", t('tags.undefined')] })] }), _jsx("td", { className: "numeric", children: t('tags.conversations', { count: tag.conversations, formatted: formatNumber(tag.conversations) }) }), _jsx("td", { className: "actions", children: tag.color ? (_jsx("button", { type: "button", className: "secondary small", onClick: () => { remove.reset(); setDeleting(tag); }, "aria-label": t('tags.deleteOne', { name: tag.name }), children: t('delete', { ns: 'common' }) })) : (_jsx("button", { type: "button", className: "secondary small", onClick: () => { create.reset(); setName(tag.name); }, "aria-label": t('tags.defineOne', { name: tag.name }), children: t('tags.define') })) })] }, tag.name))) })] })), _jsx(ConfirmDialog, { open: !!deleting, title: t('tags.deleteTitle'), message: t('tags.deleteConfirm', { name: deleting?.name ?? '' }), confirmLabel: t('delete', { ns: 'common' }), pending: remove.isPending, error: remove.error, onCancel: () => setDeleting(null), onConfirm: () => deleting && remove.mutate(deleting) })] }));
}
