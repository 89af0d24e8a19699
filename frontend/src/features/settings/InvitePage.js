import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { http } from '../../lib/http';
import { queryClient } from '../../lib/queryClient';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { ErrorMessage, Loading } from '../../ui/states';
import { Field, FormError, mergeErrors, useSettingsText } from './components';
import { serverFieldErrors, validatePassword } from './forms';
import './admin.css';
const invitation = (token) => http('GET', `/api/v1/auth/invitations/${encodeURIComponent(token)}`);
async function accept(token, password) {
    // Like the login: the first GET primes the CSRF cookie for the POST.
    await fetch('/api/v1/auth/csrf', { credentials: 'same-origin' });
    return http('POST', `/api/v1/auth/invitations/${encodeURIComponent(token)}/accept`, { password });
}
/** Public page of an invitation link: shows the workspace and email, sets a password and signs in. */
export function InvitePage() {
    const { t } = useTranslation('settings');
    const { token = '' } = useParams();
    const info = useQuery({ queryKey: ['invitation', token], queryFn: () => invitation(token), retry: false });
    return (_jsx("main", { className: "login", children: _jsxs("div", { className: "card invite-card", children: [_jsx("h1", { children: t('invite.title') }), info.isPending ? _jsx(Loading, {}) : info.isError ? (_jsxs(_Fragment, { children: [_jsx(ErrorMessage, { error: info.error }), _jsx("p", { className: "muted", children: t('invite.invalid') }), _jsx("a", { href: "/", children: t('invite.toSignIn') })] })) : _jsx(AcceptForm, { token: token, info: info.data }), _jsx(LanguagePicker, {})] }) }));
}
function AcceptForm({ token, info }) {
    const { t, fieldError } = useSettingsText();
    const navigate = useNavigate();
    const [password, setPassword] = useState('');
    const [confirm, setConfirm] = useState('');
    const [localErrors, setLocalErrors] = useState({});
    const join = useMutation({
        mutationFn: () => accept(token, password),
        onSuccess: async (me) => {
            queryClient.setQueryData(['me'], me);
            await queryClient.invalidateQueries({ queryKey: ['me'] });
            navigate('/inbox', { replace: true });
        },
    });
    const submit = (e) => {
        e.preventDefault();
        const errors = validatePassword(password, confirm);
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            join.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(join.error));
    return (_jsxs("form", { className: "form-grid", onSubmit: submit, noValidate: true, children: [_jsx("p", { children: t('invite.intro', { workspace: info.workspaceName }) }), _jsxs("dl", { className: "invite-facts", children: [_jsx("dt", { children: t('invite.workspace') }), _jsx("dd", { "data-testid": "invite-workspace", children: info.workspaceName }), _jsx("dt", { children: t('invite.name') }), _jsx("dd", { children: info.displayName }), _jsx("dt", { children: t('invite.email') }), _jsx("dd", { "data-testid": "invite-email", children: info.email })] }), _jsx(Field, { label: t('invite.password'), hint: t('invite.passwordHint'), error: fieldError(errors.password), children: (p) => _jsx("input", { ...p, type: "password", name: "password", autoComplete: "new-password", value: password, onChange: (e) => setPassword(e.target.value) }) }), _jsx(Field, { label: t('invite.confirm'), error: fieldError(errors.confirm), children: (p) => _jsx("input", { ...p, type: "password", name: "confirm", autoComplete: "new-password", value: confirm, onChange: (e) => setConfirm(e.target.value) }) }), _jsx(FormError, { error: join.error }), _jsx("button", { type: "submit", disabled: join.isPending, children: t('invite.join') })] }));
}
