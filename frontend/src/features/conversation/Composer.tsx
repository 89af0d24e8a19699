import * as Popover from '@radix-ui/react-popover';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Ref, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { errorMessage } from '../../ui/states';
import { useSession } from '../auth/session';
import { type Contact, contactLabel, identityOf } from '../customer/api';
import { type CannedResponse, type Conversation, conversationApi, type NewAttachment, type StaffMember } from './api';
import {
  findTrigger, formatBytes, isEmail, keyAction, type Mention, mentionedIds, parseAddresses, readAsBase64, replaceRange, type Trigger,
} from './composerText';
import { useUsers } from './hooks';
import { MessagingBar } from './MessagingBar';
import { renderTemplate, type TemplateChoice, templateComplete, templateMetadata, useMessagingState } from './messaging';
import { loadDraft, saveDraft } from './storage';
import { useAgentTyping } from './typing';
import { fillVariables } from './variables';

export interface ComposerHandle {
  focus: (mode?: 'reply' | 'note') => void;
  send: () => void;
  /** Puts text at the caret of the reply (e.g. a knowledge article's summary). */
  insert: (text: string) => void;
}

const EMOJI = ['😀', '😊', '🙂', '😉', '😍', '🤔', '😅', '😢', '😮', '🙏', '👍', '👎', '👏', '🙌', '👋', '💪',
  '✅', '❌', '⚠️', '❤️', '🎉', '🔥', '⭐', '💡', '📦', '🚚', '📞', '📧', '⏰', '🔒', '💳', '🛠️'];

type Suggestion = { key: string; label: string; detail: string; insert: () => string; mention?: Mention };

/** Reply or internal note, fitted to the channel, with canned responses ("/"), @mentions, emoji and files. */
export function Composer({ conversation, contact, ref }: {
  conversation: Conversation; contact: Contact | undefined; ref?: Ref<ComposerHandle>;
}) {
  const { t } = useTranslation('conversation');
  const { me } = useSession();
  const queryClient = useQueryClient();
  const id = conversation.id;
  const email = isEmail(conversation.channel);
  const initial = useMemo(() => loadDraft(me.userId, id), [me.userId, id]);
  const [mode, setMode] = useState<'reply' | 'note'>(initial?.mode ?? 'reply');
  const [text, setText] = useState(initial?.text ?? '');
  const [cc, setCc] = useState(initial?.cc ?? '');
  const [subject, setSubject] = useState(initial?.subject ?? (conversation.subject ? replySubject(conversation.subject) : ''));
  const [mentions, setMentions] = useState<Mention[]>(initial?.mentions ?? []);
  const [files, setFiles] = useState<NewAttachment[]>([]);
  const [trigger, setTrigger] = useState<Trigger | null>(null);
  const [active, setActive] = useState(0);
  const [fileError, setFileError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const listId = useId();
  const note = mode === 'note';
  const agentTyping = useAgentTyping(id, conversation.channel === 'CHAT' && !note);
  const messaging = useMessagingState(id, conversation.channel).data ?? null;
  const [template, setTemplate] = useState<TemplateChoice | null>(null);
  const templateReply = !note && template != null;
  const freeTextRefused = !note && !templateReply && messaging != null && !messaging.freeTextAllowed;

  useEffect(() => {
    saveDraft(me.userId, id, { mode, text, cc, subject, mentions });
  }, [me.userId, id, mode, text, cc, subject, mentions]);

  const users = useUsers();
  const canned = useQuery({
    queryKey: ['canned-responses', trigger?.char === '/' ? trigger.query : ''],
    queryFn: () => conversationApi.cannedResponses(trigger!.query),
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

  const suggestions: Suggestion[] = useMemo(() => {
    if (!trigger) return [];
    if (trigger.char === '/') {
      return (canned.data ?? []).slice(0, 8).map((c: CannedResponse) => ({
        key: c.id, label: `/${c.shortcut}`, detail: c.title || c.body.slice(0, 80),
        insert: () => fillVariables(c.body, variables),
      }));
    }
    const q = trigger.query.toLowerCase();
    return (users.data ?? [])
      .filter((u: StaffMember) => u.active !== false && u.id !== me.userId)
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
      if (note) return conversationApi.note(id, body, mentionedIds(body, mentions));
      if (template) {
        return conversationApi.reply(id, { text: renderTemplate(template.template.body, template.variables), metadata: templateMetadata(template) });
      }
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
      setTemplate(null);
      void queryClient.invalidateQueries({ queryKey: ['messaging', id] });
      void queryClient.invalidateQueries({ queryKey: ['messages', id] });
      void queryClient.invalidateQueries({ queryKey: ['timeline', id] });
      void queryClient.invalidateQueries({ queryKey: ['conversation', id] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
  const canSend = !send.isPending && (templateReply ? templateComplete(template)
    : !freeTextRefused && (text.trim().length > 0 || (!note && files.length > 0)));
  const submit = () => {
    if (canSend) send.mutate();
  };

  useImperativeHandle(ref, () => ({
    focus: (next) => {
      if (next) setMode(next);
      setTimeout(() => textarea.current?.focus(), 0);
    },
    send: submit,
    insert: (value) => insertAtCaret(value),
  }));

  // Closing the suggestions on blur waits a moment so a click on one still lands; typing again cancels it.
  const closeOnBlur = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const updateTrigger = (value: string, caret: number) => {
    clearTimeout(closeOnBlur.current);
    const found = findTrigger(value, caret, note ? ['/', '@'] : ['/']);
    setTrigger(found);
    setActive(0);
  };

  const choose = (suggestion: Suggestion) => {
    if (!trigger || !textarea.current) return;
    const caret = textarea.current.selectionStart;
    const next = replaceRange(text, trigger.start, caret, suggestion.insert());
    setText(next.text);
    if (suggestion.mention) setMentions((m) => [...m.filter((x) => x.id !== suggestion.mention!.id), suggestion.mention!]);
    setTrigger(null);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const insertAtCaret = (value: string) => {
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

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
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

  const addFiles = async (list: FileList | null) => {
    setFileError(null);
    if (!list) return;
    try {
      const read = await Promise.all([...list].map(async (file) => ({
        filename: file.name, contentType: file.type || 'application/octet-stream', size: file.size, data: await readAsBase64(file),
      })));
      setFiles((f) => [...f, ...read]);
    } catch {
      setFileError(t('composer.fileUnreadable'));
    }
  };

  const to = identityOf(contact, 'EMAIL');
  const placeholder = note ? t('composer.notePlaceholder') : email ? t('composer.emailPlaceholder') : t('composer.chatPlaceholder');
  const hint = note ? t('composer.noteHint') : email ? t('composer.emailHint') : t('composer.chatHint');

  return (
    <form className={`composer ${note ? 'note-mode' : ''}`} aria-label={t('composer.label')}
          onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <div className="composer-modes" role="radiogroup" aria-label={t('composer.mode')}>
        <button type="button" role="radio" aria-checked={!note} className={!note ? 'mode active' : 'mode'} onClick={() => setMode('reply')}>
          {t('composer.reply')}
        </button>
        <button type="button" role="radio" aria-checked={note} className={note ? 'mode active' : 'mode'} onClick={() => setMode('note')}>
          {t('composer.note')}
        </button>
        <span className="muted composer-hint">{hint}</span>
      </div>
      {email && !note && (
        <div className="email-fields">
          <label><span>{t('email.to')}</span><input value={to ?? ''} readOnly aria-readonly="true" placeholder={t('composer.noEmail')} /></label>
          <label><span>{t('email.cc')}</span><input value={cc} onChange={(e) => setCc(e.target.value)} placeholder={t('composer.ccPlaceholder')} /></label>
          <label className="wide"><span>{t('email.subject')}</span><input value={subject} maxLength={500} onChange={(e) => setSubject(e.target.value)} /></label>
        </div>
      )}
      {!note && messaging && <MessagingBar state={messaging} choice={template} onChoice={setTemplate} />}
      {!templateReply && <div className="composer-input">
        {open && (
          <ul className="suggestions" role="listbox" id={listId} aria-label={trigger?.char === '/' ? t('composer.canned') : t('composer.mentions')}>
            {suggestions.map((s, index) => (
              <li key={s.key} id={`${listId}-${index}`} role="option" aria-selected={index === active}
                  className={index === active ? 'active' : ''}
                  onMouseDown={(e) => { e.preventDefault(); choose(s); }}>
                <strong>{s.label}</strong> <span className="muted">{s.detail}</span>
              </li>
            ))}
          </ul>
        )}
        {trigger?.char === '/' && !open && canned.isFetched && (
          <div className="suggestions empty" role="status">{t('composer.noCanned')}</div>
        )}
        <textarea ref={textarea} value={text} rows={email && !note ? 4 : 3} placeholder={placeholder}
                  aria-label={note ? t('composer.noteLabel') : t('composer.replyLabel')}
                  aria-controls={open ? listId : undefined} aria-autocomplete="list"
                  aria-activedescendant={open ? `${listId}-${active}` : undefined}
                  onChange={(e) => { setText(e.target.value); agentTyping.input(); updateTrigger(e.target.value, e.target.selectionStart); }}
                  onClick={(e) => updateTrigger(text, e.currentTarget.selectionStart)}
                  onBlur={() => { agentTyping.stop(); closeOnBlur.current = setTimeout(() => setTrigger(null), 150); }}
                  onKeyDown={onKeyDown} />
      </div>}
      {files.length > 0 && (
        <ul className="file-chips" aria-label={t('composer.attachments')}>
          {files.map((f, index) => (
            <li key={`${f.filename}-${index}`}>
              <span>📎 {f.filename}</span> <span className="muted">{formatBytes(f.size, currentLocale())}</span>
              <button type="button" className="icon-button" aria-label={t('composer.removeFile', { name: f.filename })}
                      onClick={() => setFiles(files.filter((_, i) => i !== index))}>×</button>
            </li>
          ))}
        </ul>
      )}
      {(send.isError || fileError) && (
        <div className="error" role="alert">{fileError ?? sendError(send.error, t)}</div>
      )}
      <div className="composer-actions">
        {!note && (
          <>
            <input ref={fileInput} type="file" multiple hidden onChange={(e) => { void addFiles(e.target.files); e.target.value = ''; }}
                   aria-label={t('composer.attach')} />
            <button type="button" className="icon-button" aria-label={t('composer.attach')} title={t('composer.attach')}
                    onClick={() => fileInput.current?.click()}>📎</button>
          </>
        )}
        <Popover.Root>
          <Popover.Trigger className="icon-button" aria-label={t('composer.emoji')} title={t('composer.emoji')}>😊</Popover.Trigger>
          <Popover.Portal>
            <Popover.Content className="popover emoji-grid" side="top" align="start" aria-label={t('composer.emoji')}>
              {EMOJI.map((emoji) => (
                <Popover.Close key={emoji} className="icon-button" aria-label={emoji} onClick={() => insertAtCaret(emoji)}>{emoji}</Popover.Close>
              ))}
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
        <button type="button" className="icon-button" aria-label={t('composer.cannedButton')} title={t('composer.cannedButton')}
                onClick={() => {
                  const el = textarea.current;
                  const start = el?.selectionStart ?? text.length;
                  const prefix = start > 0 && !/\s/.test(text[start - 1]) ? ' /' : '/';
                  const next = replaceRange(text, start, el?.selectionEnd ?? start, prefix);
                  setText(next.text);
                  setTrigger({ char: '/', query: '', start: next.caret - 1 });
                  requestAnimationFrame(() => { el?.focus(); el?.setSelectionRange(next.caret, next.caret); });
                }}>⚡</button>
        <span className="spacer" />
        <button type="submit" disabled={!canSend}>
          {send.isPending ? t('composer.sending') : note ? t('composer.addNote') : t('composer.send')}
        </button>
      </div>
    </form>
  );
}

function replySubject(subject: string) {
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}

function sendError(error: unknown, t: (key: string, options?: Record<string, unknown>) => string) {
  const status = (error as { status?: number })?.status;
  if (status === 413) {
    const detail = (error as { detail?: string }).detail;
    return detail ? `${t('composer.tooLarge')} (${detail})` : t('composer.tooLarge');
  }
  return errorMessage(error, (k) => t(k, { ns: 'common' }));
}
