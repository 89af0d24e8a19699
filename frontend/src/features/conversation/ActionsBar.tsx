import * as Popover from '@radix-ui/react-popover';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useShortcut } from '../../lib/shortcuts';
import { errorMessage } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { TransferButton } from '../routing/TransferButton';
import { type Conversation, conversationApi, type ConversationChanges, PRIORITIES, type Priority } from './api';
import { useTags, useTeams, useUsers } from './hooks';

/** A local date-time input value ("2026-11-25T17:00") for an instant, in the browser's zone. */
function localInput(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function snoozePresets(now = new Date()) {
  const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000);
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  tomorrow.setHours(9, 0, 0, 0);
  const nextWeek = new Date(now);
  nextWeek.setDate(now.getDate() + ((8 - now.getDay()) % 7 || 7));
  nextWeek.setHours(9, 0, 0, 0);
  return [['snooze.oneHour', inHours(1)], ['snooze.fourHours', inHours(4)], ['snooze.tomorrow', tomorrow], ['snooze.nextWeek', nextWeek]] as const;
}

/**
 * Who has the conversation, its status, priority and tags, and the keyboard shortcuts for the common actions.
 * Every change goes through the API, whose answer (or readable error) is shown.
 */
export function ActionsBar({ conversation, onFocusComposer }: {
  conversation: Conversation; onFocusComposer: (mode: 'reply' | 'note') => void;
}) {
  const { t } = useTranslation('conversation');
  const { me } = useSession();
  const queryClient = useQueryClient();
  const users = useUsers();
  const teams = useTeams();
  const tags = useTags();
  const id = conversation.id;
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [snoozeAt, setSnoozeAt] = useState(() => localInput(snoozePresets()[2][1]));
  const [tagInput, setTagInput] = useState('');
  const tagListId = useId();

  const settle = (updated: Conversation) => {
    queryClient.setQueryData(['conversation', id], updated);
    void queryClient.invalidateQueries({ queryKey: ['timeline', id] });
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
  const update = useMutation({ mutationFn: (changes: ConversationChanges) => conversationApi.update(id, changes), onSuccess: settle });
  const assign = useMutation({
    mutationFn: ({ assigneeId, teamId }: { assigneeId: string | null; teamId: string | null }) => conversationApi.assign(id, assigneeId, teamId),
    onSuccess: settle,
  });
  const busy = update.isPending || assign.isPending;
  const error = update.error ?? assign.error;

  const closed = conversation.status === 'RESOLVED' || conversation.status === 'CLOSED';
  const resolve = () => update.mutate({ status: 'RESOLVED' });
  const reopen = () => update.mutate({ status: 'OPEN' });
  const pending = () => update.mutate({ status: 'PENDING' });
  const snooze = (at: Date) => {
    update.mutate({ status: 'SNOOZED', snoozedUntil: at.toISOString() });
    setSnoozeOpen(false);
  };
  const assignToMe = () => assign.mutate({ assigneeId: me.userId, teamId: conversation.teamId });

  const addTag = (raw: string) => {
    const tag = raw.trim().replace(/\s+/g, '-').slice(0, 100);
    setTagInput('');
    if (!tag || conversation.tags.includes(tag)) return;
    update.mutate({ tags: [...conversation.tags, tag] });
  };
  const removeTag = (tag: string) => update.mutate({ tags: conversation.tags.filter((x) => x !== tag) });

  useShortcut('r', 'conversation:shortcut.reply', () => onFocusComposer('reply'));
  useShortcut('n', 'conversation:shortcut.note', () => onFocusComposer('note'));
  useShortcut('e', 'conversation:shortcut.resolve', () => (closed ? reopen() : resolve()));
  useShortcut('a', 'conversation:shortcut.assignMe', assignToMe);
  useShortcut('p', 'conversation:shortcut.pending', pending);
  useShortcut('s', 'conversation:shortcut.snooze', () => setSnoozeOpen(true));

  const agents = (users.data ?? []).filter((u) => u.active !== false || u.id === conversation.assigneeId);
  const suggestions = (tags.data ?? []).map((tag) => tag.name).filter((name) => !conversation.tags.includes(name));

  return (
    <div className="actions-bar">
      <div className="action-group">
        <label className="compact">
          <span>{t('actions.assignee')}</span>
          <select value={conversation.assigneeId ?? ''} disabled={busy}
                  onChange={(e) => assign.mutate({ assigneeId: e.target.value || null, teamId: conversation.teamId })}>
            <option value="">{t('actions.unassigned')}</option>
            {agents.map((u) => <option key={u.id} value={u.id}>{u.id === me.userId ? t('actions.meName', { name: u.displayName }) : u.displayName}</option>)}
          </select>
        </label>
        <label className="compact">
          <span>{t('actions.team')}</span>
          <select value={conversation.teamId ?? ''} disabled={busy}
                  onChange={(e) => assign.mutate({ assigneeId: conversation.assigneeId, teamId: e.target.value || null })}>
            <option value="">{t('actions.noTeam')}</option>
            {(teams.data ?? []).map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </label>
        {conversation.assigneeId !== me.userId && (
          <button type="button" className="secondary" disabled={busy} onClick={assignToMe}>{t('actions.assignMe')}</button>
        )}
        {conversation.status === 'OPEN' && (conversation.assigneeId === me.userId || includes(me.role, 'SUPERVISOR')) && (
          <TransferButton conversationId={id} disabled={busy} />
        )}
      </div>

      <div className="action-group">
        {closed
          ? <button type="button" className="secondary" disabled={busy || conversation.status === 'CLOSED'} onClick={reopen}>{t('actions.reopen')}</button>
          : <button type="button" disabled={busy} onClick={resolve}>{t('actions.resolve')}</button>}
        {conversation.status !== 'PENDING' && !closed && (
          <button type="button" className="secondary" disabled={busy} onClick={pending}>{t('actions.pending')}</button>
        )}
        {conversation.status === 'PENDING' && (
          <button type="button" className="secondary" disabled={busy} onClick={reopen}>{t('actions.open')}</button>
        )}
        <Popover.Root open={snoozeOpen} onOpenChange={setSnoozeOpen}>
          <Popover.Trigger className="secondary-button" disabled={busy || conversation.status === 'CLOSED'}>
            {conversation.status === 'SNOOZED' && conversation.snoozedUntil
              ? t('actions.snoozedUntil', { time: formatDateTime(conversation.snoozedUntil) }) : t('actions.snooze')}
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content className="popover snooze" align="start" aria-label={t('actions.snooze')}>
              <div className="presets">
                {snoozePresets().map(([key, at]) => (
                  <button key={key} type="button" className="secondary" onClick={() => snooze(at)}>
                    {t(key)} <span className="muted">{formatDateTime(at.toISOString(), { weekday: 'short', hour: 'numeric', minute: '2-digit' })}</span>
                  </button>
                ))}
              </div>
              <form onSubmit={(e) => {
                e.preventDefault();
                const at = new Date(snoozeAt);
                if (!Number.isNaN(at.getTime())) snooze(at);
              }}>
                <label>
                  <span>{t('snooze.until')}</span>
                  <input type="datetime-local" value={snoozeAt} min={localInput(new Date())} required onChange={(e) => setSnoozeAt(e.target.value)} />
                </label>
                <button type="submit">{t('actions.snooze')}</button>
              </form>
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
        <label className="compact">
          <span>{t('actions.priority')}</span>
          <select value={conversation.priority} disabled={busy} onChange={(e) => update.mutate({ priority: e.target.value as Priority })}>
            {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
          </select>
        </label>
      </div>

      <div className="action-group tags">
        <ul className="tag-list" aria-label={t('actions.tags')}>
          {conversation.tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button type="button" className="icon-button" disabled={busy} aria-label={t('actions.removeTag', { tag })}
                      onClick={() => removeTag(tag)}>×</button>
            </li>
          ))}
        </ul>
        <form onSubmit={(e) => { e.preventDefault(); addTag(tagInput); }}>
          <input className="tag-input" value={tagInput} list={tagListId} placeholder={t('actions.addTag')}
                 aria-label={t('actions.addTag')} onChange={(e) => setTagInput(e.target.value)} maxLength={100} />
          <datalist id={tagListId}>{suggestions.map((s) => <option key={s} value={s} />)}</datalist>
        </form>
      </div>
      {error && (
        <div className="action-error" role="alert">
          <span>{errorMessage(error, (k) => t(k, { ns: 'common' }))}</span>
          <button type="button" className="icon-button" aria-label={t('close', { ns: 'common' })}
                  onClick={() => { update.reset(); assign.reset(); }}>×</button>
        </div>
      )}
    </div>
  );
}
