import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { settingsApi } from '../settings/api';
import { voiceApi } from './api';
import './voice.css';

/**
 * Click to call from the contact's profile: the provider rings the agent's own phone (or softphone) first, then
 * the contact's number; the call opens as a new conversation assigned to the agent. Shown only with a configured
 * voice inbox and a phone number to call.
 */
export function CallContactButton({ contactId, phones, onStarted }: {
  contactId: string; phones: string[]; onStarted: (conversationId: string) => void;
}) {
  const { t } = useTranslation('voice');
  const inboxes = useQuery({ queryKey: ['inboxes'], queryFn: settingsApi.inboxes, staleTime: 60_000 });
  const voiceInboxes = (inboxes.data ?? []).filter((inbox) => inbox.channel === 'VOICE' && inbox.settings.voice);
  const [number, setNumber] = useState(phones[0] ?? '');
  const [inboxId, setInboxId] = useState('');
  const call = useMutation({
    mutationFn: () => voiceApi.callContact({ inboxId: inboxId || voiceInboxes[0].id, contactId, number }),
    onSuccess: (started) => { if (started.conversationId) onStarted(started.conversationId); },
  });
  if (phones.length === 0 || voiceInboxes.length === 0) return null;
  return (
    <div className="call-contact">
      {phones.length > 1 && (
        <select aria-label={t('call.number')} value={number} onChange={(e) => setNumber(e.target.value)}>
          {phones.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      )}
      {voiceInboxes.length > 1 && (
        <select aria-label={t('call.from')} value={inboxId || voiceInboxes[0].id} onChange={(e) => setInboxId(e.target.value)}>
          {voiceInboxes.map((inbox) => <option key={inbox.id} value={inbox.id}>{inbox.name}</option>)}
        </select>
      )}
      <button type="button" className="secondary small" onClick={() => call.mutate()} disabled={call.isPending}>
        {t('call.button', { number })}
      </button>
      {call.isPending && <span className="muted" role="status">{t('call.ringingYou')}</span>}
      {call.isError && <p className="error" role="alert">{errorMessage(call.error, (k) => t(k, { ns: 'common' }))}</p>}
    </div>
  );
}
