import { jsx as _jsx, Fragment as _Fragment, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../lib/http';
import { formatDateTime } from '../../../lib/format';
import { ErrorMessage, Loading } from '../../../ui/states';
import { ConfirmDialog, CopyBox, FormError, useSettingsText } from '../components';
/**
 * A chat inbox's embed snippet and identity-verification secret. The server shows the secret only in the
 * answer to creating or rotating it, so it is displayed here once, right after that (issue 7: web chat).
 */
export function WidgetSnippet({ inboxId }) {
    const { t } = useSettingsText();
    const queryClient = useQueryClient();
    const [confirming, setConfirming] = useState(false);
    const setup = useQuery({ queryKey: ['inbox-widget', inboxId], queryFn: () => api.get(`/inboxes/${inboxId}/widget`) });
    const rotate = useMutation({
        mutationFn: () => api.post(`/inboxes/${inboxId}/widget/secret`, {}),
        onSuccess: () => { setConfirming(false); void queryClient.invalidateQueries({ queryKey: ['inbox-widget', inboxId] }); },
    });
    if (setup.isPending)
        return _jsx(Loading, {});
    if (setup.isError)
        return _jsx(ErrorMessage, { error: setup.error, onRetry: () => void setup.refetch() });
    const grace = setup.data.previousSecretValidUntil;
    return (_jsxs("div", { className: "form-grid", "data-testid": "widget-snippet", children: [_jsx(CopyBox, { label: t('inboxes.widget.snippet'), value: setup.data.snippet, testId: "widget-snippet-code" }), rotate.data
                ? _jsxs(_Fragment, { children: [_jsx(CopyBox, { label: t('inboxes.widget.secret'), value: rotate.data.secret, testId: "widget-secret" }), _jsx("p", { className: "hint", role: "status", children: t('inboxes.widget.secretShownOnce') })] })
                : _jsx("p", { className: "hint", children: t(setup.data.identitySecretSet ? 'inboxes.widget.secretSet' : 'inboxes.widget.secretNotSet') }), grace && _jsx("p", { className: "hint", children: t('inboxes.widget.secretGrace', { until: formatDateTime(grace) }) }), _jsx("div", { children: _jsx("button", { type: "button", className: "secondary", "data-testid": "widget-secret-rotate", disabled: rotate.isPending, onClick: () => (setup.data.identitySecretSet ? setConfirming(true) : rotate.mutate()), children: t(setup.data.identitySecretSet ? 'inboxes.widget.secretRotate' : 'inboxes.widget.secretCreate') }) }), !confirming && _jsx(FormError, { error: rotate.error }), _jsx("p", { className: "hint", children: t('inboxes.widget.hint') }), _jsx(ConfirmDialog, { open: confirming, title: t('inboxes.widget.secretRotate'), message: t('inboxes.widget.secretRotateConfirm'), confirmLabel: t('inboxes.widget.secretRotate'), onConfirm: () => rotate.mutate(), onCancel: () => setConfirming(false), pending: rotate.isPending, error: rotate.error })] }));
}
