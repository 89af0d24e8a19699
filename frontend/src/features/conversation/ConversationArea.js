import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { useShortcut } from '../../lib/shortcuts';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { Empty, ErrorMessage, errorMessage, Loading } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { contactApi, contactLabel, identityOf } from '../customer/api';
import { CustomerPanel } from '../customer/CustomerPanel';
import { ActionsBar } from './ActionsBar';
import { conversationApi } from './api';
import { AttributeInput, attributeText } from './attributes';
import { Composer } from './Composer';
import { useAttributeDefinitions, usersById, useUsers } from './hooks';
import { updateTabs, useTabs, withTab } from './storage';
import { Thread } from './Thread';
import { useContactTyping, useRating } from './typing';
import './conversation.css';
const MESSAGE_EVENTS = new Set(['message.received', 'message.sent', 'note.added', 'message.delivery_changed']);
/** The open conversation(s) beside the inbox list: tabs, thread, composer, actions and the customer panel. */
export function ConversationArea({ conversationId }) {
    const { t } = useTranslation('conversation');
    const { me } = useSession();
    const params = useParams();
    const navigate = useNavigate();
    const queryClient = useQueryClient();
    const tabs = useTabs(me.userId);
    const view = params.view ?? (includes(me.role, 'SUPERVISOR') ? 'all' : 'mine');
    const go = (id) => navigate(id ? `/inbox/${view}/${id}` : `/inbox/${view}`);
    useEffect(() => {
        if (conversationId)
            updateTabs(me.userId, (list) => withTab(list, conversationId).map((tab) => (tab.id === conversationId && tab.unread ? { id: tab.id } : tab)));
    }, [conversationId, me.userId]);
    useLiveEvents(({ type, data }) => {
        const id = typeof data.conversationId === 'string' ? data.conversationId : null;
        if (!id)
            return;
        if (id === conversationId) {
            if (MESSAGE_EVENTS.has(type)) {
                // Marking it read is the inbox page's job (it owns the list's unread markers).
                void queryClient.invalidateQueries({ queryKey: ['messages', id] });
            }
            if (type.startsWith('conversation.') && type !== 'conversation.read' && type !== 'conversation.typing') {
                void queryClient.invalidateQueries({ queryKey: ['conversation', id] });
                void queryClient.invalidateQueries({ queryKey: ['timeline', id] });
            }
        }
        else if ((type === 'message.received' || type === 'note.added') && tabs.some((tab) => tab.id === id)) {
            updateTabs(me.userId, (list) => list.map((tab) => (tab.id === id ? { ...tab, unread: true } : tab)));
            void queryClient.invalidateQueries({ queryKey: ['messages', id] });
        }
    });
    const close = (id) => {
        const index = tabs.findIndex((tab) => tab.id === id);
        const rest = tabs.filter((tab) => tab.id !== id);
        updateTabs(me.userId, () => rest);
        if (id === conversationId)
            go(rest[Math.min(index, rest.length - 1)]?.id ?? null);
    };
    return (_jsxs("section", { className: "conversation-area", "aria-label": t('area.label'), children: [tabs.length > 0 && (_jsx("ul", { className: "conv-tabs", "aria-label": t('tabs.label'), onKeyDown: (e) => {
                    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')
                        return;
                    const index = tabs.findIndex((tab) => tab.id === conversationId);
                    const next = tabs[(index + (e.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length];
                    if (next) {
                        go(next.id);
                        requestAnimationFrame(() => document.getElementById(`conv-tab-${next.id}`)?.focus());
                    }
                }, children: tabs.map((tab) => (_jsx(ConversationTab, { tab: tab, active: tab.id === conversationId, onSelect: () => go(tab.id), onClose: () => close(tab.id) }, tab.id))) })), conversationId
                ? _jsx(ConversationView, { id: conversationId, onOpen: (id) => {
                        updateTabs(me.userId, (list) => withTab(list, id));
                        go(id);
                    } }, conversationId)
                : _jsx(Empty, { children: t('none') })] }));
}
function ConversationTab({ tab, active, onSelect, onClose }) {
    const { t } = useTranslation('conversation');
    const conversation = useQuery({ queryKey: ['conversation', tab.id], queryFn: () => conversationApi.get(tab.id), retry: false });
    const contactId = conversation.data?.contactId;
    const contact = useQuery({ queryKey: ['contact', contactId], queryFn: () => contactApi.get(contactId), enabled: !!contactId });
    const label = conversation.isError ? t('tabs.unavailable')
        : contactLabel(contact.data, conversation.data?.subject ?? t('tabs.loading'));
    return (_jsxs("li", { className: `conv-tab ${active ? 'active' : ''}`, children: [_jsxs("button", { type: "button", className: "conv-tab-select", id: `conv-tab-${tab.id}`, "aria-current": active ? 'page' : undefined, onClick: onSelect, title: conversation.data?.subject ?? label, onKeyDown: (e) => { if (e.key === 'Delete')
                    onClose(); }, children: [_jsx(ChannelIcon, { channel: conversation.data?.channel }), _jsx("span", { className: "conv-tab-label", children: label }), tab.unread && _jsx("span", { className: "unread-dot", role: "img", "aria-label": t('tabs.unread') })] }), _jsx("button", { type: "button", className: "icon-button conv-tab-close", "aria-label": t('tabs.close', { name: label }), onClick: onClose, children: "\u00D7" })] }));
}
function ConversationView({ id, onOpen }) {
    const { t } = useTranslation('conversation');
    const composer = useRef(null);
    const [panelOpen, setPanelOpen] = useState(() => localStorage.getItem('frontline.customerPanel') !== 'closed');
    const conversation = useQuery({ queryKey: ['conversation', id], queryFn: () => conversationApi.get(id), retry: false });
    const messages = useQuery({ queryKey: ['messages', id], queryFn: () => conversationApi.messages(id) });
    const timeline = useQuery({ queryKey: ['timeline', id], queryFn: () => conversationApi.timeline(id) });
    const contactId = conversation.data?.contactId;
    const contact = useQuery({ queryKey: ['contact', contactId], queryFn: () => contactApi.get(contactId), enabled: !!contactId });
    const users = useUsers();
    const contactTyping = useContactTyping(id);
    const togglePanel = () => {
        localStorage.setItem('frontline.customerPanel', panelOpen ? 'closed' : 'open');
        setPanelOpen(!panelOpen);
    };
    if (conversation.isPending)
        return _jsx(Loading, {});
    if (conversation.isError)
        return _jsx(ErrorMessage, { error: conversation.error, onRetry: () => void conversation.refetch() });
    const c = conversation.data;
    const name = contactLabel(contact.data, t('contact.unknown'));
    return (_jsxs("div", { className: `conversation ${panelOpen ? 'with-panel' : ''}`, children: [_jsxs("div", { className: "conversation-main", children: [_jsxs("header", { className: "conversation-header", children: [_jsxs("div", { className: "conversation-title", children: [_jsx(ChannelIcon, { channel: c.channel }), _jsx("h2", { children: name }), c.subject && _jsx("span", { className: "subject", title: c.subject, children: c.subject }), _jsx("span", { className: `status-badge ${c.status}`, children: t(`status.${c.status}`) }), _jsx("span", { className: "spacer" }), _jsx("button", { type: "button", className: "icon-button", "aria-expanded": panelOpen, "aria-controls": `panel-${id}`, "aria-label": panelOpen ? t('panel.hide') : t('panel.show'), title: panelOpen ? t('panel.hide') : t('panel.show'), onClick: togglePanel, children: panelOpen ? '⇥' : '⇤' })] }), _jsx(ActionsBar, { conversation: c, onFocusComposer: (mode) => composer.current?.focus(mode) })] }), messages.isPending || timeline.isPending ? _jsx(Loading, {})
                        : messages.isError ? _jsx(ErrorMessage, { error: messages.error, onRetry: () => void messages.refetch() })
                            : _jsx(Thread, { conversation: c, contactName: name, contactEmail: identityOf(contact.data, 'EMAIL'), messages: messages.data, timeline: timeline.data ?? [], users: usersById(users.data) }), c.channel === 'CHAT' && (_jsx("div", { className: "typing-indicator", "aria-live": "polite", "data-testid": "contact-typing", children: contactTyping ? t('typing.contact', { name }) : '' })), _jsx(Composer, { ref: composer, conversation: c, contact: contact.data }), _jsx(SendShortcut, { composer: composer })] }), panelOpen && (_jsxs("aside", { className: "side-panel", id: `panel-${id}`, "aria-label": t('panel.label'), children: [_jsx(ConversationDetails, { conversation: c }), c.channel === 'CHAT' && _jsx(RatingSection, { conversationId: id }), _jsx(CustomerPanel, { contactId: c.contactId, currentConversationId: id, onOpenConversation: onOpen })] }))] }));
}
function SendShortcut({ composer }) {
    // Registered for the help overlay and for sending while focus is outside the text field.
    useShortcut('mod+Enter', 'conversation:shortcut.send', () => composer.current?.send());
    return null;
}
/** The conversation's own custom attributes (definitions for conversations), edited per type. */
function ConversationDetails({ conversation }) {
    const { t } = useTranslation('conversation');
    const queryClient = useQueryClient();
    const definitions = useAttributeDefinitions();
    const [editing, setEditing] = useState(false);
    const [values, setValues] = useState({});
    const save = useMutation({
        mutationFn: () => conversationApi.update(conversation.id, { customAttributes: { ...conversation.customAttributes, ...values } }),
        onSuccess: (updated) => {
            queryClient.setQueryData(['conversation', conversation.id], updated);
            setEditing(false);
        },
    });
    const defs = (definitions.data ?? []).filter((d) => d.appliesTo === 'CONVERSATION');
    const known = new Set(defs.map((d) => d.key));
    const extra = Object.entries(conversation.customAttributes ?? {}).filter(([key]) => !known.has(key));
    return (_jsxs("section", { className: "panel-section", children: [_jsxs("div", { className: "section-head", children: [_jsx("h3", { children: t('details.title') }), defs.length > 0 && !editing && (_jsx("button", { type: "button", className: "link", onClick: () => { setValues({ ...conversation.customAttributes }); setEditing(true); }, children: t('edit', { ns: 'common' }) }))] }), _jsxs("dl", { className: "facts", children: [_jsx("dt", { children: t('details.created') }), _jsx("dd", { children: formatDateTime(conversation.createdAt) }), conversation.firstResponseAt && _jsxs(_Fragment, { children: [_jsx("dt", { children: t('details.firstResponse') }), _jsx("dd", { children: formatDateTime(conversation.firstResponseAt) })] }), !editing && defs.map((d) => (_jsxs("div", { className: "fact", children: [_jsx("dt", { children: d.label }), _jsx("dd", { children: attributeText(d, conversation.customAttributes?.[d.key]) || '—' })] }, d.key))), extra.map(([key, value]) => _jsxs("div", { className: "fact", children: [_jsx("dt", { children: key }), _jsx("dd", { children: attributeText(undefined, value) })] }, key))] }), editing && (_jsxs("form", { className: "edit-form", onSubmit: (e) => { e.preventDefault(); save.mutate(); }, children: [defs.map((d) => (_jsxs("label", { htmlFor: `attr-${conversation.id}-${d.key}`, children: [_jsx("span", { children: d.label }), _jsx(AttributeInput, { id: `attr-${conversation.id}-${d.key}`, definition: d, value: values[d.key], onChange: (v) => setValues({ ...values, [d.key]: v }) })] }, d.key))), save.isError && _jsx("div", { className: "error", role: "alert", children: errorMessage(save.error, (k) => t(k, { ns: 'common' })) }), _jsxs("div", { className: "buttons", children: [_jsx("button", { type: "submit", disabled: save.isPending, children: t('save', { ns: 'common' }) }), _jsx("button", { type: "button", className: "secondary", onClick: () => setEditing(false), children: t('cancel', { ns: 'common' }) })] })] }))] }));
}
/** The customer's rating from the chat widget (1-5 and a comment), once they gave one. */
function RatingSection({ conversationId }) {
    const { t } = useTranslation('conversation');
    const rating = useRating(conversationId, true);
    return (_jsxs("section", { className: "panel-section", "aria-labelledby": `rating-${conversationId}`, children: [_jsx("h3", { id: `rating-${conversationId}`, children: t('rating.title') }), rating.isPending ? _jsx(Loading, {})
                : rating.isError ? _jsx(ErrorMessage, { error: rating.error, onRetry: () => void rating.refetch() })
                    : rating.data == null ? _jsx("p", { className: "muted", children: t('rating.none') })
                        : (_jsxs("div", { className: "rating", "data-testid": "conversation-rating", children: [_jsxs("span", { className: "stars", role: "img", "aria-label": t('rating.score', { score: rating.data.score }), children: ['★'.repeat(rating.data.score), '☆'.repeat(Math.max(0, 5 - rating.data.score))] }), _jsxs("span", { className: "muted", children: [" ", formatDateTime(rating.data.ratedAt)] }), rating.data.comment && _jsx("blockquote", { className: "rating-comment", children: rating.data.comment })] }))] }));
}
