import * as Popover from '@radix-ui/react-popover';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { useLiveEvents } from '../../lib/live';
import { errorMessage } from '../../ui/states';
import {
  applyPresenceChange, formatTimeInState, myPresence, type Presence, type PresenceChanged, type PresenceStatus,
  setMyPresence, STATUSES,
} from './presence';
import { StatusDot } from './StatusDot';
import { useNow } from '../../lib/useNow';
import './presence.css';
import '../settings/admin.css';

/** The agent's own presence in the top bar: status dot, reason, ticking time in state; a popover changes it. */
export function PresenceMenu() {
  const { t } = useTranslation('presence');
  const { me } = useSession();
  const queryClient = useQueryClient();
  const now = useNow();
  const [open, setOpen] = useState(false);
  const mine = useQuery({ queryKey: ['presence', 'me'], queryFn: myPresence });

  useLiveEvents((event) => {
    if (event.type !== 'agent_presence.changed') return;
    const change = event.data as unknown as PresenceChanged;
    if (change.userId === me.userId) {
      queryClient.setQueryData<Presence>(['presence', 'me'], (current) =>
        current ? { ...current, status: change.status, reason: change.reason ?? null, since: change.since ?? null } : current);
    }
    // The board stays current on every screen; someone it does not list yet (just joined) means a refetch.
    const board = queryClient.getQueryData<Presence[]>(['presence', 'board']);
    const next = applyPresenceChange(board, change);
    if (board && next === board) void queryClient.invalidateQueries({ queryKey: ['presence', 'board'] });
    else if (next) queryClient.setQueryData(['presence', 'board'], next);
  });

  const current = mine.data;
  const label = current ? t(`status.${current.status}`) : t('status.unknown');
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <button type="button" className="presence-trigger secondary" data-testid="presence-trigger">
          <span className="visually-hidden">{t('menu.label')}</span>
          <StatusDot status={current?.status ?? 'OFFLINE'} />
          <span className="presence-label">{label}</span>
          {current?.reason && <span className="presence-reason muted">· {current.reason}</span>}
          {current?.since && <span className="presence-time muted">{formatTimeInState(current.since, now)}</span>}
        </button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="presence-popover" align="end" sideOffset={6}>
          {mine.isError
            ? <p role="alert" className="error">{errorMessage(mine.error, (k) => t(k, { ns: 'common' }))}</p>
            : <PresenceForm current={current} onDone={() => setOpen(false)} />}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function PresenceForm({ current, onDone }: { current: Presence | undefined; onDone: () => void }) {
  const { t } = useTranslation('presence');
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<PresenceStatus>(current?.status ?? 'AVAILABLE');
  const [reason, setReason] = useState(current?.reason ?? '');
  useEffect(() => {
    setStatus(current?.status ?? 'AVAILABLE');
    setReason(current?.reason ?? '');
  }, [current?.status, current?.reason]);

  const change = useMutation({
    mutationFn: () => setMyPresence(status, reason),
    onSuccess: (presence) => {
      queryClient.setQueryData(['presence', 'me'], presence);
      void queryClient.invalidateQueries({ queryKey: ['presence', 'board'] });
      onDone();
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <form onSubmit={submit} className="presence-form">
      <fieldset>
        <legend>{t('menu.title')}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="presence-option">
            <input type="radio" name="presence-status" value={s} checked={status === s} onChange={() => setStatus(s)} />
            <StatusDot status={s} />
            {t(`status.${s}`)}
          </label>
        ))}
      </fieldset>
      <div className="presence-reason-field">
        <label htmlFor="presence-reason">{t('menu.reason')}</label>
        <input id="presence-reason" value={reason} maxLength={200} placeholder={t('menu.reasonPlaceholder')}
               onChange={(e) => setReason(e.target.value)} />
      </div>
      {change.isError && <p role="alert" className="error">{errorMessage(change.error, (k) => t(k, { ns: 'common' }))}</p>}
      <div className="presence-actions">
        <button type="submit" disabled={change.isPending}>{t('menu.set')}</button>
      </div>
    </form>
  );
}
