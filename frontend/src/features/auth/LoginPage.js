import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { login } from './api';
export function LoginPage({ onLoggedIn }) {
    const { t } = useTranslation('auth');
    const [email, setEmail] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState(null);
    const [busy, setBusy] = useState(false);
    async function submit(event) {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
            onLoggedIn(await login(email, password));
        }
        catch (failure) {
            setError(failure instanceof ProblemError && failure.status === 429
                ? t('login.throttled') : t('login.failed'));
        }
        finally {
            setBusy(false);
        }
    }
    return (_jsx("main", { className: "login", children: _jsxs("form", { className: "card", onSubmit: submit, "aria-label": t('login.title'), children: [_jsx("h1", { children: "Frontline" }), _jsx("p", { className: "muted", children: t('login.title') }), _jsxs("label", { children: [t('login.email'), _jsx("input", { name: "email", type: "email", autoComplete: "username", required: true, value: email, onChange: (e) => setEmail(e.target.value) })] }), _jsxs("label", { children: [t('login.password'), _jsx("input", { name: "password", type: "password", autoComplete: "current-password", required: true, value: password, onChange: (e) => setPassword(e.target.value) })] }), error && _jsx("p", { role: "alert", className: "error", children: error }), _jsx("button", { type: "submit", disabled: busy, children: t('login.submit') }), _jsx(LanguagePicker, {})] }) }));
}
