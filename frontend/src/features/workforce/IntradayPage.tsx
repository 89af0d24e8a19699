import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatTime } from '../../lib/format';
import { QueryView } from '../../ui/states';
import { fetchIntraday, type ForecastForm, type IntradayProjection, type IntradayView } from './api';
import { ForecastChart } from './ForecastChart';
import { ForecastBasisFields, type QueueOption, QueuePage } from './QueuePage';
import './workforce.css';

/** Re-read every minute: actuals and who is on line change through the day. */
const REFRESH_MS = 60_000;

/** Supervisors and admins: today against its forecast, the rest of the day re-forecast, and what to do when volume runs high. */
export function IntradayPage() {
  return <QueuePage page="intraday">{(loaded) => <Intraday queueOptions={loaded} />}</QueuePage>;
}

function Intraday({ queueOptions }: { queueOptions: QueueOption[] }) {
  const { t } = useTranslation('workforce');
  const [draft, setDraft] = useState<ForecastForm>({
    queueId: queueOptions[0]?.id ?? '', intervalMinutes: '30', historyWeeks: '8', averageHandleSeconds: '',
    targetServiceLevelPercent: '80', answerWithinSeconds: '20', channel: '', concurrency: '',
  });
  const [form, setForm] = useState<ForecastForm | null>(null);
  const today = useQuery({ queryKey: ['workforce', 'intraday', form], queryFn: () => fetchIntraday(form!), enabled: form !== null,
    retry: false, refetchInterval: REFRESH_MS });
  const change = (key: keyof ForecastForm, value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setForm(draft);
  };
  return (
    <>
      <form className="wf-form wf-inline" onSubmit={submit} aria-label={t('intraday.form')}>
        <ForecastBasisFields draft={draft} change={change} queueOptions={queueOptions} />
        <div className="wf-actions"><button type="submit">{t('intraday.show')}</button></div>
      </form>
      {form && <QueryView query={today}>{(view) => <IntradayResult view={view} />}</QueryView>}
    </>
  );
}

function IntradayResult({ view }: { view: IntradayView }) {
  const { t } = useTranslation('workforce');
  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  const seconds = (value: number | null) => (value === null ? t('result.unbounded') : t('result.seconds', { value: formatNumber(value, { maximumFractionDigits: 1 }) }));
  const projection = (p: IntradayProjection) => `${percent(p.serviceLevel)} · ${seconds(p.averageSpeedOfAnswer)}`;
  return (
    <section aria-labelledby="wf-intraday" className="wf-forecast">
      <h2 id="wf-intraday">{t('intraday.result', { day: view.day })}</h2>
      <dl className="wf-summary" data-testid="intraday-summary">
        <div><dt>{t('intraday.ratio')}</dt><dd>×{formatNumber(view.ratio, { maximumFractionDigits: 2 })}</dd></div>
        <div><dt>{t('intraday.onLine')}</dt><dd>{view.staff.onLine}</dd></div>
        <div><dt>{t('intraday.onEmailOnly')}</dt><dd>{view.staff.onEmailOnly}</dd></div>
        <div><dt>{t('intraday.inTraining')}</dt><dd>{view.staff.inTrainingOrMeeting}</dd></div>
      </dl>
      <p className="muted">{t('intraday.method')}</p>
      <ForecastChart testId="intraday-chart" span="day" title={t('intraday.chart')} starts={view.intervals.map((i) => i.start)}
                     lines={[{ label: t('forecast.forecast'), values: view.intervals.map((i) => i.forecast), className: 'wf-line-forecast' },
                       { label: t('forecast.actual'), values: view.intervals.map((i) => i.actual), className: 'wf-line-actual' },
                       { label: t('intraday.reforecast'), values: view.intervals.map((i) => i.reforecast), className: 'wf-line-reforecast' },
                       { label: t('forecast.agents'), values: view.intervals.map((i) => i.agentsNeeded), className: 'wf-line-agents' }]} />
      <IntradayIntervals view={view} percent={percent} />
      {view.peak === null ? <p>{t('intraday.noPeak')}</p> : (
        <section aria-labelledby="wf-peak" data-testid="intraday-peak">
          <h3 id="wf-peak">{t('intraday.peak', { time: formatTime(view.peak.start), contacts: formatNumber(view.peak.contacts, { maximumFractionDigits: 1 }),
            agents: view.peak.agentsNeeded })}</h3>
          <p>{t('intraday.now', { count: view.peak.now.agents, projection: projection(view.peak.now) })}</p>
          {view.peak.suggestions.length === 0 ? <p>{t('intraday.noActions')}</p> : (
            <table className="wf-backtest" data-testid="intraday-suggestions">
              <caption>{t('intraday.actions')}</caption>
              <thead><tr><th scope="col">{t('intraday.action')}</th><th scope="col">{t('intraday.addedAgents')}</th><th scope="col">{t('intraday.who')}</th>
                <th scope="col">{t('result.serviceLevel')}</th><th scope="col">{t('result.averageSpeedOfAnswer')}</th><th scope="col">{t('intraday.target')}</th><th scope="col">{t('intraday.email')}</th></tr></thead>
              <tbody>
                {view.peak.suggestions.map((suggestion) => (
                  <tr key={suggestion.action}>
                    <td>{t(`action.${suggestion.action}`)}</td>
                    <td>+{suggestion.addedAgents}</td>
                    <td>{suggestion.agents.length === 0 ? '–' : suggestion.agents.map((agent) => agent.name).join(', ')}</td>
                    <td>{percent(suggestion.projection.serviceLevel)}</td>
                    <td>{seconds(suggestion.projection.averageSpeedOfAnswer)}</td>
                    <td>{suggestion.meetsTarget ? t('intraday.meets') : t('intraday.misses')}</td>
                    <td>{suggestion.email === null ? '–'
                      : t('intraday.emailChange', { before: percent(suggestion.email.before.serviceLevel), after: percent(suggestion.email.after.serviceLevel) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </section>
  );
}

/** The interval under way and those after it: required agents against the schedule (and who is on line now), with the projected service level. */
function IntradayIntervals({ view, percent }: { view: IntradayView; percent: (value: number) => string }) {
  const { t } = useTranslation('workforce');
  const rest = view.intervals.slice(view.intervalsOver);
  if (rest.length === 0) return null;
  return (
    <table className="wf-backtest wf-intervals" data-testid="intraday-intervals">
      <caption>{t('intraday.intervals')}</caption>
      <thead><tr><th scope="col">{t('intraday.interval')}</th><th scope="col">{t('intraday.reforecast')}</th>
        <th scope="col">{t('intraday.required')}</th><th scope="col">{t('intraday.scheduled')}</th><th scope="col">{t('intraday.loggedIn')}</th>
        <th scope="col">{t('intraday.projected')}</th></tr></thead>
      <tbody>
        {rest.map((interval) => (
          <tr key={interval.start} className={interval.agentsNeeded !== null && interval.projection !== null
            && interval.projection.agents < interval.agentsNeeded ? 'wf-short' : undefined}>
            <th scope="row">{formatTime(interval.start)}</th>
            <td>{interval.reforecast === null ? '–' : formatNumber(interval.reforecast, { maximumFractionDigits: 1 })}</td>
            <td>{interval.agentsNeeded ?? '–'}</td>
            <td>{interval.scheduled}</td>
            <td>{interval.loggedIn ?? '–'}</td>
            <td>{interval.projection === null ? '–' : percent(interval.projection.serviceLevel)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
