import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../ui/states';
import { getNext } from './api';

/** Pull: hands the agent the best waiting conversation they may take and opens it. */
export function GetNextButton() {
  const { t } = useTranslation('routing');
  const navigate = useNavigate();
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (!note) return undefined;
    const timer = setTimeout(() => setNote(null), 5000);
    return () => clearTimeout(timer);
  }, [note]);
  const next = useMutation({
    mutationFn: getNext,
    onSuccess: (offer) => {
      if (offer) {
        setNote(null);
        void navigate(`/inbox/mine/${offer.conversationId}`);
      } else {
        setNote(t('next.none'));
      }
    },
    onError: (error) => setNote(errorMessage(error, t)),
  });
  return (
    <span className="get-next">
      <button type="button" className="secondary" disabled={next.isPending} onClick={() => next.mutate()}>
        {t('next.button')}
      </button>
      {note && <span className="get-next-note" role="status">{note}</span>}
    </span>
  );
}
