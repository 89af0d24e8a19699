import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ProblemError } from '../../lib/http';
import { QueryView } from '../../ui/states';
import {
  adjustedDays, deleteForecastAdjustment, simulate, simulationScenario, fetchForecast, forecastAdjustments, type ForecastForm, type ForecastReport, saveForecastAdjustment,
} from './api';
import { ForecastChart } from './ForecastChart';
import { ForecastBasisFields, type QueueOption, QueuePage } from './QueuePage';
import './workforce.css';

/** Supervisors and admins: a queue's forecast from its own history, the backtest, and the agents each interval needs. */
export function ForecastPage() {
  return <QueuePage page="forecast">{(loaded) => <Forecast queueOptions={loaded} />}</QueuePage>;
}

function Forecast({ queueOptions }: { queueOptions: QueueOption[] }) {
  const { t } = useTranslation('workforce');
  const [draft, setDraft] = useState<ForecastForm>({
    queueId: queueOptions[0]?.id ?? '', intervalMinutes: '30', historyWeeks: '8', averageHandleSeconds: '300',
    targetServiceLevelPercent: '80', answerWithinSeconds: '20', channel: '', concurrency: '', maxOccupancyPercent: '',
  });
  const [form, setForm] = useState<ForecastForm | null>(null);
  const forecast = useQuery({ queryKey: ['workforce', 'forecast', form], queryFn: () => fetchForecast(form!), enabled: form !== null, retry: false });
  const change = (key: keyof ForecastForm, value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setForm(draft);
  };
  return (
    <>
      <form className="wf-form wf-inline" onSubmit={submit} aria-label={t('forecast.form')}>
        <ForecastBasisFields draft={draft} change={change} queueOptions={queueOptions} interval={(
          <label className="wf-field"><span>{t('staffing.interval')}</span>
            <select value={draft.intervalMinutes} onChange={(e) => change('intervalMinutes', e.target.value)}>
              {['15', '30'].map((minutes) => <option key={minutes} value={minutes}>{t('staffing.minutes', { count: Number(minutes) })}</option>)}
            </select>
          </label>
        )} />
        <label className="wf-field"><span>{t('staffing.maxOccupancy')}</span>
          <input type="number" min={1} max={100} step="any" value={draft.maxOccupancyPercent} onChange={(e) => change('maxOccupancyPercent', e.target.value)} />
        </label>
        <div className="wf-actions"><button type="submit">{t('forecast.show')}</button></div>
      </form>
      {draft.queueId && <SpecialDays queueId={draft.queueId} />}
      {form && <QueryView query={forecast}>{(report) => <ForecastResult report={report} answerWithinSeconds={Number(form.answerWithinSeconds)} />}</QueryView>}
    </>
  );
}

function ForecastResult({ report, answerWithinSeconds }: { report: ForecastReport; answerWithinSeconds: number }) {
  const { t } = useTranslation('workforce');
  const percent = (value: number | null) =>
    value === null ? '–' : formatNumber(value, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const staffed = report.coming.some((point) => point.agents !== null);
  return (
    <section aria-labelledby="wf-forecast" className="wf-forecast">
      <h2 id="wf-forecast">{t('forecast.result')}</h2>
      <p data-testid="forecast-method">{t('forecast.picked', { method: t(`method.${report.method}`) })}</p>
      <p data-testid="forecast-model">
        {t(`forecast.handleTime.${report.handleTimeSource}`, { count: report.timedContacts,
          seconds: formatNumber(report.averageHandleSeconds ?? 0, { maximumFractionDigits: 0 }) })}{' '}
        {t(`forecast.patience.${report.patienceSource}`, { seconds: formatNumber(report.patienceSeconds ?? 0, { maximumFractionDigits: 0 }) })}
      </p>
      <table className="wf-backtest" data-testid="forecast-backtest">
        <caption>{t('forecast.backtest')}</caption>
        <thead><tr><th scope="col">{t('forecast.method')}</th><th scope="col">WAPE</th><th scope="col">MAPE</th></tr></thead>
        <tbody>
          {report.backtest.map((score) => (
            <tr key={score.method}><td>{t(`method.${score.method}`)}</td><td>{percent(score.wape)}</td><td>{percent(score.mape)}</td></tr>
          ))}
        </tbody>
      </table>
      <ForecastChart testId="forecast-last-week" title={t('forecast.lastWeek')} starts={report.lastWeek.map((p) => p.start)}
                     lines={[{ label: t('forecast.actual'), values: report.lastWeek.map((p) => p.actual), className: 'wf-line-actual' },
                       { label: t('forecast.forecast'), values: report.lastWeek.map((p) => p.forecast), className: 'wf-line-forecast' }]} />
      <ForecastChart testId="forecast-coming" title={t('forecast.coming')} starts={report.coming.map((p) => p.start)}
                     lines={[{ label: t('forecast.forecast'), values: report.coming.map((p) => p.forecast), className: 'wf-line-forecast' },
                       ...(staffed ? [{ label: t('forecast.agents'), values: report.coming.map((p) => p.agents), className: 'wf-line-agents' }] : [])]} />
      {staffed && <SimulatorCheck report={report} answerWithinSeconds={answerWithinSeconds} />}
      {holidays(report).length > 0 && (
        <p className="muted" data-testid="forecast-holidays">{t('forecast.holidays', { days: holidays(report).join(', ') })}</p>
      )}
      {adjustedDays(report.coming).length > 0 && (
        <p className="muted" data-testid="forecast-adjusted">
          {t('forecast.adjusted', { days: adjustedDays(report.coming)
            .map((day) => `${formatDateTime(day.start, { weekday: 'short', day: 'numeric', month: 'short' })} ×${formatNumber(day.factor)}`).join(', ') })}
        </p>
      )}
    </section>
  );
}

/** Replays one day of the staffed forecast in the routing simulator: what the plan gives beyond Erlang's assumptions. */
function SimulatorCheck({ report, answerWithinSeconds }: { report: ForecastReport; answerWithinSeconds: number }) {
  const { t } = useTranslation('workforce');
  const perDay = (24 * 60) / report.intervalMinutes;
  const days = Array.from({ length: Math.floor(report.coming.length / perDay) }, (_, day) => report.coming[day * perDay].start);
  const [day, setDay] = useState(0);
  const run = useMutation({ mutationFn: () => simulate(simulationScenario(report, day, Math.max(1, answerWithinSeconds))!) });
  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  const problem = run.error instanceof ProblemError ? run.error : null;
  return (
    <section aria-labelledby="wf-simulator" className="wf-special-days">
      <h3 id="wf-simulator">{t('simulator.title')}</h3>
      <p className="muted">{t('simulator.intro')}</p>
      <div className="wf-inline">
        <label className="wf-field"><span>{t('simulator.day')}</span>
          <select value={day} onChange={(e) => { setDay(Number(e.target.value)); run.reset(); }}>
            {days.map((start, index) => <option key={start} value={index}>{formatDateTime(start, { weekday: 'long', day: 'numeric', month: 'short' })}</option>)}
          </select>
        </label>
        <div className="wf-actions">
          <button type="button" onClick={() => run.mutate()} disabled={run.isPending || simulationScenario(report, day, 20) === null}>
            {run.isPending ? t('simulator.running') : t('simulator.run')}
          </button>
        </div>
      </div>
      {problem && <p role="alert" className="wf-error">{problem.errors[0]?.message ?? problem.detail ?? problem.title}</p>}
      {run.data && (
        <dl className="wf-summary" data-testid="simulator-result">
          <div><dt>{t('result.serviceLevel')}</dt><dd>{percent(run.data.day.serviceLevel)}</dd></div>
          <div><dt>{t('result.averageSpeedOfAnswer')}</dt>
            <dd>{t('result.seconds', { value: formatNumber(run.data.day.averageSpeedOfAnswerSeconds, { maximumFractionDigits: 1 }) })}</dd></div>
          <div><dt>{t('result.abandonment')}</dt><dd>{percent(run.data.day.abandonmentRate)}</dd></div>
          <div><dt>{t('result.occupancy')}</dt><dd>{percent(run.data.day.occupancy)}</dd></div>
          <div><dt>{t('simulator.offered')}</dt><dd>{formatNumber(run.data.day.offered)}</dd></div>
        </dl>
      )}
    </section>
  );
}

/** The business calendar's holidays that closed days of the forecast, once each, with their date. */
function holidays(report: ForecastReport): string[] {
  const named = new Map<string, string>();
  report.coming.forEach((point) => {
    if (point.holiday === null) return;
    const day = formatDateTime(point.start, { weekday: 'short', day: 'numeric', month: 'short' });
    if (!named.has(day)) named.set(day, `${day} ${point.holiday}`);
  });
  return [...named.values()];
}

/** The queue's special days: a factor per local day (0 closes it, 2 doubles it), applied to every forecast. */
function SpecialDays({ queueId }: { queueId: string }) {
  const { t } = useTranslation('workforce');
  const queryClient = useQueryClient();
  const key = ['workforce', 'adjustments', queueId];
  const list = useQuery({ queryKey: key, queryFn: () => forecastAdjustments(queueId) });
  const [day, setDay] = useState('');
  const [factor, setFactor] = useState('1');
  const [note, setNote] = useState('');
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['workforce', 'forecast'] });
  };
  const save = useMutation({ mutationFn: () => saveForecastAdjustment(queueId, day, Number(factor), note), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (removed: string) => deleteForecastAdjustment(queueId, removed), onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const problem = save.error instanceof ProblemError ? save.error : null;
  return (
    <section aria-labelledby="wf-special-days" className="wf-special-days">
      <h2 id="wf-special-days">{t('adjustments.title')}</h2>
      <p className="muted">{t('adjustments.intro')}</p>
      <form className="wf-inline" onSubmit={submit} aria-label={t('adjustments.form')}>
        <label className="wf-field"><span>{t('adjustments.day')}</span>
          <input type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
        </label>
        <label className="wf-field"><span>{t('adjustments.factor')}</span>
          <input type="number" min={0} max={10} step="any" value={factor} required onChange={(e) => setFactor(e.target.value)} />
        </label>
        <label className="wf-field"><span>{t('adjustments.note')}</span>
          <input type="text" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="wf-actions"><button type="submit" disabled={save.isPending}>{t('adjustments.save')}</button></div>
      </form>
      {problem && <p role="alert" className="wf-error">{problem.errors[0]?.message ?? problem.detail ?? problem.title}</p>}
      <QueryView query={list} empty={t('adjustments.none')}>
        {(adjustments) => (
          <table className="wf-backtest" data-testid="forecast-adjustments">
            <caption>{t('adjustments.list')}</caption>
            <thead><tr><th scope="col">{t('adjustments.day')}</th><th scope="col">{t('adjustments.factor')}</th><th scope="col">{t('adjustments.note')}</th><th scope="col">{t('adjustments.remove')}</th></tr></thead>
            <tbody>
              {adjustments.map((adjustment) => (
                <tr key={adjustment.day}>
                  <td>{formatDateTime(`${adjustment.day}T12:00:00`, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}</td>
                  <td>×{formatNumber(adjustment.factor)}</td>
                  <td>{adjustment.note}</td>
                  <td><button type="button" className="secondary" onClick={() => remove.mutate(adjustment.day)}
                              aria-label={t('adjustments.removeDay', { day: adjustment.day })}>{t('adjustments.remove')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </section>
  );
}
