import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { formatDateTime, formatTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { errorMessage } from '../../ui/states';
import { conversationApi } from './api';
import { formatBytes, isEmail } from './composerText';
import { splitQuotedHtml, splitQuotedText } from './quoted';
import { sanitizeHtml, sanitizeKeepingMarkers, sanitizeWithImages } from './sanitize';
/** Every message, note, call and change of a conversation in time order, the same way for every channel. */
export function Thread({ conversation, contactName, contactEmail, messages, timeline, users }) {
    const { t } = useTranslation('conversation');
    const items = useMemo(() => {
        const all = [
            ...messages.map((message) => ({ kind: 'message', at: message.createdAt, message })),
            ...timeline.filter((e) => e.kind !== 'created').map((entry) => ({ kind: 'event', at: entry.at, entry })),
        ];
        return all.sort((a, b) => a.at.localeCompare(b.at));
    }, [messages, timeline]);
    // Stay at the newest message as messages arrive, unless the agent scrolled up to read.
    const scroller = useRef(null);
    const stick = useRef(true);
    useLayoutEffect(() => {
        const element = scroller.current;
        if (element && stick.current)
            element.scrollTop = element.scrollHeight;
    }, [items.length, conversation.id]);
    const authorName = (m) => {
        if (m.authorType === 'CONTACT')
            return contactName;
        if (m.authorType === 'BOT')
            return t('author.bot');
        if (m.authorType === 'SYSTEM')
            return t('author.system');
        return (m.authorId && users.get(m.authorId)?.displayName) || t('author.agent');
    };
    return (_jsxs("div", { className: "thread", ref: scroller, role: "log", "aria-label": t('thread.label'), tabIndex: 0, "data-testid": "thread", "data-conversation-id": conversation.id, onScroll: (e) => {
            const el = e.currentTarget;
            stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
        }, children: [items.length === 0 && _jsx("div", { className: "state empty", children: t('thread.empty') }), items.map((item) => item.kind === 'event'
                ? _jsx(TimelineLine, { entry: item.entry, users: users, contactName: contactName }, `e${item.entry.id}`)
                : _jsx(MessageView, { message: item.message, conversation: conversation, author: authorName(item.message), contactEmail: contactEmail }, `m${item.message.id}`))] }));
}
function MessageView({ message, conversation, author, contactEmail }) {
    const { t } = useTranslation('conversation');
    if (message.internal) {
        return (_jsxs("article", { className: "note", "aria-label": t('note.label'), children: [_jsxs("header", { children: [_jsx("span", { className: "note-label", children: t('note.label') }), " ", _jsx("strong", { children: author }), _jsx("time", { dateTime: message.createdAt, children: formatDateTime(message.createdAt) })] }), _jsx("div", { className: "text", children: message.text })] }));
    }
    if (message.authorType === 'SYSTEM') {
        return _jsxs("div", { className: "system-line", children: [_jsx("span", { children: message.text }), " ", _jsx("time", { dateTime: message.createdAt, children: formatTime(message.createdAt) })] });
    }
    if (message.metadata?.call)
        return _jsx(CallCard, { message: message, author: author });
    if (isEmail(conversation.channel) || message.metadata?.email) {
        return _jsx(EmailCard, { message: message, conversation: conversation, author: author, contactEmail: contactEmail });
    }
    const inbound = message.direction === 'INBOUND';
    return (_jsx("div", { className: `bubble-row ${inbound ? 'in' : 'out'}`, children: _jsxs("article", { className: `bubble ${inbound ? 'in' : 'out'} ${message.authorType === 'BOT' ? 'bot' : ''}`, children: [_jsxs("header", { children: [_jsx("strong", { children: author }), message.authorType === 'BOT' && _jsx("span", { className: "badge", children: t('author.botBadge') }), _jsx("time", { dateTime: message.createdAt, children: formatTime(message.createdAt) })] }), message.text && _jsx("div", { className: "text", children: message.text }), !message.text && message.html && _jsx("div", { className: "html", dangerouslySetInnerHTML: { __html: sanitizeHtml(message.html) } }), _jsx(Attachments, { message: message }), !inbound && _jsx(Receipt, { message: message })] }) }));
}
function EmailCard({ message, conversation, author, contactEmail }) {
    const { t } = useTranslation('conversation');
    const [showQuoted, setShowQuoted] = useState(false);
    const [showImages, setShowImages] = useState(false);
    const email = message.metadata?.email ?? {};
    const inbound = message.direction === 'INBOUND';
    const split = useMemo(() => {
        if (message.html) {
            // Remote image URLs survive the first pass only when shown; the final pass counts them either way.
            const parts = splitQuotedHtml(sanitizeKeepingMarkers(message.html, true));
            const body = sanitizeWithImages(parts.body, showImages);
            const quoted = parts.quoted === null ? null : sanitizeWithImages(parts.quoted, showImages);
            return { html: true, body: body.html, quoted: quoted?.html ?? null, remoteImages: body.remoteImages + (quoted?.remoteImages ?? 0) };
        }
        const parts = splitQuotedText(message.text ?? '');
        return { html: false, body: parts.body, quoted: parts.quoted, remoteImages: 0 };
    }, [message.html, message.text, showImages]);
    const from = email.from ?? (inbound ? `${author}${contactEmail ? ` <${contactEmail}>` : ''}` : author);
    const to = email.to?.length ? email.to.join(', ') : inbound ? null : contactEmail;
    return (_jsxs("article", { className: `email-card ${inbound ? 'in' : 'out'}`, children: [_jsxs("header", { children: [_jsx("div", { className: "email-subject", children: email.subject ?? conversation.subject ?? t('email.noSubject') }), _jsxs("dl", { className: "email-meta", children: [_jsx("dt", { children: t('email.from') }), _jsx("dd", { children: from }), to && _jsxs(_Fragment, { children: [_jsx("dt", { children: t('email.to') }), _jsx("dd", { children: to })] }), !!email.cc?.length && _jsxs(_Fragment, { children: [_jsx("dt", { children: t('email.cc') }), _jsx("dd", { children: email.cc.join(', ') })] })] }), _jsx("time", { dateTime: message.createdAt, children: formatDateTime(message.createdAt) })] }), split.remoteImages > 0 && !showImages && (_jsxs("div", { className: "remote-images", children: [_jsx("span", { className: "muted", children: t('email.imagesBlocked', { count: split.remoteImages }) }), ' ', _jsx("button", { type: "button", className: "link", onClick: () => setShowImages(true), children: t('email.showImages') })] })), split.html
                ? _jsx("div", { className: "email-body html", dangerouslySetInnerHTML: { __html: split.body } })
                : _jsx("div", { className: "email-body text", children: split.body }), split.quoted && (_jsxs(_Fragment, { children: [_jsx("button", { type: "button", className: "link quoted-toggle", "aria-expanded": showQuoted, onClick: () => setShowQuoted(!showQuoted), children: showQuoted ? t('email.hideQuoted') : t('email.showQuoted') }), showQuoted && (split.html
                        ? _jsx("div", { className: "email-quoted html", dangerouslySetInnerHTML: { __html: split.quoted } })
                        : _jsx("div", { className: "email-quoted text", children: split.quoted }))] })), _jsx(Attachments, { message: message }), !inbound && _jsx(Receipt, { message: message })] }));
}
const safeUrl = (url) => (url && /^https?:\/\//i.test(url) ? url : null);
function duration(seconds) {
    if (seconds === undefined || seconds === null || Number.isNaN(seconds))
        return '–';
    const s = Math.max(0, Math.round(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = String(s % 60).padStart(2, '0');
    return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
function CallCard({ message, author }) {
    const { t } = useTranslation('conversation');
    const call = message.metadata.call;
    const recording = safeUrl(call.recordingUrl);
    const inbound = (call.direction ?? message.direction) === 'INBOUND';
    return (_jsxs("article", { className: "call-card", children: [_jsx("span", { className: "call-icon", "aria-hidden": "true", children: inbound ? '📞↙' : '📞↗' }), _jsxs("div", { children: [_jsxs("div", { children: [_jsx("strong", { children: inbound ? t('call.inbound') : t('call.outbound') }), " \u00B7 ", author, _jsx("time", { dateTime: message.createdAt, children: formatDateTime(message.createdAt) })] }), _jsxs("div", { className: "muted", children: [t('call.duration', { value: duration(call.durationSeconds) }), " \u00B7 ", t('call.wait', { value: duration(call.waitSeconds) }), recording && _jsxs(_Fragment, { children: [" \u00B7 ", _jsx("a", { href: recording, target: "_blank", rel: "noopener noreferrer", children: t('call.recording') })] })] }), message.text && _jsx("div", { className: "text", children: message.text })] })] }));
}
function Attachments({ message }) {
    const { t } = useTranslation('conversation');
    if (!message.attachments?.length)
        return null;
    const images = message.attachments.filter((a) => /^image\/(png|jpe?g|gif|webp)$/i.test(a.contentType));
    return (_jsxs("div", { className: "attachments", children: [images.length > 0 && (_jsx("div", { className: "thumbs", children: images.map((a) => (_jsx("a", { href: `/api/v1/attachments/${a.id}`, download: a.filename, "aria-label": t('attachment.download', { name: a.filename }), children: _jsx("img", { src: `/api/v1/attachments/${a.id}`, alt: a.filename, loading: "lazy" }) }, a.id))) })), _jsx("ul", { "aria-label": t('attachment.list'), children: message.attachments.map((a) => (_jsxs("li", { children: [_jsx("span", { "aria-hidden": "true", children: "\uD83D\uDCCE" }), _jsx("a", { href: `/api/v1/attachments/${a.id}`, download: a.filename, children: a.filename }), _jsx("span", { className: "muted", children: formatBytes(a.size, currentLocale()) })] }, a.id))) })] }));
}
function Receipt({ message }) {
    const { t } = useTranslation('conversation');
    const queryClient = useQueryClient();
    const retry = useMutation({
        // Channels with an outbox (email) send the same message again, so the customer's thread stays whole;
        // elsewhere the API answers 422 and a new copy of the text goes out.
        mutationFn: () => conversationApi.retry(message.conversationId, message.id).catch((error) => {
            if (error instanceof ProblemError && error.status === 422) {
                return conversationApi.reply(message.conversationId, { text: message.text ?? '' });
            }
            throw error;
        }),
        onSuccess: () => queryClient.invalidateQueries({ queryKey: ['messages', message.conversationId] }),
    });
    const status = message.deliveryStatus;
    const glyph = { queued: '…', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '!' };
    return (_jsxs("div", { className: `receipt ${status}`, children: [_jsx("span", { "aria-hidden": "true", children: glyph[status] ?? '' }), " ", t(`receipt.${status}`, { defaultValue: status }), status === 'failed' && message.text && (_jsx("button", { type: "button", className: "link", disabled: retry.isPending, onClick: () => retry.mutate(), children: t('receipt.retry') })), retry.isError && _jsxs("span", { className: "error", role: "alert", children: [" ", errorMessage(retry.error, (k) => t(k, { ns: 'common' }))] })] }));
}
function TimelineLine({ entry, users, contactName }) {
    const { t } = useTranslation('conversation');
    const name = (id) => (typeof id === 'string' && users.get(id)?.displayName) || t('author.someone');
    const actor = entry.actor.type === 'AGENT' ? name(entry.actor.id)
        : entry.actor.type === 'CONTACT' ? contactName
            : entry.actor.type === 'BOT' ? t('author.bot') : t('author.system');
    const d = entry.detail;
    const list = (value) => (Array.isArray(value) ? value.map(String).join(', ') : '');
    let text;
    switch (entry.kind) {
        case 'assigned':
            text = d.assigneeId ? t('timeline.assigned', { actor, assignee: name(d.assigneeId) })
                : d.teamId ? t('timeline.assignedTeam', { actor }) : t('timeline.unassigned', { actor });
            break;
        case 'status_changed':
            text = t('timeline.status', { actor, status: t(`status.${String(d.to)}`, { defaultValue: String(d.to) }) });
            break;
        case 'priority_changed':
            text = t('timeline.priority', { actor, priority: t(`priority.${String(d.to)}`, { defaultValue: String(d.to) }) });
            break;
        case 'tags_changed': {
            const added = list(d.added);
            const removed = list(d.removed);
            text = [added && t('timeline.tagged', { actor, tags: added }), removed && t('timeline.untagged', { actor, tags: removed })]
                .filter(Boolean).join(' · ');
            break;
        }
        default:
            text = t('timeline.other', { actor, kind: entry.kind });
    }
    return (_jsxs("div", { className: "system-line", children: [_jsx("span", { children: text }), " ", _jsx("time", { dateTime: entry.at, children: formatTime(entry.at) })] }));
}
