import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { useLiveEvents } from '../../lib/live';
import { useNow } from '../../lib/useNow';
import { SlaBadge } from './SlaBadge';
import { clockView, durationUnit, nextDeadline, slaClocks, type SlaClock } from './sla';

/** Events after which a conversation's clocks may have started, stopped, paused or moved to another policy. */
const refreshesClocks = (type: string) => type.startsWith('sla') || type.startsWith('conversation')
  || type === 'message.received' || type === 'message.sent';

/** The conversation's clocks, refetched when an event may have changed them. */
function useSlaClocks(conversationId: string) {
  const queryClient = useQueryClient();
  const key = ['conversation', conversationId, 'sla'];
  const clocks = useQuery({ queryKey: key, queryFn: () => slaClocks(conversationId) });
  useLiveEvents(({ type, data }) => {
    if (data.conversationId === conversationId && refreshesClocks(type)) void queryClient.invalidateQueries({ queryKey: key });
  });
  return clocks;
}

/** The conversation header's badge: the running target due first, counting down; nothing while none runs. */
export function SlaHeaderBadge({ conversationId }: { conversationId: string }) {
  const clocks = useSlaClocks(conversationId);
  const deadline = nextDeadline(clocks.data ?? []);
  return deadline ? <SlaBadge deadline={deadline} /> : null;
}

/** The conversation's SLA clocks ("Service level"): one row per metric with its status and a live countdown. */
export function SlaClocksSection({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('conversation');
  const headingId = useId();
  const clocks = useSlaClocks(conversationId);
  if (!clocks.data?.length) return null;
  return (
    <section className="panel-section" aria-labelledby={headingId} data-testid="sla-clocks">
      <h3 id={headingId}>{t('sla.title')}</h3>
      <ul className="sla-clocks">
        {clocks.data.map((clock) => <ClockRow key={clock.metric} clock={clock} />)}
      </ul>
    </section>
  );
}

function ClockRow({ clock }: { clock: SlaClock }) {
  const { t } = useTranslation('conversation');
  const now = useNow();
  const view = clockView(clock, now);
  const time = (seconds: number) => {
    const { value, unit } = durationUnit(seconds);
    return formatNumber(value, { style: 'unit', unit, unitDisplay: 'short' });
  };
  const countdown = view.remainingSeconds == null ? null
    : view.status === 'paused' ? t('sla.remaining', { time: time(view.remainingSeconds) })
    : view.remainingSeconds < 0 ? t('sla.overdueBy', { time: time(view.remainingSeconds) })
    : t('sla.dueIn', { time: time(view.remainingSeconds) });
  return (
    <li className="sla-clock" title={clock.policy}>
      <span className="sla-metric">{t(`sla.metric.${clock.metric}`)}</span>
      <span className={`sla-chip ${view.status}`}>{t(`sla.status.${view.status}`)}</span>
      {countdown && <span className="sla-countdown muted">{countdown}</span>}
    </li>
  );
}
