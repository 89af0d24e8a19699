import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { EVENT_TYPES, settingsApi } from '../api';
import { ConfirmDialog, CopyBox, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { serverFieldErrors, validateWebhook } from '../forms';
/** Webhooks: create with a URL and event types (the signing secret is shown once), delete, delivery log. */
export function WebhooksSection() {
    const { t } = useSettingsText();
    const queryClient = useQueryClient();
    const webhooks = useQuery({ queryKey: ['webhooks'], queryFn: settingsApi.webhooks });
    const [creating, setCreating] = useState(false);
    const [log, setLog] = useState(null);
    const [deleting, setDeleting] = useState(null);
    const remove = useMutation({
        mutationFn: (w) => settingsApi.deleteWebhook(w.id),
        onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['webhooks'] }); },
    });
    return (_jsxs("section", { children: [_jsxs("div", { className: "page-header", children: [_jsx("h2", { children: t('section.webhooks') }), _jsx("button", { type: "button", onClick: () => setCreating(true), children: t('webhooks.create') })] }), _jsx(QueryView, { query: webhooks, empty: t('webhooks.empty'), children: (items) => (_jsxs("table", { className: "data-table", "data-testid": "webhooks-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('webhooks.url') }), _jsx("th", { scope: "col", children: t('webhooks.events') }), _jsx("th", { scope: "col", children: t('webhooks.created') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('actions') }) })] }) }), _jsx("tbody", { children: items.map((w) => (_jsxs("tr", { children: [_jsx("td", { className: "wrap", children: _jsx("code", { children: w.url }) }), _jsx("td", { className: "wrap", children: w.eventTypes.map((e) => (e === '*' ? t('webhooks.allEvents') : e)).join(', ') }), _jsx("td", { className: "numeric", children: formatDateTime(w.createdAt) }), _jsxs("td", { className: "actions", children: [_jsx("button", { type: "button", className: "secondary small", onClick: () => setLog(w), "aria-label": t('webhooks.deliveriesOf', { url: w.url }), children: t('webhooks.deliveries') }), _jsx("button", { type: "button", className: "secondary small", onClick: () => { remove.reset(); setDeleting(w); }, "aria-label": t('webhooks.deleteOne', { url: w.url }), children: t('delete', { ns: 'common' }) })] })] }, w.id))) })] })) }), creating && _jsx(CreateDialog, { onClose: () => setCreating(false) }), _jsx(Dialog, { open: !!log, onOpenChange: (open) => { if (!open)
                    setLog(null); }, title: t('webhooks.deliveriesTitle'), wide: true, children: log && _jsx(DeliveryLog, { webhook: log }) }), _jsx(ConfirmDialog, { open: !!deleting, title: t('webhooks.deleteTitle'), message: t('webhooks.deleteConfirm', { url: deleting?.url ?? '' }), confirmLabel: t('delete', { ns: 'common' }), pending: remove.isPending, error: remove.error, onCancel: () => setDeleting(null), onConfirm: () => deleting && remove.mutate(deleting) })] }));
}
function CreateDialog({ onClose }) {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const [url, setUrl] = useState('');
    const [events, setEvents] = useState(['*']);
    const [localErrors, setLocalErrors] = useState({});
    const create = useMutation({
        mutationFn: () => settingsApi.createWebhook(url.trim(), events),
        onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
    });
    const toggle = (type, on) => {
        if (type === '*')
            setEvents(on ? ['*'] : []);
        else
            setEvents(on ? [...events.filter((e) => e !== '*'), type] : events.filter((e) => e !== type));
    };
    const submit = (e) => {
        e.preventDefault();
        const errors = validateWebhook({ url, eventTypes: events });
        setLocalErrors(errors);
        if (!Object.keys(errors).length)
            create.mutate();
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(create.error));
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => { if (!open)
            onClose(); }, title: t('webhooks.createTitle'), wide: true, children: create.data ? (_jsxs("div", { className: "admin-dialog form-grid", children: [_jsx("p", { children: t('webhooks.created_ok', { url: create.data.url }) }), create.data.secret && _jsx(CopyBox, { label: t('webhooks.secret'), value: create.data.secret }), _jsx("p", { className: "hint", children: t('webhooks.secretHint') }), _jsx("div", { className: "dialog-actions", children: _jsx("button", { type: "button", onClick: onClose, children: t('done') }) })] })) : (_jsxs("form", { className: "admin-dialog form-grid", onSubmit: submit, noValidate: true, children: [_jsx(Field, { label: t('webhooks.url'), error: fieldError(errors.url), children: (p) => _jsx("input", { ...p, type: "url", value: url, placeholder: "https://", onChange: (e) => setUrl(e.target.value) }) }), _jsxs("fieldset", { className: "checks", "aria-describedby": errors.eventTypes ? 'webhook-events-error' : undefined, children: [_jsx("legend", { children: t('webhooks.events') }), EVENT_TYPES.map((type) => (_jsxs("label", { className: "check", children: [_jsx("input", { type: "checkbox", checked: events.includes(type), onChange: (e) => toggle(type, e.target.checked) }), type === '*' ? t('webhooks.allEvents') : _jsx("code", { children: type })] }, type)))] }), errors.eventTypes && _jsx("span", { id: "webhook-events-error", className: "field-error", children: fieldError(errors.eventTypes) }), _jsx(FormError, { error: create.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: create.isPending, children: t('create', { ns: 'common' }) })] })] })) }));
}
function DeliveryLog({ webhook }) {
    const { t } = useSettingsText();
    const deliveries = useQuery({ queryKey: ['webhook-deliveries', webhook.id], queryFn: () => settingsApi.deliveries(webhook.id) });
    return (_jsxs("div", { className: "admin-page delivery-log", children: [_jsx("p", { className: "hint", children: _jsx("code", { children: webhook.url }) }), _jsx(QueryView, { query: deliveries, empty: t('webhooks.noDeliveries'), children: (items) => (_jsxs("table", { className: "data-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('webhooks.when') }), _jsx("th", { scope: "col", children: t('webhooks.event') }), _jsx("th", { scope: "col", children: t('webhooks.status') }), _jsx("th", { scope: "col", children: t('webhooks.attempts') }), _jsx("th", { scope: "col", children: t('webhooks.response') })] }) }), _jsx("tbody", { children: items.map((d) => (_jsxs("tr", { children: [_jsx("td", { className: "numeric", children: formatDateTime(d.createdAt) }), _jsx("td", { children: _jsx("code", { children: d.eventType }) }), _jsx("td", { children: _jsx("span", { className: d.status === 'delivered' ? 'badge ok' : d.status === 'failed' ? 'badge bad' : 'badge', children: t(`webhooks.deliveryStatus.${d.status}`, { defaultValue: d.status }) }) }), _jsx("td", { className: "numeric", children: d.attempts }), _jsxs("td", { className: "wrap", children: [d.lastStatusCode ?? '', " ", d.lastError ?? '', d.nextAttemptAt && _jsxs("span", { className: "hint", children: [" \u00B7 ", t('webhooks.nextAttempt', { date: formatDateTime(d.nextAttemptAt) })] })] })] }, d.id))) })] })) })] }));
}
