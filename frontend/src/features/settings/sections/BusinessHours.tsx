import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useLiveEvents } from '../../../lib/live';
import { ErrorMessage, Loading } from '../../../ui/states';
import { settingsApi } from '../api';
import {
  type BusinessCalendar, businessHoursApi, DAYS, type Day, type HolidayDraft, type ImportResult, nextRange,
  validateWeek, type Week,
} from '../businessHours';
import { Field, FormError, timeZones, useSettingsText } from '../components';
import { serverFieldErrors } from '../forms';
import './businessHours.css';

/**
 * Business hours of the workspace or one team: time zone, a week of opening ranges (24/7 as a switch),
 * holidays added by hand or imported from an .ics file after a preview.
 */
export function BusinessHoursSection() {
  const { t } = useSettingsText();
  const { t: b } = useTranslation('businessHours');
  const [teamId, setTeamId] = useState<string | null>(null);
  const teams = useQuery({ queryKey: ['teams'], queryFn: settingsApi.teams });
  const calendar = useQuery({ queryKey: ['business-hours', teamId], queryFn: () => businessHoursApi.calendar(teamId) });
  const queryClient = useQueryClient();
  // Another admin's change, on any node: refresh the status and holidays (a form being edited keeps its input).
  useLiveEvents((event) => {
    if (event.type === 'business_hours.changed') void queryClient.invalidateQueries({ queryKey: ['business-hours'] });
  });
  return (
    <section>
      <div className="page-header"><h2>{t('section.business-hours')}</h2></div>
      <div className="inline-create">
        <Field label={b('scope')}>
          {(p) => (
            <select {...p} value={teamId ?? ''} onChange={(e) => setTeamId(e.target.value || null)}>
              <option value="">{b('workspace')}</option>
              {(teams.data ?? []).map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
            </select>
          )}
        </Field>
      </div>
      {calendar.isPending ? <Loading /> : calendar.isError
        ? <ErrorMessage error={calendar.error} onRetry={() => calendar.refetch()} />
        : <CalendarEditor key={`${teamId}-${calendar.data.source}`} teamId={teamId} calendar={calendar.data} />}
    </section>
  );
}

function CalendarEditor({ teamId, calendar }: { teamId: string | null; calendar: BusinessCalendar }) {
  const { t: b } = useTranslation('businessHours');
  const inherited = teamId !== null && calendar.source !== 'TEAM';
  return (
    <>
      <p role="status" className="hint" data-testid="business-hours-status">
        {calendar.openNow ? b('openNow')
          : calendar.nextOpening ? b('closedUntil', {
            time: formatDateTime(calendar.nextOpening), zone: calendar.timezone,
            local: new Intl.DateTimeFormat(currentLocale(), { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: calendar.timezone })
              .format(new Date(calendar.nextOpening)),
          })
            : b('neverOpen')}
        {' · '}
        {b(inherited ? 'source.inherited' : `source.${calendar.source}`)}
      </p>
      <HoursForm teamId={teamId} calendar={calendar} />
      {inherited ? <p className="hint">{b('teamHolidaysHint')}</p> : (
        <>
          <Holidays teamId={teamId} calendar={calendar} />
          <HolidayImport teamId={teamId} />
        </>
      )}
    </>
  );
}

function HoursForm({ teamId, calendar }: { teamId: string | null; calendar: BusinessCalendar }) {
  const { t, fieldError } = useSettingsText();
  const { t: b } = useTranslation('businessHours');
  const queryClient = useQueryClient();
  const [timezone, setTimezone] = useState(calendar.timezone);
  const [alwaysOpen, setAlwaysOpen] = useState(calendar.alwaysOpen);
  const [week, setWeek] = useState<Week>(calendar.week);
  const [dayErrors, setDayErrors] = useState<Partial<Record<Day, string>>>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['business-hours'] });
  const save = useMutation({
    mutationFn: () => businessHoursApi.save(teamId, { timezone, week, alwaysOpen }),
    onSuccess: (saved) => { queryClient.setQueryData(['business-hours', teamId], saved); void refresh(); },
  });
  const reset = useMutation({ mutationFn: () => businessHoursApi.useWorkspaceHours(teamId!), onSuccess: () => refresh() });
  const change = (day: Day, index: number, key: 'from' | 'to', value: string) =>
    setWeek({ ...week, [day]: week[day].map((r, i) => (i === index ? { ...r, [key]: value } : r)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = alwaysOpen ? {} : validateWeek(week);
    setDayErrors(errors);
    if (!Object.keys(errors).length) save.mutate();
  };
  const zones = timeZones();
  const serverErrors = serverFieldErrors(save.error);
  return (
    <form className="section" onSubmit={submit} noValidate aria-label={b('hours')}>
      <div className="form-grid">
        <Field label={b('timezone')} error={fieldError(serverErrors.timezone)}>
          {(p) => (
            <select {...p} value={timezone} onChange={(e) => setTimezone(e.target.value)}>
              {(zones.includes(timezone) ? zones : [timezone, ...zones]).map((z) => <option key={z} value={z}>{z}</option>)}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={alwaysOpen} onChange={(e) => setAlwaysOpen(e.target.checked)} />
          {b('alwaysOpen')}
        </label>
      </div>
      {!alwaysOpen && (
        <table className="data-table business-week" data-testid="business-week">
          <thead>
            <tr>
              <th scope="col">{b('day')}</th>
              <th scope="col">{b('ranges')}</th>
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day) => (
              <tr key={day}>
                <th scope="row">{b(`days.${day}`)}</th>
                <td className="wrap">
                  {week[day].length === 0 && <span className="hint">{b('closed')} </span>}
                  {week[day].map((range, index) => (
                    <span className="business-range" key={index}>
                      <input aria-label={b('from', { day: b(`days.${day}`), n: index + 1 })}
                             value={range.from} size={5} maxLength={5} placeholder="09:00"
                             onChange={(e) => change(day, index, 'from', e.target.value)} />
                      –
                      <input aria-label={b('to', { day: b(`days.${day}`), n: index + 1 })}
                             value={range.to} size={5} maxLength={5} placeholder="18:00"
                             onChange={(e) => change(day, index, 'to', e.target.value)} />
                      <button type="button" className="secondary small"
                              aria-label={b('removeRange', { day: b(`days.${day}`), n: index + 1 })}
                              onClick={() => setWeek({ ...week, [day]: week[day].filter((_, i) => i !== index) })}>×</button>
                    </span>
                  ))}
                  <button type="button" className="secondary small"
                          aria-label={b('addRangeTo', { day: b(`days.${day}`) })}
                          onClick={() => setWeek({ ...week, [day]: [...week[day], nextRange(week[day])] })}>
                    {b('addRange')}
                  </button>
                  {dayErrors[day] && <span className="field-error" role="alert">{b(dayErrors[day])}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">{b('hint')}</p>
      {serverErrors.week && <p role="alert" className="form-error">{serverErrors.week}</p>}
      <FormError error={save.error && !serverErrors.week ? save.error : null} />
      {save.isSuccess && <p role="status" className="form-success">{t('saved')}</p>}
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>{t('save', { ns: 'common' })}</button>
        {teamId && calendar.source === 'TEAM' && (
          <button type="button" className="secondary" disabled={reset.isPending} onClick={() => reset.mutate()}>
            {b('useWorkspace')}
          </button>
        )}
      </div>
    </form>
  );
}

function Holidays({ teamId, calendar }: { teamId: string | null; calendar: BusinessCalendar }) {
  const { t, fieldError } = useSettingsText();
  const { t: b } = useTranslation('businessHours');
  const queryClient = useQueryClient();
  const empty: HolidayDraft = { name: '', firstDay: '', lastDay: '', yearly: false };
  const [draft, setDraft] = useState<HolidayDraft>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['business-hours'] });
  const add = useMutation({
    mutationFn: () => businessHoursApi.addHoliday(teamId, { ...draft, name: draft.name.trim(), lastDay: draft.lastDay || draft.firstDay }),
    onSuccess: () => { setDraft(empty); void refresh(); },
  });
  const remove = useMutation({ mutationFn: (id: string) => businessHoursApi.deleteHoliday(teamId, id), onSuccess: () => refresh() });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!draft.name.trim()) next.name = 'validation.required';
    if (!draft.firstDay) next.firstDay = 'validation.required';
    if (draft.lastDay && draft.firstDay && draft.lastDay < draft.firstDay) next.lastDay = b('validation.holidayOrder');
    setErrors(next);
    if (!Object.keys(next).length) add.mutate();
  };
  const server = serverFieldErrors(add.error);
  return (
    <section className="section" aria-labelledby="holidays-heading">
      <h3 id="holidays-heading">{b('holidays')}</h3>
      <form className="inline-create" onSubmit={submit} noValidate>
        <Field label={b('holidayName')} error={fieldError(errors.name ?? server.name)}>
          {(p) => <input {...p} value={draft.name} maxLength={200} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
        </Field>
        <Field label={b('firstDay')} error={fieldError(errors.firstDay ?? server.firstDay)}>
          {(p) => <input {...p} type="date" value={draft.firstDay} onChange={(e) => setDraft({ ...draft, firstDay: e.target.value })} />}
        </Field>
        <Field label={b('lastDay')} error={fieldError(errors.lastDay ?? server.lastDay)}>
          {(p) => <input {...p} type="date" value={draft.lastDay} onChange={(e) => setDraft({ ...draft, lastDay: e.target.value })} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={draft.yearly} onChange={(e) => setDraft({ ...draft, yearly: e.target.checked })} />
          {b('yearly')}
        </label>
        <button type="submit" disabled={add.isPending}>{b('addHoliday')}</button>
      </form>
      <FormError error={add.error && !Object.keys(server).length ? add.error : remove.error} />
      {calendar.holidays.length === 0 ? <p className="hint">{b('noHolidays')}</p> : (
        <table className="data-table" data-testid="holidays-table">
          <thead>
            <tr>
              <th scope="col">{b('holidayName')}</th>
              <th scope="col">{b('dates')}</th>
              <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {calendar.holidays.map((holiday) => (
              <tr key={holiday.id}>
                <td className="wrap">{holiday.name}</td>
                <td>
                  {holiday.firstDay === holiday.lastDay ? holiday.firstDay : `${holiday.firstDay} – ${holiday.lastDay}`}
                  {holiday.yearly && <span className="hint"> · {b('everyYear')}</span>}
                </td>
                <td className="actions">
                  <button type="button" className="secondary small" disabled={remove.isPending}
                          aria-label={b('deleteHoliday', { name: holiday.name })}
                          onClick={() => remove.mutate(holiday.id)}>{t('delete', { ns: 'common' })}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function HolidayImport({ teamId }: { teamId: string | null }) {
  const { t } = useSettingsText();
  const { t: b } = useTranslation('businessHours');
  const queryClient = useQueryClient();
  const [ics, setIcs] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const preview = useMutation({ mutationFn: (text: string) => businessHoursApi.importHolidays(teamId, text, true) });
  const commit = useMutation({
    mutationFn: () => businessHoursApi.importHolidays(teamId, ics!, false),
    onSuccess: (result) => {
      setDone(result.imported);
      setIcs(null);
      preview.reset();
      void queryClient.invalidateQueries({ queryKey: ['business-hours'] });
    },
  });
  const choose = async (file: File | undefined) => {
    setDone(null);
    if (!file) return;
    const text = await file.text();
    setIcs(text);
    preview.mutate(text);
  };
  const result: ImportResult | undefined = preview.data;
  const fresh = result?.holidays.filter((line) => !line.duplicate).length ?? 0;
  return (
    <section className="section" aria-labelledby="import-heading">
      <h3 id="import-heading">{b('import')}</h3>
      <Field label={b('importFile')} hint={b('importHint')}>
        {(p) => <input {...p} type="file" accept=".ics,text/calendar" onChange={(e) => void choose(e.target.files?.[0])} />}
      </Field>
      <FormError error={preview.error ?? commit.error} />
      {done !== null && <p role="status" className="form-success">{b('imported', { count: done })}</p>}
      {result && (
        <div data-testid="import-preview">
          <table className="data-table">
            <caption>{b('previewCaption', { count: fresh })}</caption>
            <thead>
              <tr>
                <th scope="col">{b('holidayName')}</th>
                <th scope="col">{b('dates')}</th>
                <th scope="col">{b('previewState')}</th>
              </tr>
            </thead>
            <tbody>
              {result.holidays.map((line, index) => (
                <tr key={index}>
                  <td className="wrap">{line.holiday.name}</td>
                  <td>
                    {line.holiday.firstDay === line.holiday.lastDay ? line.holiday.firstDay
                      : `${line.holiday.firstDay} – ${line.holiday.lastDay}`}
                    {line.holiday.yearly && <span className="hint"> · {b('everyYear')}</span>}
                  </td>
                  <td>{line.duplicate ? b('duplicate') : b('new')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.skipped.length > 0 && (
            <>
              <h4>{b('skipped', { count: result.skipped.length })}</h4>
              <ul className="skipped-events">
                {result.skipped.map((s, index) => <li key={index}><strong>{s.summary || '—'}</strong>: {b(`skip.${s.reason}`)}</li>)}
              </ul>
            </>
          )}
          <div className="form-actions">
            <button type="button" disabled={fresh === 0 || commit.isPending} onClick={() => commit.mutate()}>
              {b('importConfirm', { count: fresh })}
            </button>
            <button type="button" className="secondary" onClick={() => { setIcs(null); preview.reset(); }}>
              {t('cancel', { ns: 'common' })}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
