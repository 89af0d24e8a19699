import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useEffect, useRef, useState } from 'react';
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
import { KnowledgePanel } from '../knowledge/KnowledgePanel';
import { WorkflowPanel } from '../workflows/WorkflowPanel';
import { CallPanel } from '../voice/CallPanel';
import { ActionsBar } from './ActionsBar';
import { type Conversation, conversationApi } from './api';
import { AttributeInput, attributeText } from './attributes';
import { Composer, type ComposerHandle } from './Composer';
import { ContinueByEmailSection } from './ContinueByEmail';
import { OfferChatSection } from './OfferChat';
import { SlaClocksSection, SlaHeaderBadge } from './SlaClocks';
import { useAttributeDefinitions, usersById, useUsers } from './hooks';
import { type Tab, updateTabs, useTabs, withTab } from './storage';
import { Thread } from './Thread';
import { useContactTyping, useRating } from './typing';
import './conversation.css';

// 'message_delivery.changed' is the name the server sends for MessageDeliveryChanged (see lib/live.tsx).
const MESSAGE_EVENTS = new Set(['message.received', 'message.sent', 'note.added', 'message.delivery_changed',
  'message_delivery.changed']);

/** The open conversation(s) beside the inbox list: tabs, thread, composer, actions and the customer panel. */
export function ConversationArea({ conversationId }: { conversationId: string | undefined }) {
  const { t } = useTranslation('conversation');
  const { me } = useSession();
  const params = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const tabs = useTabs(me.userId);
  const view = params.view ?? (includes(me.role, 'SUPERVISOR') ? 'all' : 'mine');
  const go = (id: string | null) => navigate(id ? `/inbox/${view}/${id}` : `/inbox/${view}`);

  useEffect(() => {
    if (conversationId) updateTabs(me.userId, (list) => withTab(list, conversationId).map((tab) => (tab.id === conversationId && tab.unread ? { id: tab.id } : tab)));
  }, [conversationId, me.userId]);

  useLiveEvents(({ type, data }) => {
    const id = typeof data.conversationId === 'string' ? data.conversationId : null;
    if (!id) return;
    if (id === conversationId) {
      if (MESSAGE_EVENTS.has(type)) {
        // Marking it read is the inbox page's job (it owns the list's unread markers).
        void queryClient.invalidateQueries({ queryKey: ['messages', id] });
        if (type === 'message_delivery.changed') void queryClient.invalidateQueries({ queryKey: ['delivery-errors', id] });
      }
      if ((type.startsWith('conversation.') && type !== 'conversation.read' && type !== 'conversation.typing')
        || type === 'conversation_channel.switched') {
        void queryClient.invalidateQueries({ queryKey: ['conversation', id] });
        void queryClient.invalidateQueries({ queryKey: ['timeline', id] });
      }
    } else if ((type === 'message.received' || type === 'note.added') && tabs.some((tab) => tab.id === id)) {
      updateTabs(me.userId, (list) => list.map((tab) => (tab.id === id ? { ...tab, unread: true } : tab)));
      void queryClient.invalidateQueries({ queryKey: ['messages', id] });
    }
  });

  const close = (id: string) => {
    const index = tabs.findIndex((tab) => tab.id === id);
    const rest = tabs.filter((tab) => tab.id !== id);
    updateTabs(me.userId, () => rest);
    if (id === conversationId) go(rest[Math.min(index, rest.length - 1)]?.id ?? null);
  };

  return (
    <section className="conversation-area" aria-label={t('area.label')}>
      {tabs.length > 0 && (
        <ul className="conv-tabs" aria-label={t('tabs.label')}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const index = tabs.findIndex((tab) => tab.id === conversationId);
              const next = tabs[(index + (e.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length];
              if (next) {
                go(next.id);
                requestAnimationFrame(() => document.getElementById(`conv-tab-${next.id}`)?.focus());
              }
            }}>
          {tabs.map((tab) => (
            <ConversationTab key={tab.id} tab={tab} active={tab.id === conversationId} onSelect={() => go(tab.id)} onClose={() => close(tab.id)} />
          ))}
        </ul>
      )}
      {conversationId
        ? <ConversationView key={conversationId} id={conversationId} onOpen={(id) => {
            updateTabs(me.userId, (list) => withTab(list, id));
            go(id);
          }} />
        : <Empty>{t('none')}</Empty>}
    </section>
  );
}

function ConversationTab({ tab, active, onSelect, onClose }: { tab: Tab; active: boolean; onSelect: () => void; onClose: () => void }) {
  const { t } = useTranslation('conversation');
  const conversation = useQuery({ queryKey: ['conversation', tab.id], queryFn: () => conversationApi.get(tab.id), retry: false });
  const contactId = conversation.data?.contactId;
  const contact = useQuery({ queryKey: ['contact', contactId], queryFn: () => contactApi.get(contactId!), enabled: !!contactId });
  const label = conversation.isError ? t('tabs.unavailable')
    : contactLabel(contact.data, conversation.data?.subject ?? t('tabs.loading'));
  return (
    <li className={`conv-tab ${active ? 'active' : ''}`}>
      <button type="button" className="conv-tab-select" id={`conv-tab-${tab.id}`} aria-current={active ? 'page' : undefined}
              onClick={onSelect} title={conversation.data?.subject ?? label}
              onKeyDown={(e) => { if (e.key === 'Delete') onClose(); }}>
        <ChannelIcon channel={conversation.data?.channel} />
        <span className="conv-tab-label">{label}</span>
        {tab.unread && <span className="unread-dot" role="img" aria-label={t('tabs.unread')} />}
      </button>
      <button type="button" className="icon-button conv-tab-close" aria-label={t('tabs.close', { name: label })} onClick={onClose}>×</button>
    </li>
  );
}

function ConversationView({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation('conversation');
  const composer = useRef<ComposerHandle>(null);
  const [panelOpen, setPanelOpen] = useState(() => localStorage.getItem('frontline.customerPanel') !== 'closed');
  const conversation = useQuery({ queryKey: ['conversation', id], queryFn: () => conversationApi.get(id), retry: false });
  const messages = useQuery({ queryKey: ['messages', id], queryFn: () => conversationApi.messages(id) });
  const timeline = useQuery({ queryKey: ['timeline', id], queryFn: () => conversationApi.timeline(id) });
  const contactId = conversation.data?.contactId;
  const contact = useQuery({ queryKey: ['contact', contactId], queryFn: () => contactApi.get(contactId!), enabled: !!contactId });
  const users = useUsers();
  const contactTyping = useContactTyping(id);

  const togglePanel = () => {
    localStorage.setItem('frontline.customerPanel', panelOpen ? 'closed' : 'open');
    setPanelOpen(!panelOpen);
  };

  if (conversation.isPending) return <Loading />;
  if (conversation.isError) return <ErrorMessage error={conversation.error} onRetry={() => void conversation.refetch()} />;
  const c = conversation.data;
  const name = contactLabel(contact.data, t('contact.unknown'));

  return (
    <div className={`conversation ${panelOpen ? 'with-panel' : ''}`}>
      <div className="conversation-main">
        <header className="conversation-header">
          <div className="conversation-title">
            <ChannelIcon channel={c.channel} />
            <h2>{name}</h2>
            {c.subject && <span className="subject" title={c.subject}>{c.subject}</span>}
            <span className={`status-badge ${c.status}`}>{t(`status.${c.status}`)}</span>
            <SlaHeaderBadge conversationId={id} />
            <span className="spacer" />
            <button type="button" className="icon-button" aria-expanded={panelOpen} aria-controls={`panel-${id}`}
                    aria-label={panelOpen ? t('panel.hide') : t('panel.show')} title={panelOpen ? t('panel.hide') : t('panel.show')}
                    onClick={togglePanel}>{panelOpen ? '⇥' : '⇤'}</button>
          </div>
          <ActionsBar conversation={c} onFocusComposer={(mode) => composer.current?.focus(mode)} />
        </header>
        {messages.isPending || timeline.isPending ? <Loading />
          : messages.isError ? <ErrorMessage error={messages.error} onRetry={() => void messages.refetch()} />
          : <Thread conversation={c} contactName={name} contactEmail={identityOf(contact.data, 'EMAIL')}
                    messages={messages.data} timeline={timeline.data ?? []} users={usersById(users.data)} />}
        {c.channel === 'CHAT' && (
          <div className="typing-indicator" aria-live="polite" data-testid="contact-typing">{contactTyping ? t('typing.contact', { name }) : ''}</div>
        )}
        <Composer ref={composer} conversation={c} contact={contact.data} />
        <SendShortcut composer={composer} />
      </div>
      {panelOpen && (
        <aside className="side-panel" id={`panel-${id}`} aria-label={t('panel.label')}>
          {c.channel === 'VOICE' && <CallPanel conversationId={id} />}
          <ConversationDetails conversation={c} />
          <SlaClocksSection conversationId={id} />
          {c.channel === 'CHAT' && <RatingSection conversationId={id} />}
          {c.channel === 'CHAT' && <ContinueByEmailSection conversationId={id} contactEmail={identityOf(contact.data, 'EMAIL') ?? null} />}
          {c.channel === 'EMAIL' && <OfferChatSection conversationId={id} />}
          <WorkflowPanel conversationId={id} onInsert={(text) => composer.current?.insert(text)} />
          <KnowledgePanel conversationId={id} messages={messages.data} onInsert={(text) => composer.current?.insert(text)} />
          <CustomerPanel contactId={c.contactId} currentConversationId={id} onOpenConversation={onOpen} />
        </aside>
      )}
    </div>
  );
}

function SendShortcut({ composer }: { composer: RefObject<ComposerHandle | null> }) {
  // Registered for the help overlay and for sending while focus is outside the text field.
  useShortcut('mod+Enter', 'conversation:shortcut.send', () => composer.current?.send());
  return null;
}

/** The conversation's own custom attributes (definitions for conversations), edited per type. */
function ConversationDetails({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation('conversation');
  const queryClient = useQueryClient();
  const definitions = useAttributeDefinitions();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<string, unknown>>({});
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
  return (
    <section className="panel-section">
      <div className="section-head">
        <h3>{t('details.title')}</h3>
        {defs.length > 0 && !editing && (
          <button type="button" className="link" onClick={() => { setValues({ ...conversation.customAttributes }); setEditing(true); }}>
            {t('edit', { ns: 'common' })}
          </button>
        )}
      </div>
      <dl className="facts">
        <dt>{t('details.created')}</dt><dd>{formatDateTime(conversation.createdAt)}</dd>
        {conversation.firstResponseAt && <><dt>{t('details.firstResponse')}</dt><dd>{formatDateTime(conversation.firstResponseAt)}</dd></>}
        {!editing && defs.map((d) => (
          <div key={d.key} className="fact"><dt>{d.label}</dt><dd>{attributeText(d, conversation.customAttributes?.[d.key]) || '—'}</dd></div>
        ))}
        {extra.map(([key, value]) => <div key={key} className="fact"><dt>{key}</dt><dd>{attributeText(undefined, value)}</dd></div>)}
      </dl>
      {editing && (
        <form className="edit-form" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
          {defs.map((d) => (
            <label key={d.key} htmlFor={`attr-${conversation.id}-${d.key}`}>
              <span>{d.label}</span>
              <AttributeInput id={`attr-${conversation.id}-${d.key}`} definition={d} value={values[d.key]}
                              onChange={(v) => setValues({ ...values, [d.key]: v })} />
            </label>
          ))}
          {save.isError && <div className="error" role="alert">{errorMessage(save.error, (k) => t(k, { ns: 'common' }))}</div>}
          <div className="buttons">
            <button type="submit" disabled={save.isPending}>{t('save', { ns: 'common' })}</button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>{t('cancel', { ns: 'common' })}</button>
          </div>
        </form>
      )}
    </section>
  );
}

/** The customer's rating from the chat widget (1-5 and a comment), once they gave one. */
function RatingSection({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('conversation');
  const rating = useRating(conversationId, true);
  return (
    <section className="panel-section" aria-labelledby={`rating-${conversationId}`}>
      <h3 id={`rating-${conversationId}`}>{t('rating.title')}</h3>
      {rating.isPending ? <Loading />
        : rating.isError ? <ErrorMessage error={rating.error} onRetry={() => void rating.refetch()} />
        : rating.data == null ? <p className="muted">{t('rating.none')}</p>
        : (
          <div className="rating" data-testid="conversation-rating">
            <span className="stars" role="img" aria-label={t('rating.score', { score: rating.data.score })}>
              {'★'.repeat(rating.data.score)}{'☆'.repeat(Math.max(0, 5 - rating.data.score))}
            </span>
            <span className="muted"> {formatDateTime(rating.data.ratedAt)}</span>
            {rating.data.comment && <blockquote className="rating-comment">{rating.data.comment}</blockquote>}
          </div>
        )}
    </section>
  );
}
