import { useTranslation } from 'react-i18next';
import { type AgentPreferences, WEEKDAYS, type Weekday, type WeekForm } from './api';

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
