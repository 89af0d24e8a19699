import { useTranslation } from 'react-i18next';
import { addDays, agentRows, clock, type ScheduledShift } from './api';

/** Agents down, days across; each shift with its hours and its breaks, lunch and meetings; each day editable when {@code onEdit} is given. */
export function ScheduleGrid({ firstDay, days, shifts, onEdit }: {
  firstDay: string; days: number; shifts: ScheduledShift[]; onEdit?: (userId: string, agentName: string, day: string) => void;
}) {
  const { t, i18n } = useTranslation('schedule');
  const dates = Array.from({ length: days }, (_, i) => addDays(firstDay, i));
  const dayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const rows = agentRows(shifts);
  if (rows.length === 0) return <p className="muted">{t('grid.empty')}</p>;
  return (
    <div className="schedule-grid-scroll">
      <table className="schedule-grid" aria-label={t('grid.label')}>
        <thead>
          <tr>
            <th scope="col">{t('grid.agent')}</th>
            {dates.map((date) => <th scope="col" key={date}>{dayName.format(new Date(`${date}T00:00:00Z`))}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row">{row.agentName}</th>
              {dates.map((date) => {
                const shift = row.shifts[date];
                return (
                  <td key={date} className={shift ? 'on-shift' : 'day-off'}>
                    {shift ? <ShiftCell shift={shift} /> : <span className="muted">{t('grid.off')}</span>}
                    {onEdit && (
                      <button type="button" className="link edit-shift" onClick={() => onEdit(row.userId, row.agentName, date)}
                        aria-label={t('edit.open', { agent: row.agentName, day: date })}>{t('edit.button')}</button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ShiftCell({ shift }: { shift: ScheduledShift }) {
  const { t } = useTranslation('schedule');
  return (
    <div className="shift-cell" data-testid="shift">
      <strong>{clock(shift.start)}–{clock(shift.end)}</strong>
      {shift.edited && <span className="muted"> · {t('grid.edited')}</span>}
      <ul className="activities">
        {shift.activities.map((activity) => (
          <li key={`${activity.kind}-${activity.start}`} className={`activity ${activity.kind.toLowerCase()}`}>
            {t(`activity.${activity.kind}`)} {clock(activity.start)}{activity.title ? ` · ${activity.title}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
