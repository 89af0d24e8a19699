import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { api } from '../../lib/http';
import { errorMessage } from '../../ui/states';
import { useInboxes } from '../inbox/hooks';

interface ChatOffer { conversationId: string; chatInboxId: string; messageId: string; url: string; expiresAt: string }

/**
 * An email conversation's channel switch: "Offer chat" emails the customer a link to the web chat, where they
 * continue this same conversation. Shown only when the workspace has a chat inbox.
 */
export function OfferChatSection({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('conversation');
  const queryClient = useQueryClient();
  const headingId = useId();
  const chatInboxes = (useInboxes().data ?? []).filter((inbox) => inbox.channel === 'CHAT');
  const [chosen, setChosen] = useState('');
  const offer = useMutation({
    mutationFn: (chatInboxId: string) => api.post<ChatOffer>(`/conversations/${conversationId}/offer-chat`,
      chatInboxId ? { chatInboxId } : {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['conversation', conversationId] }),
  });
  if (chatInboxes.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby={headingId} data-testid="offer-chat">
      <h3 id={headingId}>{t('offerChat.title')}</h3>
      <p className="muted">{t('offerChat.hint')}</p>
      {chatInboxes.length > 1 && (
        <label className="field">
          <span className="label">{t('offerChat.inbox')}</span>
          <select value={chosen || chatInboxes[0].id} onChange={(e) => setChosen(e.target.value)}>
            {chatInboxes.map((inbox) => <option key={inbox.id} value={inbox.id}>{inbox.name}</option>)}
          </select>
        </label>
      )}
      <button type="button" disabled={offer.isPending} onClick={() => offer.mutate(chosen || chatInboxes[0].id)}>
        {t('offerChat.send')}</button>
      {offer.data && <p role="status">{t('offerChat.sent', { until: formatDateTime(offer.data.expiresAt) })}</p>}
      {offer.isError && <p role="alert" className="form-error">{errorMessage(offer.error, (k) => t(k, { ns: 'common' }))}</p>}
    </section>
  );
}
