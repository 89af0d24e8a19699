import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi } from '../api';
import { Field, FormError, mergeErrors, timeZones, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';
/** Language tags typed comma-separated ("en, ko, zh-TW"): trimmed, without blanks and duplicates. */
export function parseLanguages(text) {
    return [...new Set(text.split(/[\s,]+/).map((l) => l.trim()).filter(Boolean))];
}
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
/** The workspace profile: name, timezone, the languages it serves customers in. */
export function WorkspaceSection() {
    const { t } = useSettingsText();
    const workspace = useQuery({ queryKey: ['workspace'], queryFn: settingsApi.workspace });
    return (_jsxs("section", { className: "narrow", children: [_jsx("div", { className: "page-header", children: _jsx("h2", { children: t('section.workspace') }) }), workspace.isPending ? _jsx(Loading, {}) : workspace.isError
                ? _jsx(ErrorMessage, { error: workspace.error, onRetry: () => workspace.refetch() })
                : _jsx(WorkspaceForm, { workspace: workspace.data })] }));
}
function WorkspaceForm({ workspace }) {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const [name, setName] = useState(workspace.name);
    const [timezone, setTimezone] = useState(workspace.timezone);
    const [languages, setLanguages] = useState(workspace.languages.join(', '));
    const [defaultLanguage, setDefaultLanguage] = useState(workspace.defaultLanguage);
    const [localErrors, setLocalErrors] = useState({});
    const list = parseLanguages(languages);
    const save = useMutation({
        mutationFn: () => settingsApi.updateWorkspace({ name: name.trim(), timezone, languages: list, defaultLanguage }),
        onSuccess: (saved) => {
            queryClient.setQueryData(['workspace'], saved);
            void queryClient.invalidateQueries({ queryKey: ['me'] });
        },
    });
    const submit = (e) => {
        e.preventDefault();
        const errors = {};
        if (!name.trim())
            errors.name = 'validation.required';
        if (list.length === 0)
            errors.languages = 'validation.required';
        else if (list.some((l) => !LANGUAGE_TAG.test(l)))
            errors.languages = 'validation.languages';
        else if (!list.includes(defaultLanguage))
            errors.defaultLanguage = 'validation.defaultLanguage';
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            save.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
    const zones = timeZones();
    return (_jsxs("form", { className: "section form-grid", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('workspace.name'), error: fieldError(errors.name), children: (p) => _jsx("input", { ...p, value: name, maxLength: 200, onChange: (e) => setName(e.target.value) }) }), _jsx(Field, { label: t('workspace.timezone'), error: fieldError(errors.timezone), children: (p) => (_jsx("select", { ...p, value: timezone, onChange: (e) => setTimezone(e.target.value), children: (zones.includes(timezone) ? zones : [timezone, ...zones]).map((z) => _jsx("option", { value: z, children: z }, z)) })) }), _jsx(Field, { label: t('workspace.languages'), hint: t('workspace.languagesHint'), error: fieldError(errors.languages), children: (p) => _jsx("input", { ...p, value: languages, onChange: (e) => setLanguages(e.target.value) }) }), _jsx(Field, { label: t('workspace.defaultLanguage'), error: fieldError(errors.defaultLanguage), children: (p) => (_jsx("select", { ...p, value: defaultLanguage, onChange: (e) => setDefaultLanguage(e.target.value), children: (list.includes(defaultLanguage) ? list : [defaultLanguage, ...list]).map((l) => _jsx("option", { value: l, children: l }, l)) })) }), _jsx(FormError, { error: save.error }), save.isSuccess && _jsx("p", { role: "status", className: "form-success", children: t('saved') }), _jsx("div", { className: "form-actions", children: _jsx("button", { type: "submit", disabled: save.isPending, children: t('save', { ns: 'common' }) }) })] }));
}
