import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, nextMonday, schedulesApi } from './api';
import { useSession } from '../../auth/session';
import { ShiftCell } from './ScheduleGrid';
import { SwapPanel } from './SwapPanel';
import { TimeOffPanel } from './TimeOffPanel';
import { MyWorkRulesPanel } from '../workrules/MyWorkRulesPanel';
import '../workforce.css';
import './schedule.css';

const DAYS = 14;

/** Everyone: their own shifts of published schedules for two weeks, shift swaps with colleagues, and their time off requests, and their own work rules. */
export function MySchedulePage() {
  const { t, i18n } = useTranslation('schedule');
  const [from, setFrom] = useState(() => addDays(nextMonday(new Date().toISOString().slice(0, 10)), -7));
  const { me } = useSession();
  const shifts = useQuery({ queryKey: ['my-schedule', from], queryFn: () => schedulesApi.mine(from, DAYS) });
  const team = useQuery({ queryKey: ['team-schedule', from], queryFn: () => schedulesApi.team(from, DAYS) });
  const names = useMemo(() => new Map((team.data ?? []).map((shift) => [shift.userId, shift.agentName])), [team.data]);
  const dayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <div className="workforce-page schedule-page">
      <h1>{t('mine.title')}</h1>
      <div className="my-schedule-nav">
        <button type="button" className="secondary" onClick={() => setFrom(addDays(from, -7))}>{t('mine.earlier')}</button>
        <span>{t('mine.range', { from, to: addDays(from, DAYS - 1) })}</span>
        <button type="button" className="secondary" onClick={() => setFrom(addDays(from, 7))}>{t('mine.later')}</button>
      </div>
      {shifts.data && shifts.data.length === 0 && <p className="muted">{t('mine.none')}</p>}
      {shifts.data && shifts.data.length > 0 && (
        <ul className="my-shifts" aria-label={t('mine.title')}>
          {shifts.data.map((shift) => (
            <li key={shift.day}>
              <h3>{dayName.format(new Date(`${shift.day}T00:00:00Z`))}</h3>
              <ShiftCell shift={shift} />
            </li>
          ))}
        </ul>
      )}
      <SwapPanel me={me.userId} supervisor={false} team={team.data ?? []} names={names} />
      <TimeOffPanel supervisor={false} />
      <MyWorkRulesPanel />
    </div>
  );
}
