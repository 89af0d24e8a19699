import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import * as Popover from '@radix-ui/react-popover';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { errorMessage } from '../../ui/states';
import { useSession } from '../auth/session';
import { contactLabel, identityOf } from '../customer/api';
import { conversationApi } from './api';
import { findTrigger, formatBytes, isEmail, keyAction, mentionedIds, parseAddresses, readAsBase64, replaceRange, } from './composerText';
import { useUsers } from './hooks';
import { loadDraft, saveDraft } from './storage';
import { useAgentTyping } from './typing';
import { fillVariables } from './variables';
const EMOJI = ['😀', '😊', '🙂', '😉', '😍', '🤔', '😅', '😢', '😮', '🙏', '👍', '👎', '👏', '🙌', '👋', '💪',
    '✅', '❌', '⚠️', '❤️', '🎉', '🔥', '⭐', '💡', '📦', '🚚', '📞', '📧', '⏰', '🔒', '💳', '🛠️'];
/** Reply or internal note, fitted to the channel, with canned responses ("/"), @mentions, emoji and files. */
export function Composer({ conversation, contact, ref }) {
    const { t } = useTranslation('conversation');
    const { me } = useSession();
    const queryClient = useQueryClient();
    const id = conversation.id;
    const email = isEmail(conversation.channel);
    const initial = useMemo(() => loadDraft(me.userId, id), [me.userId, id]);
    const [mode, setMode] = useState(initial?.mode ?? 'reply');
    const [text, setText] = useState(initial?.text ?? '');
    const [cc, setCc] = useState(initial?.cc ?? '');
    const [subject, setSubject] = useState(initial?.subject ?? (conversation.subject ? replySubject(conversation.subject) : ''));
    const [mentions, setMentions] = useState(initial?.mentions ?? []);
    const [files, setFiles] = useState([]);
    const [trigger, setTrigger] = useState(null);
    const [active, setActive] = useState(0);
    const [fileError, setFileError] = useState(null);
    const textarea = useRef(null);
    const fileInput = useRef(null);
    const listId = useId();
    const note = mode === 'note';
    const agentTyping = useAgentTyping(id, conversation.channel === 'CHAT' && !note);
    useEffect(() => {
        saveDraft(me.userId, id, { mode, text, cc, subject, mentions });
    }, [me.userId, id, mode, text, cc, subject, mentions]);
    const users = useUsers();
    const canned = useQuery({
        queryKey: ['canned-responses', trigger?.char === '/' ? trigger.query : ''],
        queryFn: () => conversationApi.cannedResponses(trigger.query),
        enabled: trigger?.char === '/',
        placeholderData: keepPreviousData,
        staleTime: 30_000,
    });
    const variables = {
        contact: { name: contact?.name ?? contactLabel(contact, ''), email: identityOf(contact, 'EMAIL') },
        agent: { name: me.displayName },
        conversation: { id },
        workspace: { name: me.workspaceName },
    };
    const suggestions = useMemo(() => {
        if (!trigger)
            return [];
        if (trigger.char === '/') {
            return (canned.data ?? []).slice(0, 8).map((c) => ({
                key: c.id, label: `/${c.shortcut}`, detail: c.title || c.body.slice(0, 80),
                insert: () => fillVariables(c.body, variables),
            }));
        }
        const q = trigger.query.toLowerCase();
        return (users.data ?? [])
            .filter((u) => u.active !== false && u.id !== me.userId)
            .filter((u) => !q || u.displayName.toLowerCase().includes(q) || u.email.toLowerCase().startsWith(q))
            .slice(0, 8)
            .map((u) => ({ key: u.id, label: u.displayName, detail: u.email, insert: () => `@${u.displayName} `,
            mention: { id: u.id, name: u.displayName } }));
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [trigger, canned.data, users.data, contact, me]);
    const open = !!trigger && suggestions.length > 0;
    const send = useMutation({
        mutationFn: async () => {
            agentTyping.stop();
            const body = text.trim();
            if (note)
                return conversationApi.note(id, body, mentionedIds(body, mentions));
            return conversationApi.reply(id, {
                text: body,
                attachments: files.length ? files.map(({ filename, contentType, data }) => ({ filename, contentType, data })) : undefined,
                metadata: email ? { email: { cc: parseAddresses(cc), subject: subject.trim() || undefined } } : undefined,
            });
        },
        onSuccess: () => {
            setText('');
            setFiles([]);
            setMentions([]);
            setCc('');
            setTrigger(null);
            void queryClient.invalidateQueries({ queryKey: ['messages', id] });
            void queryClient.invalidateQueries({ queryKey: ['timeline', id] });
            void queryClient.invalidateQueries({ queryKey: ['conversation', id] });
            void queryClient.invalidateQueries({ queryKey: ['inbox'] });
        },
    });
    const canSend = !send.isPending && (text.trim().length > 0 || (!note && files.length > 0));
    const submit = () => {
        if (canSend)
            send.mutate();
    };
    useImperativeHandle(ref, () => ({
        focus: (next) => {
            if (next)
                setMode(next);
            setTimeout(() => textarea.current?.focus(), 0);
        },
        send: submit,
    }));
    // Closing the suggestions on blur waits a moment so a click on one still lands; typing again cancels it.
    const closeOnBlur = useRef(undefined);
    const updateTrigger = (value, caret) => {
        clearTimeout(closeOnBlur.current);
        const found = findTrigger(value, caret, note ? ['/', '@'] : ['/']);
        setTrigger(found);
        setActive(0);
    };
    const choose = (suggestion) => {
        if (!trigger || !textarea.current)
            return;
        const caret = textarea.current.selectionStart;
        const next = replaceRange(text, trigger.start, caret, suggestion.insert());
        setText(next.text);
        if (suggestion.mention)
            setMentions((m) => [...m.filter((x) => x.id !== suggestion.mention.id), suggestion.mention]);
        setTrigger(null);
        requestAnimationFrame(() => {
            textarea.current?.focus();
            textarea.current?.setSelectionRange(next.caret, next.caret);
        });
    };
    const insertAtCaret = (value) => {
        const element = textarea.current;
        const start = element?.selectionStart ?? text.length;
        const end = element?.selectionEnd ?? text.length;
        const next = replaceRange(text, start, end, value);
        setText(next.text);
        requestAnimationFrame(() => {
            element?.focus();
            element?.setSelectionRange(next.caret, next.caret);
        });
    };
    const onKeyDown = (event) => {
        if (open) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const step = event.key === 'ArrowDown' ? 1 : -1;
                setActive((a) => (a + step + suggestions.length) % suggestions.length);
                return;
            }
            if ((event.key === 'Enter' || event.key === 'Tab') && !event.nativeEvent.isComposing) {
                event.preventDefault();
                choose(suggestions[Math.min(active, suggestions.length - 1)]);
                return;
            }
            if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setTrigger(null);
                return;
            }
        }
        const action = keyAction({ ...event, isComposing: event.nativeEvent.isComposing }, note ? 'CHAT' : conversation.channel);
        if (action === 'send' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
            event.preventDefault();
            event.stopPropagation(); // the mod+Enter shortcut on the window would send a second time
            submit();
        }
    };
    const addFiles = async (list) => {
        setFileError(null);
        if (!list)
            return;
        try {
            const read = await Promise.all([...list].map(async (file) => ({
                filename: file.name, contentType: file.type || 'application/octet-stream', size: file.size, data: await readAsBase64(file),
            })));
            setFiles((f) => [...f, ...read]);
        }
        catch {
            setFileError(t('composer.fileUnreadable'));
        }
    };
    const to = identityOf(contact, 'EMAIL');
    const placeholder = note ? t('composer.notePlaceholder') : email ? t('composer.emailPlaceholder') : t('composer.chatPlaceholder');
    const hint = note ? t('composer.noteHint') : email ? t('composer.emailHint') : t('composer.chatHint');
    return (_jsxs("form", { className: `composer ${note ? 'note-mode' : ''}`, "aria-label": t('composer.label'), onSubmit: (e) => { e.preventDefault(); submit(); }, children: [_jsxs("div", { className: "composer-modes", role: "radiogroup", "aria-label": t('composer.mode'), children: [_jsx("button", { type: "button", role: "radio", "aria-checked": !note, className: !note ? 'mode active' : 'mode', onClick: () => setMode('reply'), children: t('composer.reply') }), _jsx("button", { type: "button", role: "radio", "aria-checked": note, className: note ? 'mode active' : 'mode', onClick: () => setMode('note'), children: t('composer.note') }), _jsx("span", { className: "muted composer-hint", children: hint })] }), email && !note && (_jsxs("div", { className: "email-fields", children: [_jsxs("label", { children: [_jsx("span", { children: t('email.to') }), _jsx("input", { value: to ?? '', readOnly: true, "aria-readonly": "true", placeholder: t('composer.noEmail') })] }), _jsxs("label", { children: [_jsx("span", { children: t('email.cc') }), _jsx("input", { value: cc, onChange: (e) => setCc(e.target.value), placeholder: t('composer.ccPlaceholder') })] }), _jsxs("label", { className: "wide", children: [_jsx("span", { children: t('email.subject') }), _jsx("input", { value: subject, maxLength: 500, onChange: (e) => setSubject(e.target.value) })] })] })), _jsxs("div", { className: "composer-input", children: [open && (_jsx("ul", { className: "suggestions", role: "listbox", id: listId, "aria-label": trigger?.char === '/' ? t('composer.canned') : t('composer.mentions'), children: suggestions.map((s, index) => (_jsxs("li", { id: `${listId}-${index}`, role: "option", "aria-selected": index === active, className: index === active ? 'active' : '', onMouseDown: (e) => { e.preventDefault(); choose(s); }, children: [_jsx("strong", { children: s.label }), " ", _jsx("span", { className: "muted", children: s.detail })] }, s.key))) })), trigger?.char === '/' && !open && canned.isFetched && (_jsx("div", { className: "suggestions empty", role: "status", children: t('composer.noCanned') })), _jsx("textarea", { ref: textarea, value: text, rows: email && !note ? 4 : 3, placeholder: placeholder, "aria-label": note ? t('composer.noteLabel') : t('composer.replyLabel'), "aria-controls": open ? listId : undefined, "aria-autocomplete": "list", "aria-activedescendant": open ? `${listId}-${active}` : undefined, onChange: (e) => { setText(e.target.value); agentTyping.input(); updateTrigger(e.target.value, e.target.selectionStart); }, onClick: (e) => updateTrigger(text, e.currentTarget.selectionStart), onBlur: () => { agentTyping.stop(); closeOnBlur.current = setTimeout(() => setTrigger(null), 150); }, onKeyDown: onKeyDown })] }), files.length > 0 && (_jsx("ul", { className: "file-chips", "aria-label": t('composer.attachments'), children: files.map((f, index) => (_jsxs("li", { children: [_jsxs("span", { children: ["\uD83D\uDCCE ", f.filename] }), " ", _jsx("span", { className: "muted", children: formatBytes(f.size, currentLocale()) }), _jsx("button", { type: "button", className: "icon-button", "aria-label": t('composer.removeFile', { name: f.filename }), onClick: () => setFiles(files.filter((_, i) => i !== index)), children: "\u00D7" })] }, `${f.filename}-${index}`))) })), (send.isError || fileError) && (_jsx("div", { className: "error", role: "alert", children: fileError ?? sendError(send.error, t) })), _jsxs("div", { className: "composer-actions", children: [!note && (_jsxs(_Fragment, { children: [_jsx("input", { ref: fileInput, type: "file", multiple: true, hidden: true, onChange: (e) => { void addFiles(e.target.files); e.target.value = ''; }, "aria-label": t('composer.attach') }), _jsx("button", { type: "button", className: "icon-button", "aria-label": t('composer.attach'), title: t('composer.attach'), onClick: () => fileInput.current?.click(), children: "\uD83D\uDCCE" })] })), _jsxs(Popover.Root, { children: [_jsx(Popover.Trigger, { className: "icon-button", "aria-label": t('composer.emoji'), title: t('composer.emoji'), children: "\uD83D\uDE0A" }), _jsx(Popover.Portal, { children: _jsx(Popover.Content, { className: "popover emoji-grid", side: "top", align: "start", "aria-label": t('composer.emoji'), children: EMOJI.map((emoji) => (_jsx(Popover.Close, { className: "icon-button", "aria-label": emoji, onClick: () => insertAtCaret(emoji), children: emoji }, emoji))) }) })] }), _jsx("button", { type: "button", className: "icon-button", "aria-label": t('composer.cannedButton'), title: t('composer.cannedButton'), onClick: () => {
                            const el = textarea.current;
                            const start = el?.selectionStart ?? text.length;
                            const prefix = start > 0 && !/\s/.test(text[start - 1]) ? ' /' : '/';
                            const next = replaceRange(text, start, el?.selectionEnd ?? start, prefix);
                            setText(next.text);
                            setTrigger({ char: '/', query: '', start: next.caret - 1 });
                            requestAnimationFrame(() => { el?.focus(); el?.setSelectionRange(next.caret, next.caret); });
                        }, children: "\u26A1" }), _jsx("span", { className: "spacer" }), _jsx("button", { type: "submit", disabled: !canSend, children: send.isPending ? t('composer.sending') : note ? t('composer.addNote') : t('composer.send') })] })] }));
}
function replySubject(subject) {
    return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}
function sendError(error, t) {
    const status = error?.status;
    if (status === 413) {
        const detail = error.detail;
        return detail ? `${t('composer.tooLarge')} (${detail})` : t('composer.tooLarge');
    }
    return errorMessage(error, (k) => t(k, { ns: 'common' }));
}
