import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { api, ProblemError } from '../../lib/http';
import { errorMessage, ErrorMessage, Loading } from '../../ui/states';

interface EmailFollowUp { conversationId: string; email: string; viaInboxId: string; requestedBy: 'VISITOR' | 'AGENT'; since: string }

/**
 * A chat conversation's channel switch: "Continue by email" sends the next replies to the customer's email as
 * well (asking for an address when the contact has none) until the visitor writes in the chat again.
 */
export function ContinueByEmailSection({ conversationId, contactEmail }: { conversationId: string; contactEmail: string | null }) {
  const { t } = useTranslation('conversation');
  const queryClient = useQueryClient();
  const headingId = useId();
  const path = `/conversations/${conversationId}/continue-by-email`;
  const key = ['conversation', conversationId, 'continue-by-email'];
  const [email, setEmail] = useState('');
  const followUp = useQuery({
    queryKey: key,
    queryFn: async () => {
      try {
        return await api.get<EmailFollowUp>(path);
      } catch (error) {
        if (error instanceof ProblemError && error.status === 404) return null;
        throw error;
      }
    },
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const start = useMutation({ mutationFn: (address: string | null) => api.post<EmailFollowUp>(path, address ? { email: address } : {}),
    onSuccess: () => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: ['contact'] }); // the address the agent entered is the contact's now
    } });
  const stop = useMutation({ mutationFn: () => api.delete(path), onSuccess: refresh });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(contactEmail ?? email.trim());
  };
  return (
    <section className="panel-section" aria-labelledby={headingId} data-testid="continue-by-email">
      <h3 id={headingId}>{t('followUp.title')}</h3>
      {followUp.isPending ? <Loading />
        : followUp.isError ? <ErrorMessage error={followUp.error} onRetry={() => void followUp.refetch()} />
        : followUp.data ? (
          <>
            <p role="status">{t(followUp.data.requestedBy === 'VISITOR' ? 'followUp.byVisitor' : 'followUp.byAgent',
              { email: followUp.data.email, since: formatDateTime(followUp.data.since) })}</p>
            <button type="button" className="secondary" disabled={stop.isPending} onClick={() => stop.mutate()}>
              {t('followUp.stop')}</button>
          </>
        ) : (
          <form onSubmit={submit}>
            <p className="muted">{t('followUp.hint')}</p>
            {!contactEmail && (
              <label className="field">
                <span className="label">{t('followUp.email')}</span>
                <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
              </label>
            )}
            <button type="submit" disabled={start.isPending}>{t('followUp.start')}</button>
            {start.isError && <p role="alert" className="form-error">{errorMessage(start.error, (k) => t(k, { ns: 'common' }))}</p>}
          </form>
        )}
    </section>
  );
}
