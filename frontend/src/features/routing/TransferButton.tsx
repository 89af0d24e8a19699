import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { transferTargets } from './api';
import { MoveDialog } from './MoveDialog';
import './routing.css';

/** "Transfer" in the conversation view: to an available colleague (as an offer) or to a queue, with a note. */
export function TransferButton({ conversationId, disabled }: { conversationId: string; disabled?: boolean }) {
  const { t } = useTranslation('routing');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const targets = useQuery({ queryKey: ['routing', 'transferTargets'], queryFn: transferTargets, enabled: open, staleTime: 0 });
  const moved = () => {
    void queryClient.invalidateQueries({ queryKey: ['conversation', conversationId] });
    void queryClient.invalidateQueries({ queryKey: ['timeline', conversationId] });
    void queryClient.invalidateQueries({ queryKey: ['messages', conversationId] });
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
  return (
    <>
      <button type="button" className="secondary" disabled={disabled} onClick={() => setOpen(true)}>{t('move.transfer.button')}</button>
      {open && (
        <MoveDialog mode="transfer" conversationId={conversationId} onClose={() => setOpen(false)} onMoved={moved}
                    queues={targets.data?.queues ?? []}
                    agents={(targets.data?.agents ?? []).map((a) => ({
                      id: a.userId, disabled: !a.available,
                      label: a.available ? a.displayName : t('move.notAvailable', { name: a.displayName }),
                    }))} />
      )}
    </>
  );
}
