import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgentAvailability, type AgentPreferences, WEEKDAYS, type Weekday, type WeekForm } from './api';

type Exceptions = AgentAvailability['exceptions'];

/**
 * Dated exceptions to the weekly availability: on a date another window, or not available at all. Listed by date;
 * adding a date that is already listed replaces it.
 */
export function ExceptionFields({ value, onChange }: { value: Exceptions; onChange: (exceptions: Exceptions) => void }) {
  const { t } = useTranslation('workRules');
  const [day, setDay] = useState('');
  const [unavailable, setUnavailable] = useState(true);
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('13:00');
  const add = () => {
    if (!day) return;
    const exception = { day, window: unavailable ? null : { from, to } };
    onChange([...value.filter((other) => other.day !== day), exception].sort((a, b) => a.day.localeCompare(b.day)));
    setDay('');
  };
  return (
    <fieldset className="exception-fields">
      <legend>{t('exceptions.title')}</legend>
      {value.length === 0 ? <p className="muted">{t('exceptions.none')}</p> : (
        <ul className="exception-list" aria-label={t('exceptions.title')}>
          {value.map((exception) => (
            <li key={exception.day}>
              <span>{exception.day}: {exception.window
                ? `${exception.window.from.slice(0, 5)}–${exception.window.to.slice(0, 5)}` : t('exceptions.unavailable')}</span>
              <button type="button" className="secondary" aria-label={t('exceptions.remove', { day: exception.day })}
                onClick={() => onChange(value.filter((other) => other.day !== exception.day))}>{t('exceptions.removeShort')}</button>
            </li>
          ))}
        </ul>
      )}
      <div className="exception-add">
        <label className="wf-field"><span>{t('exceptions.day')}</span>
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} /></label>
        <label className="wf-check"><input type="checkbox" checked={unavailable} onChange={(e) => setUnavailable(e.target.checked)} />
          {t('exceptions.unavailable')}</label>
        {!unavailable && (
          <>
            <label className="wf-field"><span>{t('exceptions.from')}</span>
              <input type="time" value={from} onChange={(e) => setFrom(e.target.value)} /></label>
            <label className="wf-field"><span>{t('exceptions.to')}</span>
              <input type="time" value={to} onChange={(e) => setTo(e.target.value)} /></label>
          </>
        )}
        <button type="button" className="secondary" onClick={add} disabled={!day}>{t('exceptions.add')}</button>
      </div>
    </fieldset>
  );
}

/** A week of availability: any time, or a window on each weekday that is ticked. */
export function WeekFields({ value, onChange, idPrefix }: { value: WeekForm; onChange: (form: WeekForm) => void; idPrefix: string }) {
  const { t } = useTranslation('workRules');
  const setDay = (day: Weekday, change: Partial<WeekForm['days'][Weekday]>) =>
    onChange({ ...value, days: { ...value.days, [day]: { ...value.days[day], ...change } } });
  return (
    <fieldset className="week-fields">
      <legend>{t('availability.title')}</legend>
      <label className="wf-check"><input type="checkbox" checked={value.anyTime} onChange={(e) => onChange({ ...value, anyTime: e.target.checked })} />
        {t('availability.anyTime')}</label>
      {!value.anyTime && (
        <table className="week-table">
          <tbody>
            {WEEKDAYS.map((day) => (
              <tr key={day}>
                <th scope="row">
                  <label className="wf-check"><input type="checkbox" id={`${idPrefix}-${day}`} checked={value.days[day].on}
                    onChange={(e) => setDay(day, { on: e.target.checked })} />{t(`day.${day}`)}</label>
                </th>
                <td><input type="time" aria-label={t('availability.from', { day: t(`day.${day}`) })} value={value.days[day].from}
                  disabled={!value.days[day].on} onChange={(e) => setDay(day, { from: e.target.value })} /></td>
                <td><input type="time" aria-label={t('availability.to', { day: t(`day.${day}`) })} value={value.days[day].to}
                  disabled={!value.days[day].on} onChange={(e) => setDay(day, { to: e.target.value })} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}

type DayChoice = 'neutral' | 'desired' | 'undesired';

/** Preferences: each weekday wanted, rather not, or either; and a preferred start time. */
export function PreferenceFields({ value, onChange }: { value: AgentPreferences; onChange: (preferences: AgentPreferences) => void }) {
  const { t } = useTranslation('workRules');
  const choice = (day: Weekday): DayChoice =>
    value.desiredDays?.includes(day) ? 'desired' : value.undesiredDays?.includes(day) ? 'undesired' : 'neutral';
  const choose = (day: Weekday, next: DayChoice) => {
    const desired = (value.desiredDays ?? []).filter((d) => d !== day);
    const undesired = (value.undesiredDays ?? []).filter((d) => d !== day);
    if (next === 'desired') desired.push(day);
    if (next === 'undesired') undesired.push(day);
    onChange({ ...value, desiredDays: desired, undesiredDays: undesired });
  };
  return (
    <fieldset className="preference-fields">
      <legend>{t('preferences.title')}</legend>
      {WEEKDAYS.map((day) => (
        <label key={day} className="wf-field"><span>{t(`day.${day}`)}</span>
          <select value={choice(day)} onChange={(e) => choose(day, e.target.value as DayChoice)}>
            <option value="neutral">{t('preferences.neutral')}</option>
            <option value="desired">{t('preferences.desired')}</option>
            <option value="undesired">{t('preferences.undesired')}</option>
          </select>
        </label>
      ))}
      <label className="wf-field"><span>{t('preferences.preferredStart')}</span>
        <input type="time" value={value.preferredStart?.slice(0, 5) ?? ''}
          onChange={(e) => onChange({ ...value, preferredStart: e.target.value || null })} /></label>
    </fieldset>
  );
}
