import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { deadlineView, durationUnit, type SlaDeadline } from './sla';

/**
 * A conversation's next SLA deadline with a live countdown: neutral while on track, amber once due soon (the
 * workspace's warning share), red once overdue. The status is also written out and marked by a symbol, not told by
 * colour alone; the target's name (first response, resolution…) is in the accessible label and the tooltip, which
 * keeps the badge short enough for a list row and the conversation header beside the customer's name.
 */
export function SlaBadge({ deadline }: { deadline: SlaDeadline }) {
  const { t } = useTranslation('conversation');
  const now = useNow(1000);
  const view = deadlineView(deadline, now);
  const { value, unit } = durationUnit(view.remainingSeconds);
  const time = formatNumber(value, { style: 'unit', unit, unitDisplay: 'short' });
  const countdown = view.remainingSeconds < 0 ? t('sla.overdueBy', { time }) : t('sla.dueIn', { time });
  const metric = t(`sla.metric.${deadline.target}`, { defaultValue: deadline.target });
  const status = t(`sla.status.${view.status}`);
  const label = t('sla.badge', { metric, status, countdown });
  const shown = view.status === 'onTrack' ? countdown : `${status} · ${time}`;
  return (
    <span className={`sla-badge ${view.status}`} data-testid="sla-badge" data-status={view.status} role="img"
          aria-label={label} title={`${label} (${formatDateTime(deadline.dueAt)})`}>
      <span aria-hidden="true" className="sla-badge-icon">{view.status === 'overdue' ? '!' : view.status === 'dueSoon' ? '▲' : '◷'}</span>
      <span aria-hidden="true">{shown}</span>
    </span>
  );
}
