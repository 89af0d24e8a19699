import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { formatTimeInState } from '../presence/presence';
import { StatusDot } from '../presence/StatusDot';
import { useLiveEvents } from '../../lib/live';
import { useNow } from '../../lib/useNow';
import { QueryView } from '../../ui/states';
import { type ServiceLevelRow, today } from '../servicelevel/api';
import {
  type AgentState, agentStates, CHANNEL_KINDS, formatWait, overCapacity, queuedConversations, queueStates, SUPERVISOR_EVENTS,
} from './api';
import { MoveDialog } from './MoveDialog';
import './routing.css';

/** How often the screen reloads besides the live events (the stream is best effort). */
const POLL_MS = 5000;

/**
 * Supervisors: queues, waiting conversations and agents, live (the event stream refreshes it at once, polling
 * catches anything it missed), and moving a waiting or handled conversation to another agent or queue.
 */
export function SupervisorPage() {
  const { t } = useTranslation('routing');
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [moving, setMoving] = useState<string | null>(null);
  const live = { refetchInterval: POLL_MS };
  const queues = useQuery({ queryKey: ['routing', 'state'], queryFn: queueStates, ...live });
  const agents = useQuery({ queryKey: ['routing', 'agents'], queryFn: agentStates, ...live });
  const queued = useQuery({ queryKey: ['routing', 'queued'], queryFn: queuedConversations, ...live });
  const serviceLevel = useQuery({ queryKey: ['routing', 'serviceLevelToday'], queryFn: today, ...live });
  const refresh = () => {
    for (const key of ['state', 'agents', 'queued', 'serviceLevelToday']) void queryClient.invalidateQueries({ queryKey: ['routing', key] });
  };
  useLiveEvents((event) => {
    if (SUPERVISOR_EVENTS.includes(event.type)) refresh();
  });
  const now = useNow(1000);
  if (!includes(me.role, 'SUPERVISOR')) return <p>{t('page.forbidden')}</p>;
  const agentName = (id: string | null) => agents.data?.find((a) => a.userId === id)?.displayName ?? t('live.someone');
  const queueName = (id: string) => queues.data?.find((q) => q.queueId === id)?.name ?? '';
  const contact = (name: string | null) => name ?? t('live.unknownContact');
  const reassignButton = (conversationId: string, name: string | null) => (
    <button type="button" className="secondary small-button" aria-label={t('live.reassignOf', { name: contact(name) })}
            onClick={() => setMoving(conversationId)}>{t('live.reassign')}</button>
  );
  return (
    <div className="routing-page supervisor-page">
      <h1>{t('live.title')}</h1>

      <section aria-labelledby="live-queues">
        <h2 id="live-queues">{t('state.title')}</h2>
        <QueryView query={queues}>
          {(list) => (
            <table data-testid="queue-state">
              <thead>
                <tr>
                  <th>{t('state.queue')}</th><th>{t('state.waiting')}</th><th>{t('state.longestWait')}</th>
                  <th>{t('state.offers')}</th><th>{t('state.available')}</th><th>{t('state.busy')}</th>
                  <th>{t('state.away')}</th><th>{t('state.expectedWait')}</th><th>{t('state.serviceLevelToday')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((q) => (
                  <tr key={q.queueId}>
                    <td>{q.name}</td><td>{q.waiting}</td><td>{formatWait(q.longestWaitSeconds)}</td>
                    <td>{q.offersInFlight}</td><td>{q.agentsAvailable}</td><td>{q.agentsBusy}</td><td>{q.agentsAway}</td>
                    <td>{q.expectedWaitSeconds === null ? t('state.noAgents') : formatWait(q.expectedWaitSeconds)}</td>
                    <ServiceLevelCell row={serviceLevel.data?.queues.find((row) => row.group === q.queueId)} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>

      <section aria-labelledby="live-waiting">
        <h2 id="live-waiting">{t('live.waitingTitle')}</h2>
        <QueryView query={queued} empty={<p className="muted">{t('live.nobodyWaiting')}</p>}>
          {(list) => (
            <table data-testid="queued">
              <thead>
                <tr>
                  <th>{t('live.customer')}</th><th>{t('live.channel')}</th><th>{t('state.queue')}</th>
                  <th>{t('rules.priority')}</th><th>{t('live.waited')}</th><th>{t('live.state')}</th><th />
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.conversationId}>
                    <td><Link to={`/inbox/all/${c.conversationId}`}>{contact(c.contactName)}</Link></td>
                    <td>{t(`channel.${c.channel}`, { defaultValue: c.channel })}</td>
                    <td>{queueName(c.queueId)}</td>
                    <td>{t(`priority.${c.priority}`, { ns: 'conversation' })}</td>
                    <td>{formatWait(Math.max(0, Math.floor((now - new Date(c.enqueuedAt).getTime()) / 1000)))}</td>
                    <td>{c.state === 'OFFERED' ? t('live.offeredTo', { name: agentName(c.offeredTo) }) : t('live.waitingState')}</td>
                    <td>{reassignButton(c.conversationId, c.contactName)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>

      <section aria-labelledby="live-agents">
        <h2 id="live-agents">{t('live.agentsTitle')}</h2>
        <QueryView query={agents}>
          {(list) => (
            <table data-testid="agent-state">
              <thead>
                <tr>
                  <th>{t('profiles.agent')}</th><th>{t('live.presence')}</th>
                  {CHANNEL_KINDS.map((kind) => <th key={kind}>{t(`profiles.${kind}`)}</th>)}
                  <th>{t('profiles.total')}</th><th>{t('live.pendingOffers')}</th><th>{t('live.conversations')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((a) => <AgentRow key={a.userId} agent={a} now={now} reassignButton={reassignButton} />)}
              </tbody>
            </table>
          )}
        </QueryView>
      </section>

      {moving && (
        <MoveDialog mode="reassign" conversationId={moving} onClose={() => setMoving(null)}
                    onMoved={refresh}
                    queues={(queues.data ?? []).map((q) => ({ id: q.queueId, name: q.name }))}
                    agents={(agents.data ?? []).map((a) => ({
                      id: a.userId,
                      label: t('live.agentOption', {
                        name: a.displayName, status: t(`status.${a.status}`, { ns: 'presence' }), load: a.load.total, capacity: a.capacity.total,
                      }),
                    }))} />
      )}
    </div>
  );
}

/** Today's service level of one queue, with the counts behind it; "—" while nothing counts (or not loaded). */
function ServiceLevelCell({ row }: { row: ServiceLevelRow | undefined }) {
  const { t } = useTranslation('routing');
  if (!row || row.serviceLevelPercent === null) return <td>—</td>;
  return (
    <td>
      {t('state.percent', { value: row.serviceLevelPercent })}
      <span className="muted"> · {t('state.serviceLevelCounts', { offered: row.offered, answered: row.answered, abandoned: row.abandoned })}</span>
    </td>
  );
}

function AgentRow({ agent, now, reassignButton }: {
  agent: AgentState; now: number; reassignButton: (conversationId: string, name: string | null) => ReactNode;
}) {
  const { t } = useTranslation('routing');
  const cell = (kind: (typeof CHANNEL_KINDS)[number] | 'total') => (
    <td key={kind} className={overCapacity(agent.load, agent.capacity, kind) ? 'over-capacity' : undefined}>
      {t('live.loadOf', { load: agent.load[kind], capacity: agent.capacity[kind] })}
    </td>
  );
  return (
    <tr>
      <td>{agent.displayName} <span className="muted">· {t(`role.${agent.role}`, { ns: 'common' })}</span></td>
      <td>
        <StatusDot status={agent.status} /> {t(`status.${agent.status}`, { ns: 'presence' })}
        {agent.since && <span className="muted"> · {formatTimeInState(agent.since, now)}</span>}
        {agent.reason && <span className="muted"> · {agent.reason}</span>}
      </td>
      {CHANNEL_KINDS.map(cell)}
      {cell('total')}
      <td>{agent.pendingOffers}</td>
      <td>
        <ul className="held-list">
          {agent.conversations.map((c) => (
            <li key={c.conversationId}>
              <Link to={`/inbox/all/${c.conversationId}`}>{c.contactName ?? t('live.unknownContact')}</Link>
              <span className="muted"> · {t(`channel.${c.channel}`, { defaultValue: c.channel })} · {formatTimeInState(c.since, now)}</span>
              {reassignButton(c.conversationId, c.contactName)}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
