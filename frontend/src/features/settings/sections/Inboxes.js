import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { ChannelIcon } from '../../../ui/ChannelIcon';
import { Dialog } from '../../../ui/Dialog';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { CHANNELS, settingsApi } from '../api';
import { Field, FormError, mergeErrors, useSettingsText } from '../components';
import { CHANNEL_FIELDS, inboxSettings, serverFieldErrors, validateInbox } from '../forms';
import { WidgetSnippet } from './WidgetSnippet';
import { ChatSettingsFields, EmailSettingsFields } from './ChannelSettingsFields';
import { chatForm, chatSettings, emailForm, emailSettings, OWN_KEYS, validateChat, validateEmail } from '../emailSettings';
/** Inboxes by channel: create with a channel type, rename, and the settings each channel needs. */
export function InboxesSection() {
    const { t } = useSettingsText();
    const inboxes = useQuery({ queryKey: ['inboxes'], queryFn: settingsApi.inboxes });
    const [editing, setEditing] = useState(null);
    const sorted = [...(inboxes.data ?? [])].sort((a, b) => CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) || a.name.localeCompare(b.name));
    return (_jsxs("section", { children: [_jsxs("div", { className: "page-header", children: [_jsx("h2", { children: t('section.inboxes') }), _jsx("button", { type: "button", onClick: () => setEditing('new'), children: t('inboxes.create') })] }), inboxes.isPending ? _jsx(Loading, {}) : inboxes.isError ? _jsx(ErrorMessage, { error: inboxes.error, onRetry: () => inboxes.refetch() })
                : sorted.length === 0 ? _jsx(Empty, { children: t('inboxes.empty') }) : (_jsxs("table", { className: "data-table", children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('inboxes.channel') }), _jsx("th", { scope: "col", children: t('inboxes.name') }), _jsx("th", { scope: "col", children: t('inboxes.details') }), _jsx("th", { scope: "col", children: t('inboxes.created') }), _jsx("th", { scope: "col", children: _jsx("span", { className: "visually-hidden", children: t('actions') }) })] }) }), _jsx("tbody", { children: sorted.map((inbox) => (_jsxs("tr", { children: [_jsxs("td", { children: [_jsx(ChannelIcon, { channel: inbox.channel }), " ", t(`channel.${inbox.channel}`, { ns: 'common' })] }), _jsx("td", { className: "wrap", children: inbox.name }), _jsx("td", { className: "wrap muted", children: summary(inbox) }), _jsx("td", { className: "numeric", children: formatDateTime(inbox.createdAt, { dateStyle: 'medium' }) }), _jsx("td", { className: "actions", children: _jsx("button", { type: "button", className: "secondary small", onClick: () => setEditing(inbox), "aria-label": t('inboxes.editInbox', { name: inbox.name }), children: t('edit', { ns: 'common' }) }) })] }, inbox.id))) })] })), editing && _jsx(InboxDialog, { inbox: editing === 'new' ? null : editing, onClose: () => setEditing(null) })] }));
}
function summary(inbox) {
    if (inbox.channel === 'EMAIL') {
        const email = emailForm(inbox.settings);
        return [email.address || String(inbox.settings.address ?? ''), email.imap.enabled ? 'IMAP' : '', email.smtp.enabled ? 'SMTP' : '']
            .filter(Boolean).join(' · ');
    }
    return CHANNEL_FIELDS[inbox.channel].map((f) => inbox.settings[f.key]).filter((v) => v != null && v !== '').map(String).join(' · ');
}
/** Settings keys that have no field of their own, edited as JSON. */
function otherSettings(channel, settings) {
    const own = new Set([...CHANNEL_FIELDS[channel].map((f) => f.key), ...(OWN_KEYS[channel] ?? [])]);
    return Object.fromEntries(Object.entries(settings).filter(([key]) => !own.has(key)));
}
function InboxDialog({ inbox, onClose }) {
    const { t, fieldError } = useSettingsText();
    const queryClient = useQueryClient();
    const [name, setName] = useState(inbox?.name ?? '');
    const [channel, setChannel] = useState(inbox?.channel ?? 'EMAIL');
    const [values, setValues] = useState(inbox?.settings ?? {});
    const others = inbox ? otherSettings(inbox.channel, inbox.settings) : {};
    const [json, setJson] = useState(Object.keys(others).length ? JSON.stringify(others, null, 2) : '');
    const [email, setEmail] = useState(() => {
        const form = emailForm(inbox?.settings ?? {});
        // Inboxes made before the email settings kept the address at the top level.
        if (!form.address && typeof inbox?.settings.address === 'string')
            form.address = inbox.settings.address;
        return form;
    });
    const [chat, setChat] = useState(() => chatForm(inbox?.settings ?? {}));
    const dedicated = channel === 'EMAIL' || channel === 'CHAT';
    const [localErrors, setLocalErrors] = useState({});
    const save = useMutation({
        mutationFn: (settings) => inbox
            ? settingsApi.updateInbox(inbox.id, { name: name.trim(), settings })
            : settingsApi.createInbox({ name: name.trim(), channel, settings }),
        onSuccess: () => {
            void queryClient.invalidateQueries({ queryKey: ['inboxes'] });
            onClose();
        },
    });
    const submit = (e) => {
        e.preventDefault();
        const errors = channel === 'EMAIL' ? { ...validateInbox({ name, channel: 'API', settings: {} }), ...validateEmail(email) }
            : channel === 'CHAT' ? { ...validateInbox({ name, channel: 'API', settings: {} }), ...validateChat(chat) }
                : validateInbox({ name, channel, settings: values });
        let extra = {};
        if (json.trim()) {
            try {
                const parsed = JSON.parse(json);
                if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
                    throw new Error();
                extra = parsed;
            }
            catch {
                errors.json = 'validation.json';
            }
        }
        setLocalErrors(errors);
        if (Object.keys(errors).length)
            return;
        if (channel === 'EMAIL')
            save.mutate({ ...extra, email: emailSettings(email) });
        else if (channel === 'CHAT')
            save.mutate({ ...extra, ...chatSettings(chat) });
        else
            save.mutate(inboxSettings(channel, values, extra));
    };
    const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => { if (!open)
            onClose(); }, title: inbox ? t('inboxes.editTitle') : t('inboxes.createTitle'), wide: true, children: _jsxs("form", { className: "admin-dialog form-grid", onSubmit: submit, noValidate: true, children: [_jsxs("div", { className: "form-grid two", children: [_jsx(Field, { label: t('inboxes.name'), error: fieldError(errors.name), children: (p) => _jsx("input", { ...p, value: name, maxLength: 200, onChange: (e) => setName(e.target.value) }) }), _jsx(Field, { label: t('inboxes.channel'), error: fieldError(errors.channel), hint: inbox ? t('inboxes.channelFixed') : undefined, children: (p) => (_jsx("select", { ...p, value: channel, disabled: !!inbox, onChange: (e) => setChannel(e.target.value), children: CHANNELS.map((c) => _jsx("option", { value: c, children: t(`channel.${c}`, { ns: 'common' }) }, c)) })) }), !dedicated && CHANNEL_FIELDS[channel].map((field) => (_jsx(Field, { label: t(`inboxes.field.${field.key}`) + (field.required ? '' : ` ${t('optional')}`), hint: t(`inboxes.hint.${field.key}`), error: fieldError(errors[`settings.${field.key}`]), children: (p) => field.kind === 'color' ? (_jsxs("div", { className: "copy-box", children: [_jsx("input", { ...p, value: String(values[field.key] ?? ''), placeholder: "#2457d6", onChange: (e) => setValues({ ...values, [field.key]: e.target.value }) }), _jsx("input", { type: "color", "aria-label": t('inboxes.pickColor'), value: /^#[0-9a-f]{6}$/i.test(String(values[field.key] ?? '')) ? String(values[field.key]) : '#2457d6', onChange: (e) => setValues({ ...values, [field.key]: e.target.value }) })] })) : (_jsx("input", { ...p, type: field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text', value: String(values[field.key] ?? ''), onChange: (e) => setValues({ ...values, [field.key]: e.target.value }) })) }, field.key)))] }), channel === 'EMAIL' && _jsx(EmailSettingsFields, { value: email, onChange: setEmail, errors: errors }), channel === 'CHAT' && _jsx(ChatSettingsFields, { value: chat, onChange: setChat, errors: errors }), inbox?.channel === 'CHAT' && _jsx(WidgetSnippet, { inboxId: inbox.id }), _jsx(Field, { label: t('inboxes.advanced'), hint: t('inboxes.advancedHint'), error: fieldError(errors.json ?? errors.settings), children: (p) => _jsx("textarea", { ...p, rows: 4, spellCheck: false, value: json, placeholder: "{}", onChange: (e) => setJson(e.target.value) }) }), _jsx(FormError, { error: save.error }), _jsxs("div", { className: "dialog-actions", children: [_jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) }), _jsx("button", { type: "submit", disabled: save.isPending, children: inbox ? t('save', { ns: 'common' }) : t('create', { ns: 'common' }) })] })] }) }));
}
