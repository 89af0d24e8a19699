import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/states';
/** The settings namespace's t plus a readable message for any failed request. */
export function useSettingsText() {
    const { t } = useTranslation('settings');
    const problem = (error) => errorMessage(error, (key) => t(key, { ns: 'common' }));
    /** A field error: a message key of ours, or the server's own words. */
    const fieldError = (value) => (value ? t(value, { defaultValue: value }) : undefined);
    return { t, problem, fieldError };
}
/** A labelled form field with an optional hint and its error right below it, wired for screen readers. */
export function Field({ label, error, hint, children }) {
    const id = useId();
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (_jsxs("div", { className: "field", children: [_jsx("label", { htmlFor: id, children: _jsx("span", { className: "label", children: label }) }), children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described }), hint && _jsx("span", { id: `${id}-hint`, className: "hint", children: hint }), error && _jsx("span", { id: `${id}-error`, className: "field-error", children: error })] }));
}
/** The general error of a form (problem detail), shown under it. */
export function FormError({ error }) {
    const { problem } = useSettingsText();
    if (!error)
        return null;
    return _jsx("p", { role: "alert", className: "form-error", children: problem(error) });
}
/** Field errors to show: ours from validation, else the server's for the same field. */
export function mergeErrors(local, server) {
    return { ...server, ...local };
}
/** Asks before something destructive happens; shows the failure inside the dialog. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel, pending, error }) {
    const { t } = useSettingsText();
    return (_jsx(Dialog, { open: open, onOpenChange: (next) => { if (!next)
            onCancel(); }, title: title, children: _jsxs("div", { className: "admin-dialog", children: [_jsx("p", { children: message }), _jsx(FormError, { error: error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onCancel, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "button", className: "danger", disabled: pending, onClick: onConfirm, children: confirmLabel })] })] }) }));
}
/** A read-only value (link, token, secret) with a copy button. */
export function CopyBox({ label, value, testId }) {
    const { t } = useSettingsText();
    const [copied, setCopied] = useState(false);
    const id = useId();
    return (_jsxs("div", { className: "field", children: [_jsx("label", { htmlFor: id, children: _jsx("span", { className: "label", children: label }) }), _jsxs("div", { className: "copy-box", children: [_jsx("input", { id: id, readOnly: true, value: value, "data-testid": testId, onFocus: (e) => e.target.select() }), _jsx("button", { type: "button", className: "secondary", onClick: () => {
                            void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false));
                        }, children: copied ? t('copied') : t('copy') })] })] }));
}
/** The IANA time zones this browser knows, for pickers. */
export function timeZones() {
    try {
        return Intl.supportedValuesOf('timeZone');
    }
    catch {
        return ['UTC'];
    }
}
