import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/states';
import { reassign, transfer } from './api';

export interface AgentOption {
  id: string;
  label: string;
  disabled?: boolean;
}

/**
 * Moves a conversation to an agent or a queue, with an internal note. {@code transfer}: the agent gets it as an
 * offer (only available ones can); {@code reassign} (supervisors): the agent gets it at once, refused when they
 * are offline or full unless "assign anyway" is ticked.
 */
export function MoveDialog({ mode, conversationId, agents, queues, onClose, onMoved }: {
  mode: 'transfer' | 'reassign';
  conversationId: string;
  agents: AgentOption[];
  queues: { id: string; name: string }[];
  onClose: () => void;
  onMoved: () => void;
}) {
  const { t } = useTranslation('routing');
  const [target, setTarget] = useState<'agent' | 'queue'>('agent');
  const [agentId, setAgentId] = useState('');
  const [queueId, setQueueId] = useState('');
  const [note, setNote] = useState('');
  const [force, setForce] = useState(false);
  const move = useMutation({
    mutationFn: (): Promise<unknown> => {
      const body = { conversationId, ...(target === 'agent' ? { agentId } : { queueId }), note: note.trim() || undefined };
      return mode === 'transfer' ? transfer(body) : reassign({ ...body, force: target === 'agent' && force });
    },
    onSuccess: () => {
      onMoved();
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    move.mutate();
  };
  return (
    <Dialog open title={t(`move.${mode}.title`)} onOpenChange={(open) => { if (!open) onClose(); }}>
      <form className="move-form" onSubmit={submit} aria-label={t(`move.${mode}.title`)}>
        <p className="muted">{t(`move.${mode}.help`)}</p>
        <fieldset>
          <legend>{t('move.to')}</legend>
          <label className="inline">
            <input type="radio" name="move-target" checked={target === 'agent'} onChange={() => setTarget('agent')} />
            {t('move.toAgent')}
          </label>
          <label className="inline">
            <input type="radio" name="move-target" checked={target === 'queue'} onChange={() => setTarget('queue')} />
            {t('move.toQueue')}
          </label>
        </fieldset>
        {target === 'agent' ? (
          <label>
            {t('move.agent')}
            <select required aria-label={t('move.agent')} value={agentId} onChange={(e) => setAgentId(e.target.value)}>
              <option value="">{t('move.choose')}</option>
              {agents.map((a) => <option key={a.id} value={a.id} disabled={a.disabled}>{a.label}</option>)}
            </select>
          </label>
        ) : (
          <label>
            {t('move.queue')}
            <select required aria-label={t('move.queue')} value={queueId} onChange={(e) => setQueueId(e.target.value)}>
              <option value="">{t('move.choose')}</option>
              {queues.map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
            </select>
          </label>
        )}
        <label>
          {t('move.note')}
          <textarea rows={3} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('move.notePlaceholder')} />
        </label>
        {mode === 'reassign' && target === 'agent' && (
          <label className="inline">
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />
            {t('move.force')}
          </label>
        )}
        {move.error && <p className="error" role="alert">{errorMessage(move.error, t)}</p>}
        <div className="offer-actions">
          <button type="button" className="secondary" onClick={onClose}>{t('move.cancel')}</button>
          <button type="submit" disabled={move.isPending}>{t(`move.${mode}.submit`)}</button>
        </div>
      </form>
    </Dialog>
  );
}
