import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ProblemError } from '../../lib/http';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { Dialog } from '../../ui/Dialog';
import { Empty, ErrorMessage, errorMessage, Loading } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { AttributeInput, attributeText } from '../conversation/attributes';
import { useAttributeDefinitions } from '../conversation/hooks';
import { contactApi, contactLabel } from './api';
import './customer.css';
/**
 * Customer 360: who the customer is (editable), every address they use, their attributes and notes, and every
 * conversation with them on any channel, each opened with one click.
 */
export function CustomerPanel({ contactId, currentConversationId, onOpenConversation, wide }) {
    const { t } = useTranslation('customer');
    const { me } = useSession();
    const overview = useQuery({ queryKey: ['contact', contactId, 'overview'], queryFn: () => contactApi.overview(contactId) });
    const definitions = useAttributeDefinitions();
    const [editing, setEditing] = useState(false);
    const [merging, setMerging] = useState(false);
    if (overview.isPending)
        return _jsx(Loading, {});
    if (overview.isError)
        return _jsx(ErrorMessage, { error: overview.error, onRetry: () => void overview.refetch() });
    const { contact, conversations } = overview.data;
    const defs = (definitions.data ?? []).filter((d) => d.appliesTo === 'CONTACT');
    const name = contactLabel(contact, t('unknown'));
    const earlier = conversations.filter((c) => c.id !== currentConversationId);
    return (_jsxs("div", { className: `customer-360 ${wide ? 'wide' : ''}`, "data-testid": "customer-360", children: [_jsxs("section", { className: "panel-section contact-head", children: [_jsxs("div", { className: "section-head", children: [_jsx("h3", { className: "contact-name", children: name }), !editing && !contact.erased && _jsx("button", { type: "button", className: "link", onClick: () => setEditing(true), children: t('edit', { ns: 'common' }) })] }), contact.company && _jsx("div", { className: "muted", children: contact.company }), _jsxs("div", { className: "badges", children: [_jsx("span", { className: `tier tier-${/^[a-z0-9_-]+$/.test(contact.tier) ? contact.tier : 'other'}`, children: t('tier', { tier: contact.tier }) }), _jsx("span", { className: "ltv", children: t('lifetimeValue', { value: formatNumber(Number(contact.lifetimeValue ?? 0), { maximumFractionDigits: 2 }) }) })] }), contact.erased && _jsx("p", { className: "muted", children: t('erased') })] }), editing
                ? _jsx(ContactForm, { contact: contact, definitions: defs, onDone: () => setEditing(false) })
                : (_jsxs(_Fragment, { children: [_jsxs("section", { className: "panel-section", children: [_jsx("h3", { children: t('details') }), _jsxs("dl", { className: "facts", children: [_jsxs("div", { className: "fact", children: [_jsx("dt", { children: t('field.language') }), _jsx("dd", { children: contact.language || '—' })] }), _jsxs("div", { className: "fact", children: [_jsx("dt", { children: t('field.timezone') }), _jsx("dd", { children: contact.timezone || '—' })] }), _jsxs("div", { className: "fact", children: [_jsx("dt", { children: t('since') }), _jsx("dd", { children: formatDateTime(contact.createdAt, { dateStyle: 'medium' }) })] }), defs.map((d) => (_jsxs("div", { className: "fact", children: [_jsx("dt", { children: d.label }), _jsx("dd", { children: attributeText(d, contact.customAttributes?.[d.key]) || '—' })] }, d.key))), Object.entries(contact.customAttributes ?? {}).filter(([key]) => !defs.some((d) => d.key === key)).map(([key, value]) => (_jsxs("div", { className: "fact", children: [_jsx("dt", { children: key }), _jsx("dd", { children: attributeText(undefined, value) })] }, key)))] })] }), _jsxs("section", { className: "panel-section", children: [_jsx("h3", { children: t('identities') }), contact.identities.length === 0 ? _jsx("p", { className: "muted", children: t('noIdentities') }) : (_jsx("ul", { className: "identities", children: contact.identities.map((i) => (_jsxs("li", { children: [_jsx("span", { className: "kind", children: t(`kind.${i.kind}`, { defaultValue: i.kind }) }), " ", _jsx("span", { className: "value", children: i.value })] }, `${i.kind}:${i.value}`))) }))] }), _jsxs("section", { className: "panel-section", children: [_jsx("h3", { children: t('field.notes') }), contact.notes ? _jsx("p", { className: "contact-notes", children: contact.notes }) : _jsx("p", { className: "muted", children: t('noNotes') })] })] })), _jsxs("section", { className: "panel-section", children: [_jsx("h3", { children: t('history', { count: conversations.length }) }), earlier.length === 0 ? _jsx("p", { className: "muted", children: t('noHistory') }) : (_jsx("ul", { className: "history", "aria-label": t('historyLabel'), children: conversations.map((c) => (_jsx("li", { children: _jsxs("button", { type: "button", className: `history-item ${c.id === currentConversationId ? 'current' : ''}`, "aria-current": c.id === currentConversationId ? 'true' : undefined, onClick: () => onOpenConversation(c.id), children: [_jsx(ChannelIcon, { channel: c.channel }), _jsx("span", { className: "history-subject", children: c.subject || t('noSubject') }), _jsx("span", { className: `status-badge ${c.status}`, children: t(`status.${c.status}`, { ns: 'conversation' }) }), _jsx("time", { dateTime: c.lastActivityAt, children: formatDateTime(c.lastActivityAt, { dateStyle: 'medium' }) })] }) }, c.id))) }))] }), includes(me.role, 'SUPERVISOR') && !contact.erased && (_jsxs("section", { className: "panel-section", children: [_jsx("button", { type: "button", className: "secondary", onClick: () => setMerging(true), children: t('merge.button') }), merging && _jsx(MergeDialog, { contact: contact, onClose: () => setMerging(false) })] }))] }));
}
function ContactForm({ contact, definitions, onDone }) {
    const { t } = useTranslation('customer');
    const queryClient = useQueryClient();
    const [form, setForm] = useState({
        name: contact.name ?? '', company: contact.company ?? '', language: contact.language ?? '', timezone: contact.timezone ?? '',
        tier: contact.tier ?? '', lifetimeValue: String(contact.lifetimeValue ?? ''), notes: contact.notes ?? '',
    });
    const [attributes, setAttributes] = useState({ ...contact.customAttributes });
    const save = useMutation({
        mutationFn: () => {
            const changes = {
                name: form.name.trim() || null, company: form.company.trim() || null, language: form.language.trim() || null,
                timezone: form.timezone.trim() || null, tier: form.tier.trim() || null,
                lifetimeValue: form.lifetimeValue.trim() === '' ? null : Number(form.lifetimeValue), notes: form.notes,
                customAttributes: attributes,
            };
            return contactApi.update(contact.id, changes);
        },
        onSuccess: (updated) => {
            queryClient.setQueryData(['contact', contact.id], updated);
            void queryClient.invalidateQueries({ queryKey: ['contact', contact.id] });
            void queryClient.invalidateQueries({ queryKey: ['contacts'] });
            onDone();
        },
    });
    const field = (key, props = {}) => (_jsxs("label", { htmlFor: `contact-${contact.id}-${key}`, children: [_jsx("span", { children: t(`field.${key}`) }), _jsx("input", { id: `contact-${contact.id}-${key}`, value: form[key], onChange: (e) => setForm({ ...form, [key]: e.target.value }), ...props })] }));
    const fieldErrors = save.error instanceof ProblemError ? save.error.errors : [];
    return (_jsxs("form", { className: "panel-section edit-form", "aria-label": t('editTitle'), onSubmit: (e) => { e.preventDefault(); save.mutate(); }, children: [field('name', { maxLength: 300 }), field('company', { maxLength: 300 }), field('language', { maxLength: 35, placeholder: 'en, ko, zh-CN…' }), field('timezone', { maxLength: 60, placeholder: 'Asia/Seoul' }), field('tier', { maxLength: 20, pattern: '[a-z0-9_-]{1,20}', title: t('tierHint') }), field('lifetimeValue', { type: 'number', min: 0, step: 'any' }), definitions.map((d) => (_jsxs("label", { htmlFor: `contact-${contact.id}-attr-${d.key}`, children: [_jsx("span", { children: d.label }), _jsx(AttributeInput, { id: `contact-${contact.id}-attr-${d.key}`, definition: d, value: attributes[d.key], onChange: (v) => setAttributes({ ...attributes, [d.key]: v }) })] }, d.key))), _jsxs("label", { htmlFor: `contact-${contact.id}-notes`, children: [_jsx("span", { children: t('field.notes') }), _jsx("textarea", { id: `contact-${contact.id}-notes`, rows: 4, maxLength: 20000, value: form.notes, onChange: (e) => setForm({ ...form, notes: e.target.value }) })] }), save.isError && (_jsxs("div", { className: "error", role: "alert", children: [errorMessage(save.error, (k) => t(k, { ns: 'common' })), fieldErrors.length > 0 && _jsx("ul", { children: fieldErrors.map((f) => _jsxs("li", { children: [f.field, ": ", f.message] }, f.field)) })] })), _jsxs("div", { className: "buttons", children: [_jsx("button", { type: "submit", disabled: save.isPending, children: t('save', { ns: 'common' }) }), _jsx("button", { type: "button", className: "secondary", onClick: onDone, children: t('cancel', { ns: 'common' }) })] })] }));
}
/** Folds another contact (a duplicate) into this one; supervisors and admins only, cannot be undone. */
function MergeDialog({ contact, onClose }) {
    const { t } = useTranslation('customer');
    const queryClient = useQueryClient();
    const [q, setQ] = useState('');
    const [chosen, setChosen] = useState(null);
    const results = useQuery({ queryKey: ['contacts', 'search', q], queryFn: () => contactApi.list(q, null, 10), enabled: q.trim().length >= 2 });
    const merge = useMutation({
        mutationFn: () => contactApi.merge(contact.id, chosen.id),
        onSuccess: () => {
            void queryClient.invalidateQueries({ queryKey: ['contact'] });
            void queryClient.invalidateQueries({ queryKey: ['contacts'] });
            void queryClient.invalidateQueries({ queryKey: ['inbox'] });
            onClose();
        },
    });
    const candidates = (results.data?.items ?? []).filter((c) => c.id !== contact.id && !c.mergedInto);
    return (_jsx(Dialog, { open: true, onOpenChange: (open) => { if (!open)
            onClose(); }, title: t('merge.title', { name: contactLabel(contact, t('unknown')) }), children: _jsxs("div", { className: "merge", children: [_jsx("p", { className: "muted", children: t('merge.explain') }), _jsxs("label", { children: [_jsx("span", { children: t('merge.search') }), _jsx("input", { type: "search", value: q, autoFocus: true, onChange: (e) => { setQ(e.target.value); setChosen(null); } })] }), q.trim().length >= 2 && (results.isPending ? _jsx(Loading, {}) : results.isError ? _jsx(ErrorMessage, { error: results.error }) :
                    candidates.length === 0 ? _jsx(Empty, { children: t('merge.noResults') }) : (_jsx("ul", { className: "merge-results", role: "listbox", "aria-label": t('merge.results'), children: candidates.map((c) => (_jsx("li", { role: "option", "aria-selected": chosen?.id === c.id, children: _jsxs("button", { type: "button", className: chosen?.id === c.id ? 'chosen' : '', onClick: () => setChosen(c), children: [_jsx("strong", { children: contactLabel(c, t('unknown')) }), " ", _jsx("span", { className: "muted", children: c.identities.map((i) => i.value).join(', ') })] }) }, c.id))) }))), chosen && _jsx("p", { role: "status", children: t('merge.confirm', { from: contactLabel(chosen, t('unknown')), into: contactLabel(contact, t('unknown')) }) }), merge.isError && _jsx("div", { className: "error", role: "alert", children: errorMessage(merge.error, (k) => t(k, { ns: 'common' })) }), _jsxs("div", { className: "buttons", children: [_jsx("button", { type: "button", className: "danger", disabled: !chosen || merge.isPending, onClick: () => merge.mutate(), children: t('merge.submit') }), _jsx("button", { type: "button", className: "secondary", onClick: onClose, children: t('cancel', { ns: 'common' }) })] })] }) }));
}
