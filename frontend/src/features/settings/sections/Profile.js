import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { changeLocale, currentLocale, isLocale, localeNames, locales } from '../../../lib/i18n';
import { settingsApi } from '../api';
import { Field, FormError, mergeErrors, timeZones, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';
/** The user's own display name, language and timezone. */
export function ProfileSection() {
    const { t, fieldError } = useSettingsText();
    const { me } = useSession();
    const queryClient = useQueryClient();
    const [displayName, setDisplayName] = useState(me.displayName);
    const [locale, setLocale] = useState(isLocale(me.locale) ? me.locale : currentLocale());
    const [timezone, setTimezone] = useState(me.timezone ?? '');
    const [localErrors, setLocalErrors] = useState({});
    const save = useMutation({
        mutationFn: () => settingsApi.updateProfile({ displayName: displayName.trim(), locale, timezone }),
        onSuccess: () => {
            changeLocale(locale);
            void queryClient.invalidateQueries({ queryKey: ['me'] });
        },
    });
    const submit = (e) => {
        e.preventDefault();
        const errors = displayName.trim() ? {} : { displayName: 'validation.required' };
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            save.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
    return (_jsxs("section", { className: "narrow", children: [_jsx("div", { className: "page-header", children: _jsx("h2", { children: t('section.profile') }) }), _jsxs("form", { className: "section form-grid", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('profile.email'), children: (p) => _jsx("input", { ...p, value: me.email, readOnly: true }) }), _jsx(Field, { label: t('profile.displayName'), error: fieldError(errors.displayName), children: (p) => _jsx("input", { ...p, value: displayName, maxLength: 200, onChange: (e) => setDisplayName(e.target.value) }) }), _jsx(Field, { label: t('profile.language'), error: fieldError(errors.locale), children: (p) => (_jsx("select", { ...p, value: locale, onChange: (e) => isLocale(e.target.value) && setLocale(e.target.value), children: locales.map((l) => _jsx("option", { value: l, lang: l, children: localeNames[l] }, l)) })) }), _jsx(Field, { label: t('profile.timezone'), error: fieldError(errors.timezone), children: (p) => (_jsxs("select", { ...p, value: timezone, onChange: (e) => setTimezone(e.target.value), children: [_jsx("option", { value: "", children: t('profile.workspaceTimezone') }), timeZones().map((z) => _jsx("option", { value: z, children: z }, z))] })) }), _jsx(FormError, { error: save.error }), save.isSuccess && _jsx("p", { role: "status", className: "form-success", children: t('saved') }), _jsx("div", { className: "form-actions", children: _jsx("button", { type: "submit", disabled: save.isPending, children: t('save', { ns: 'common' }) }) })] })] }));
}
