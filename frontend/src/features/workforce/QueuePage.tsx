import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { QueryView } from '../../ui/states';
import { queues } from '../routing/api';
import type { ForecastForm } from './api';
import './workforce.css';

export type QueueOption = { id: string; name: string };

/** A supervisor's page about one queue at a time: its title and intro, then the content once the queues are loaded. */
export function QueuePage({ page, children }: { page: 'forecast' | 'intraday'; children: (queueOptions: QueueOption[]) => ReactNode }) {
  const { t } = useTranslation('workforce');
  const { me } = useSession();
  const queueList = useQuery({ queryKey: ['routing', 'queues'], queryFn: queues, enabled: includes(me.role, 'SUPERVISOR') });
  if (!includes(me.role, 'SUPERVISOR')) return <p>{t('page.forbidden')}</p>;
  return (
    <div className="workforce-page">
      <h1>{t(`${page}.title`)}</h1>
      <p className="muted">{t(`${page}.intro`)}</p>
      <QueryView query={queueList}>{children}</QueryView>
    </div>
  );
}

const CHANNELS = ['chat', 'email', 'voice', 'whatsapp', 'sms'];

/**
 * The fields a queue's forecast and its intraday view both ask for: the queue, the channel, the history, the
 * handle time (blank: from history), the service-level target and the concurrency. {@code interval} goes after the
 * queue where a page lets the planner choose it.
 */
export function ForecastBasisFields({ draft, change, queueOptions, interval }: {
  draft: ForecastForm;
  change: (key: keyof ForecastForm, value: string) => void;
  queueOptions: QueueOption[];
  interval?: ReactNode;
}) {
  const { t } = useTranslation('workforce');
  return (
    <>
      <label className="wf-field"><span>{t('forecast.queue')}</span>
        <select value={draft.queueId} onChange={(e) => change('queueId', e.target.value)} required>
          {queueOptions.map((queue) => <option key={queue.id} value={queue.id}>{queue.name}</option>)}
        </select>
      </label>
      {interval}
      <label className="wf-field"><span>{t('forecast.channel')}</span>
        <select value={draft.channel} onChange={(e) => change('channel', e.target.value)}>
          <option value="">{t('forecast.allChannels')}</option>
          {CHANNELS.map((channel) => <option key={channel} value={channel}>{t(`channel.${channel}`)}</option>)}
        </select>
      </label>
      <label className="wf-field"><span>{t('forecast.historyWeeks')}</span>
        <input type="number" min={3} max={12} value={draft.historyWeeks} onChange={(e) => change('historyWeeks', e.target.value)} />
      </label>
      <label className="wf-field"><span>{t('staffing.averageHandleSeconds')}</span>
        <input type="number" min={1} value={draft.averageHandleSeconds} placeholder={t('forecast.fromHistory')}
               onChange={(e) => change('averageHandleSeconds', e.target.value)} />
      </label>
      <label className="wf-field"><span>{t('staffing.targetServiceLevel')}</span>
        <input type="number" min={1} max={99.99} step="any" value={draft.targetServiceLevelPercent}
               onChange={(e) => change('targetServiceLevelPercent', e.target.value)} />
      </label>
      <label className="wf-field"><span>{t('staffing.answerWithinSeconds')}</span>
        <input type="number" min={0} value={draft.answerWithinSeconds} onChange={(e) => change('answerWithinSeconds', e.target.value)} />
      </label>
      <label className="wf-field"><span>{t('forecast.concurrency')}</span>
        <input type="number" min={1} max={10} step="any" value={draft.concurrency} onChange={(e) => change('concurrency', e.target.value)} />
      </label>
    </>
  );
}
