import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { formatDateTime, formatTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { errorMessage } from '../../ui/states';
import type { BotMetadata, Conversation, Message, StaffMember, TimelineEntry } from './api';
import { conversationApi } from './api';
import { formatBytes, isEmail } from './composerText';
import { bodyLanguage } from './bodyLanguage';
import { splitQuotedHtml, splitQuotedText } from './quoted';
import { sanitizeHtml, sanitizeKeepingMarkers, sanitizeWithImages } from './sanitize';

type Item = { kind: 'message'; at: string; message: Message } | { kind: 'event'; at: string; entry: TimelineEntry };

interface ThreadProps {
  conversation: Conversation;
  contactName: string;
  contactEmail: string | null;
  messages: Message[];
  timeline: TimelineEntry[];
  users: Map<string, StaffMember>;
}

/** Every message, note, call and change of a conversation in time order, the same way for every channel. */
export function Thread({ conversation, contactName, contactEmail, messages, timeline, users }: ThreadProps) {
  const { t } = useTranslation('conversation');
  const items = useMemo<Item[]>(() => {
    const all: Item[] = [
      ...messages.map((message) => ({ kind: 'message' as const, at: message.createdAt, message })),
      ...timeline.filter((e) => e.kind !== 'created').map((entry) => ({ kind: 'event' as const, at: entry.at, entry })),
    ];
    return all.sort((a, b) => a.at.localeCompare(b.at));
  }, [messages, timeline]);

  // Stay at the newest message as messages arrive, unless the agent scrolled up to read.
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && stick.current) element.scrollTop = element.scrollHeight;
  }, [items.length, conversation.id]);

  const authorName = (m: Message) => {
    if (m.authorType === 'CONTACT') return contactName;
    if (m.authorType === 'BOT') return t('author.bot');
    if (m.authorType === 'SYSTEM') return t('author.system');
    return (m.authorId && users.get(m.authorId)?.displayName) || t('author.agent');
  };

  return (
    <div className="thread" ref={scroller} role="log" aria-label={t('thread.label')} tabIndex={0}
         data-testid="thread" data-conversation-id={conversation.id}
         onScroll={(e) => {
           const el = e.currentTarget;
           stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
         }}>
      {items.length === 0 && <div className="state empty">{t('thread.empty')}</div>}
      {items.map((item) => item.kind === 'event'
        ? <TimelineLine key={`e${item.entry.id}`} entry={item.entry} users={users} contactName={contactName} />
        : <MessageView key={`m${item.message.id}`} message={item.message} conversation={conversation}
                       author={authorName(item.message)} contactEmail={contactEmail} />)}
    </div>
  );
}

function MessageView({ message, conversation, author, contactEmail }: {
  message: Message; conversation: Conversation; author: string; contactEmail: string | null;
}) {
  const { t } = useTranslation('conversation');
  if (message.internal) {
    return (
      <article className="note" aria-label={t('note.label')}>
        <header><span className="note-label">{t('note.label')}</span> <strong>{author}</strong>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time></header>
        <div className="text" lang={bodyLanguage(message)}>{message.text}</div>
      </article>
    );
  }
  if (message.authorType === 'SYSTEM') {
    return <div className="system-line"><span>{message.text}</span> <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time></div>;
  }
  if (message.metadata?.call) return <CallCard message={message} author={author} />;
  if (isEmail(conversation.channel) || message.metadata?.email) {
    return <EmailCard message={message} conversation={conversation} author={author} contactEmail={contactEmail} />;
  }
  const inbound = message.direction === 'INBOUND';
  return (
    <div className={`bubble-row ${inbound ? 'in' : 'out'}`}>
      <article className={`bubble ${inbound ? 'in' : 'out'} ${message.authorType === 'BOT' ? 'bot' : ''}`}>
        <header>
          <strong>{author}</strong>
          {message.authorType === 'BOT' && <span className="badge">{t('author.botBadge')}</span>}
          <time dateTime={message.createdAt}>{formatTime(message.createdAt)}</time>
        </header>
        {message.metadata?.bot?.articles?.length
          ? <BotAnswer text={message.text} articles={message.metadata.bot.articles} lang={bodyLanguage(message)} />
          : message.text && <div className="text" lang={bodyLanguage(message)}>{message.text}</div>}
        {!message.text && message.html && <div className="html" lang={bodyLanguage(message)} dangerouslySetInnerHTML={{ __html: sanitizeHtml(message.html) }} />}
        <Attachments message={message} />
        {!inbound && message.authorType !== 'BOT' && <Receipt message={message} />}
      </article>
    </div>
  );
}

/** The bot's answer: its opening line, then the articles it offered as links to the help center (ours, so same-origin paths only). */
function BotAnswer({ text, articles, lang }: { text: string | null; articles: NonNullable<BotMetadata['articles']>; lang?: string }) {
  return (
    <div className="text" lang={lang}>
      {text?.split('\n\n')[0]}
      <ul className="bot-articles">
        {articles.map((article) => (
          <li key={article.id}>
            {article.url?.startsWith('/help/')
              ? <a href={article.url} target="_blank" rel="noopener noreferrer">{article.title}</a>
              : article.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

function EmailCard({ message, conversation, author, contactEmail }: {
  message: Message; conversation: Conversation; author: string; contactEmail: string | null;
}) {
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
  return (
    <article className={`email-card ${inbound ? 'in' : 'out'}`}>
      <header>
        <div className="email-subject">{email.subject ?? conversation.subject ?? t('email.noSubject')}</div>
        <dl className="email-meta">
          <dt>{t('email.from')}</dt><dd>{from}</dd>
          {to && <><dt>{t('email.to')}</dt><dd>{to}</dd></>}
          {!!email.cc?.length && <><dt>{t('email.cc')}</dt><dd>{email.cc.join(', ')}</dd></>}
        </dl>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
      </header>
      {split.remoteImages > 0 && !showImages && (
        <div className="remote-images">
          <span className="muted">{t('email.imagesBlocked', { count: split.remoteImages })}</span>{' '}
          <button type="button" className="link" onClick={() => setShowImages(true)}>{t('email.showImages')}</button>
        </div>
      )}
      {split.html
        ? <div className="email-body html" lang={bodyLanguage(message)} dangerouslySetInnerHTML={{ __html: split.body }} />
        : <div className="email-body text" lang={bodyLanguage(message)}>{split.body}</div>}
      {split.quoted && (
        <>
          <button type="button" className="link quoted-toggle" aria-expanded={showQuoted} onClick={() => setShowQuoted(!showQuoted)}>
            {showQuoted ? t('email.hideQuoted') : t('email.showQuoted')}
          </button>
          {showQuoted && (split.html
            ? <div className="email-quoted html" lang={bodyLanguage(message)} dangerouslySetInnerHTML={{ __html: split.quoted }} />
            : <div className="email-quoted text" lang={bodyLanguage(message)}>{split.quoted}</div>)}
        </>
      )}
      <Attachments message={message} />
      {!inbound && <Receipt message={message} />}
    </article>
  );
}

const safeUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);

function duration(seconds: number | undefined) {
  if (seconds === undefined || seconds === null || Number.isNaN(seconds)) return '–';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

function CallCard({ message, author }: { message: Message; author: string }) {
  const { t } = useTranslation('conversation');
  const call = message.metadata!.call!;
  const recording = safeUrl(call.recordingUrl);
  const inbound = (call.direction ?? message.direction) === 'INBOUND';
  return (
    <article className="call-card">
      <span className="call-icon" aria-hidden="true">{inbound ? '📞↙' : '📞↗'}</span>
      <div>
        <div><strong>{inbound ? t('call.inbound') : t('call.outbound')}</strong> · {author}
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time></div>
        <div className="muted">
          {t('call.duration', { value: duration(call.durationSeconds) })} · {t('call.wait', { value: duration(call.waitSeconds) })}
          {recording && <> · <a href={recording} target="_blank" rel="noopener noreferrer">{t('call.recording')}</a></>}
        </div>
        {message.text && <div className="text" lang={bodyLanguage(message)}>{message.text}</div>}
      </div>
    </article>
  );
}

function Attachments({ message }: { message: Message }) {
  const { t } = useTranslation('conversation');
  if (!message.attachments?.length) return null;
  const images = message.attachments.filter((a) => /^image\/(png|jpe?g|gif|webp)$/i.test(a.contentType));
  return (
    <div className="attachments">
      {images.length > 0 && (
        <div className="thumbs">
          {images.map((a) => (
            <a key={a.id} href={`/api/v1/attachments/${a.id}`} download={a.filename} aria-label={t('attachment.download', { name: a.filename })}>
              <img src={`/api/v1/attachments/${a.id}`} alt={a.filename} loading="lazy" />
            </a>
          ))}
        </div>
      )}
      <ul aria-label={t('attachment.list')}>
        {message.attachments.map((a) => (
          <li key={a.id}>
            <span aria-hidden="true">📎</span>
            <a href={`/api/v1/attachments/${a.id}`} download={a.filename}>{a.filename}</a>
            <span className="muted">{formatBytes(a.size, currentLocale())}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Receipt({ message }: { message: Message }) {
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
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['messages', message.conversationId] });
      void queryClient.invalidateQueries({ queryKey: ['delivery-errors', message.conversationId] });
    },
  });
  const status = message.deliveryStatus;
  const errors = useQuery({
    queryKey: ['delivery-errors', message.conversationId],
    queryFn: () => conversationApi.deliveryErrors(message.conversationId),
    enabled: status === 'failed',
  });
  const reason = status === 'failed' ? errors.data?.[message.id] : undefined;
  const glyph: Record<string, string> = { queued: '…', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '!' };
  return (
    <div className={`receipt ${status}`}>
      <span aria-hidden="true">{glyph[status] ?? ''}</span> {t(`receipt.${status}`, { defaultValue: status })}
      {status === 'failed' && message.text && (
        <button type="button" className="link" disabled={retry.isPending} onClick={() => retry.mutate()}>{t('receipt.retry')}</button>
      )}
      {reason && <span className="delivery-error" data-testid="delivery-error">{t('receipt.providerError', { error: reason })}</span>}
      {retry.isError && <span className="error" role="alert"> {errorMessage(retry.error, (k) => t(k, { ns: 'common' }))}</span>}
    </div>
  );
}

function TimelineLine({ entry, users, contactName }: { entry: TimelineEntry; users: Map<string, StaffMember>; contactName: string }) {
  const { t } = useTranslation('conversation');
  const name = (id: unknown) => (typeof id === 'string' && users.get(id)?.displayName) || t('author.someone');
  const actor = entry.actor.type === 'AGENT' ? name(entry.actor.id)
    : entry.actor.type === 'CONTACT' ? contactName
    : entry.actor.type === 'BOT' ? t('author.bot') : t('author.system');
  const d = entry.detail;
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : '');
  let text: string;
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
    case 'channel_switched':
      text = d.to === 'EMAIL' ? t('timeline.switchedToEmail', { actor, address: String(d.address ?? '') })
        : d.to === 'CHAT_OFFERED' ? t('timeline.offeredChat', { actor })
        : t('timeline.switchedToChat', { actor });
      break;
    case 'transferred': {
      const verb = d.kind === 'REASSIGNMENT' ? 'reassigned' : 'transferred';
      text = d.toAgentId ? t(`timeline.${verb}ToAgent`, { actor, agent: name(d.toAgentId) })
        : t(`timeline.${verb}ToQueue`, { actor, queue: String(d.toQueueName ?? '') });
      if (d.forced === true) text += ` (${t('timeline.forced')})`;
      break;
    }
    case 'sla_policy_changed':
      text = t('timeline.slaPolicy', {
        from: String(d.from ?? ''), to: String(d.to ?? ''),
        reason: t(`timeline.slaReason.${String(d.reason)}`, { defaultValue: String(d.reason ?? '') }),
      });
      break;
    case 'sla_calendar_changed':
      text = t('timeline.slaCalendar');
      break;
    case 'workflow_started':
    case 'workflow_answered':
    case 'workflow_back':
    case 'workflow_restarted':
    case 'workflow_completed':
    case 'workflow_stopped':
      text = workflowLine(t, entry.kind, actor, d);
      break;
    default:
      text = t('timeline.other', { actor, kind: entry.kind });
  }
  return (
    <div className="system-line"><span>{text}</span> <time dateTime={entry.at}>{formatTime(entry.at)}</time></div>
  );
}

/** A guided workflow's move (workflows module), worded in the workflows namespace. */
function workflowLine(t: (key: string, options?: Record<string, unknown>) => string, kind: string, actor: string,
                      d: Record<string, unknown>): string {
  const values = {
    actor, workflow: String(d.workflowName ?? ''), step: String(d.step ?? ''), answer: String(d.answer ?? ''),
    outcome: String(d.outcome ?? ''),
  };
  if (kind === 'workflow_stopped') {
    const key = d.reason === 'conversation_ended' ? 'stoppedEnded' : d.reason === 'replaced' ? 'replaced' : 'stopped';
    return t(`workflows:timeline.${key}`, values);
  }
  return t(`workflows:timeline.${kind.replace('workflow_', '')}`, values);
}
