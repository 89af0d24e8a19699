import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../../lib/http';
import { schedulesApi } from './api';

/** Time off requests: agents ask for days and see their own; supervisors see everyone's and decide. */
export function TimeOffPanel({ supervisor }: { supervisor: boolean }) {
  const { t } = useTranslation('schedule');
  const client = useQueryClient();
  const requests = useQuery({ queryKey: ['time-off'], queryFn: schedulesApi.timeOff });
  const [firstDay, setFirstDay] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [reason, setReason] = useState('');
  const ask = useMutation({
    mutationFn: () => schedulesApi.requestTimeOff(firstDay, lastDay || firstDay, reason),
    onSuccess: () => {
      setReason('');
      void client.invalidateQueries({ queryKey: ['time-off'] });
    },
  });
  const decide = useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) => schedulesApi.decide(id, approve),
    onSettled: () => void client.invalidateQueries({ queryKey: ['time-off'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate();
  };
  const problem = ask.error instanceof ProblemError ? ask.error : decide.error instanceof ProblemError ? decide.error : null;
  return (
    <section className="time-off" aria-labelledby="time-off-heading">
      <h2 id="time-off-heading">{t('timeOff.title')}</h2>
      {!supervisor && (
        <form className="wf-form inline" onSubmit={submit} aria-label={t('timeOff.form')}>
          <label className="wf-field"><span>{t('timeOff.firstDay')}</span>
            <input type="date" required value={firstDay} onChange={(e) => setFirstDay(e.target.value)} /></label>
          <label className="wf-field"><span>{t('timeOff.lastDay')}</span>
            <input type="date" value={lastDay} min={firstDay} onChange={(e) => setLastDay(e.target.value)} /></label>
          <label className="wf-field"><span>{t('timeOff.reason')}</span>
            <input type="text" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          <button type="submit" disabled={ask.isPending}>{t('timeOff.request')}</button>
        </form>
      )}
      {problem && <p role="alert" className="wf-error">{problem.detail}</p>}
      {requests.data && requests.data.length === 0 && <p className="muted">{t('timeOff.none')}</p>}
      {requests.data && requests.data.length > 0 && (
        <table className="time-off-list">
          <thead>
            <tr>
              {supervisor && <th scope="col">{t('grid.agent')}</th>}
              <th scope="col">{t('timeOff.days')}</th><th scope="col">{t('timeOff.reason')}</th><th scope="col">{t('timeOff.status')}</th>
              {supervisor && <th scope="col" aria-label={t('timeOff.decision')} />}
            </tr>
          </thead>
          <tbody>
            {requests.data.map((request) => (
              <tr key={request.id}>
                {supervisor && <td>{request.agentName}</td>}
                <td>{request.firstDay === request.lastDay ? request.firstDay : `${request.firstDay} – ${request.lastDay}`}</td>
                <td>{request.reason ?? ''}</td>
                <td><span className={`status ${request.status.toLowerCase()}`}>{t(`timeOff.${request.status}`)}</span></td>
                {supervisor && (
                  <td>
                    {request.status === 'REQUESTED' && (
                      <>
                        <button type="button" onClick={() => decide.mutate({ id: request.id, approve: true })}>{t('timeOff.approve')}</button>{' '}
                        <button type="button" className="secondary" onClick={() => decide.mutate({ id: request.id, approve: false })}>
                          {t('timeOff.decline')}
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
