import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { useLiveEvents, useLiveState } from '../../lib/live';
import { useNow } from '../../lib/useNow';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/states';
import { acceptOffer, declineOffer, myPendingOffers, ROUTING_EVENTS, secondsLeft, showsInPopup } from './api';
import './routing.css';

/** How often the pop-up looks for offers besides the live events (a chat offer lasts 20 s by default). */
const OFFER_POLL_MS = 4000;

/**
 * The agent's current offer (pushed, or transferred to them): which channel, a countdown to its expiry,
 * accept (opens the conversation) or decline with a reason. Kept current by the live routing events;
 * pull offers are accepted at once, so they never show. Closing it (× or Escape) declines: hiding it
 * would keep the customer waiting on an agent who is not looking until the offer expires.
 */
export function OfferPopup() {
  const { t } = useTranslation('routing');
  const { me } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const now = useNow(250);
  const [reason, setReason] = useState('');
  // The live stream is best effort; an offer lasts seconds, so a missed event must not lose it: poll too.
  const pending = useQuery({ queryKey: ['routing', 'myOffers'], queryFn: () => myPendingOffers(me.userId),
    refetchInterval: OFFER_POLL_MS });
  useLiveEvents((event) => {
    if (ROUTING_EVENTS.includes(event.type) && event.data.agentId === me.userId) {
      void queryClient.invalidateQueries({ queryKey: ['routing', 'myOffers'] });
    }
  });
  // An offer made after the first fetch but before the stream was ready sent its event to nobody: look again
  // once the stream is open.
  const live = useLiveState();
  useEffect(() => {
    if (live === 'open') void queryClient.invalidateQueries({ queryKey: ['routing', 'myOffers'] });
  }, [live, queryClient]);
  const offer = (pending.data ?? []).find((o) => showsInPopup(o) && secondsLeft(o.expiresAt, now) > 0);
  const done = () => {
    setReason('');
    void queryClient.invalidateQueries({ queryKey: ['routing', 'myOffers'] });
  };
  const accept = useMutation({
    mutationFn: (id: string) => acceptOffer(id),
    onSuccess: (accepted) => {
      done();
      void navigate(`/inbox/mine/${accepted.conversationId}`);
    },
    onError: done,
  });
  const decline = useMutation({ mutationFn: (id: string) => declineOffer(id, reason), onSuccess: done, onError: done });
  if (!offer) return null;
  const left = secondsLeft(offer.expiresAt, now);
  const total = Math.max(1, Math.round((new Date(offer.expiresAt).getTime() - new Date(offer.createdAt).getTime()) / 1000));
  const error = accept.error ?? decline.error;
  return (
    <Dialog open title={t('offer.title')} onOpenChange={(open) => {
      if (!open && !decline.isPending && !accept.isPending) decline.mutate(offer.id);
    }}>
      <div className="offer" data-testid="offer-popup">
        <p>{t('offer.body', { channel: t(`channel.${offer.channel}`, { defaultValue: offer.channel }) })}</p>
        <div className="offer-countdown" role="timer" aria-live="off">
          <progress max={total} value={left} aria-label={t('offer.timeLeft')} />
          <span>{t('offer.secondsLeft', { count: left })}</span>
        </div>
        <label>
          {t('offer.reason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500}
                 placeholder={t('offer.reasonPlaceholder')} />
        </label>
        {error && <p className="error" role="alert">{errorMessage(error, t)}</p>}
        <div className="offer-actions">
          <button type="button" className="secondary" disabled={decline.isPending || accept.isPending}
                  onClick={() => decline.mutate(offer.id)}>{t('offer.decline')}</button>
          <button type="button" disabled={accept.isPending || decline.isPending}
                  onClick={() => accept.mutate(offer.id)}>{t('offer.accept')}</button>
        </div>
      </div>
    </Dialog>
  );
}
