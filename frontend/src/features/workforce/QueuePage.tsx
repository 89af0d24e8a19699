import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { QueryView } from '../../ui/states';
import { queues } from '../routing/api';
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
