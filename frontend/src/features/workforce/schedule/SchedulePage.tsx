import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../../auth/api';
import { useSession } from '../../auth/session';
import { ProblemError } from '../../../lib/http';
import { queues } from '../../routing/api';
import { workRulesApi } from '../workrules/api';
import { type GenerateForm, nextMonday, problemMessage, schedulesApi, type ScheduleSummary } from './api';
import { CoverageChart } from './CoverageChart';
import { ForecastCoveragePreview } from './ForecastCoveragePreview';
import { ScheduleGrid } from './ScheduleGrid';
import { type EditedDay, ShiftEditor } from './ShiftEditor';
import { SwapPanel } from './SwapPanel';
import { TimeOffPanel } from './TimeOffPanel';
import '../workforce.css';
import './schedule.css';

const working = (status: ScheduleSummary['status'] | undefined) => status === 'QUEUED' || status === 'SOLVING';

/** Supervisors: generate a schedule with the solver, look at it and its coverage, edit it by hand, publish it, decide swaps and time off. */
export function SchedulePage() {
  const { t } = useTranslation('schedule');
  const { me } = useSession();
  const client = useQueryClient();
  const [form, setForm] = useState<GenerateForm>(() => ({
    firstDay: nextMonday(new Date().toISOString().slice(0, 10)), days: '7', earliestStart: '08:00', latestStart: '10:00',
    shiftHours: '8.5', breakRuleSetId: '', coverage: 'forecast', queueId: '', target: 'serviceLevel', targetPercent: '80', answerWithinSeconds: '20',
    maxAverageSpeedOfAnswer: '30', averageHandleSeconds: '',
    shrinkagePercent: '', concurrency: '', openFrom: '09:00', openTo: '17:00', agentsNeeded: '1', weekends: false, timeLimitSeconds: '10',
  }));
  const queueList = useQuery({ queryKey: ['routing', 'queues'], queryFn: queues, enabled: includes(me.role, 'SUPERVISOR') });
  const breakSets = useQuery({ queryKey: ['break-rule-sets'], queryFn: workRulesApi.breakRuleSets, enabled: includes(me.role, 'SUPERVISOR') });
  // The first queue until the supervisor picks one.
  const request: GenerateForm = { ...form, queueId: form.queueId || queueList.data?.[0]?.id || '' };
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditedDay | null>(null);
  const list = useQuery({
    queryKey: ['schedules'], queryFn: schedulesApi.list, enabled: includes(me.role, 'SUPERVISOR'),
    refetchInterval: (current) => (current.state.data?.some((item) => working(item.status)) ? 1000 : false),
  });
  const chosen = selected ?? list.data?.[0]?.id ?? null;
  const detail = useQuery({
    queryKey: ['schedule', chosen], queryFn: () => schedulesApi.get(chosen!), enabled: chosen !== null,
    refetchInterval: (current) => (working(current.state.data?.schedule.status) ? 1000 : false),
  });
  const solved = detail.data?.schedule.status === 'SOLVED';
  const shifts = useMemo(() => detail.data?.shifts ?? [], [detail.data]);
  const names = useMemo(() => new Map(shifts.map((shift) => [shift.userId, shift.agentName])), [shifts]);
  const templates = useMemo(() => [...new Set(shifts.map((shift) => shift.template))], [shifts]);
  const coverage = useQuery({ queryKey: ['schedule-coverage', chosen, detail.data?.schedule.score], queryFn: () => schedulesApi.coverage(chosen!),
    enabled: chosen !== null && solved });
  const generate = useMutation({
    mutationFn: () => schedulesApi.generate(request),
    onSuccess: (summary) => {
      setSelected(summary.id);
      void client.invalidateQueries({ queryKey: ['schedules'] });
    },
  });
  const preview = useMutation({ mutationFn: () => schedulesApi.coverageFromForecast(request) });
  const publish = useMutation({
    mutationFn: (id: string) => schedulesApi.publish(id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['schedules'] });
      void client.invalidateQueries({ queryKey: ['schedule', chosen] });
    },
  });
  if (!includes(me.role, 'SUPERVISOR')) return <p>{t('forbidden')}</p>;

  const change = (key: keyof GenerateForm, value: string | boolean) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    generate.mutate();
  };
  const field = (key: keyof GenerateForm, type: string,
    props: { min?: number; max?: number; step?: number; required?: boolean; placeholder?: string } = {}) => (
    <label className="wf-field">
      <span>{t(`form.${key}`)}</span>
      <input type={type} name={key} required value={String(form[key])} {...props} onChange={(e) => change(key, e.target.value)} />
    </label>
  );
  const fromForecast = form.coverage === 'forecast';
  const failed = [generate.error, preview.error, publish.error].find((error) => error instanceof ProblemError);
  const problem = failed instanceof ProblemError ? failed : null;
  const summary = detail.data?.schedule;

  return (
    <div className="workforce-page schedule-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <form className="wf-form" onSubmit={submit} aria-label={t('form.label')}>
        <fieldset>
          <legend>{t('form.period')}</legend>
          {field('firstDay', 'date')}
          {field('days', 'number', { min: 1, max: 31 })}
          {field('timeLimitSeconds', 'number', { min: 1, max: 600 })}
        </fieldset>
        <fieldset>
          <legend>{t('form.shift')}</legend>
          {field('shiftHours', 'number', { min: 2, max: 12, step: 0.25 })}
          {field('earliestStart', 'time', { step: 900 })}
          {field('latestStart', 'time', { step: 900 })}
          <label className="wf-field"><span>{t('form.breakRuleSetId')}</span>
            <select name="breakRuleSetId" value={form.breakRuleSetId} onChange={(e) => change('breakRuleSetId', e.target.value)}>
              <option value="">{t('form.contractBreakRules')}</option>
              {breakSets.data?.map((set) => <option key={set.id} value={set.id}>{set.name}</option>)}
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('form.requirement')}</legend>
          <div role="radiogroup" aria-label={t('form.coverageSource')} className="schedule-coverage-source">
            {(['forecast', 'fixed'] as const).map((source) => (
              <label key={source} className="wf-check">
                <input type="radio" name="coverage" value={source} checked={form.coverage === source}
                  onChange={() => { change('coverage', source); preview.reset(); }} /> {t(`form.coverage.${source}`)}
              </label>
            ))}
          </div>
          {fromForecast ? (
            <>
              <label className="wf-field"><span>{t('form.queueId')}</span>
                <select name="queueId" value={request.queueId} required onChange={(e) => change('queueId', e.target.value)}>
                  {queueList.data?.map((queue) => <option key={queue.id} value={queue.id}>{queue.name}</option>)}
                </select>
              </label>
              <div role="radiogroup" aria-label={t('form.staffingTarget')} className="schedule-coverage-source">
                {(['serviceLevel', 'speedOfAnswer'] as const).map((target) => (
                  <label key={target} className="wf-check">
                    <input type="radio" name="target" value={target} checked={form.target === target}
                      onChange={() => { change('target', target); preview.reset(); }} /> {t(`form.target.${target}`)}
                  </label>
                ))}
              </div>
              {form.target === 'serviceLevel' ? (
                <>
                  {field('targetPercent', 'number', { min: 1, max: 99.9, step: 0.1 })}
                  {field('answerWithinSeconds', 'number', { min: 0 })}
                </>
              ) : field('maxAverageSpeedOfAnswer', 'number', { min: 1 })}
              {field('averageHandleSeconds', 'number', { min: 1, required: false, placeholder: t('form.fromHistory') })}
              {field('shrinkagePercent', 'number', { min: 0, max: 90, required: false })}
              {field('concurrency', 'number', { min: 1, max: 10, step: 0.1, required: false })}
              <p className="muted">{t('form.forecastHint')}</p>
              <button type="button" onClick={() => preview.mutate()} disabled={preview.isPending || !request.queueId}>{t('form.preview')}</button>
            </>
          ) : (
            <>
              {field('openFrom', 'time', { step: 900 })}
              {field('openTo', 'time', { step: 900 })}
              {field('agentsNeeded', 'number', { min: 0 })}
              <label className="wf-check">
                <input type="checkbox" checked={form.weekends} onChange={(e) => change('weekends', e.target.checked)} /> {t('form.weekends')}
              </label>
            </>
          )}
        </fieldset>
        <button type="submit" disabled={generate.isPending}>{t('form.generate')}</button>
      </form>
      {problem && <p role="alert" className="wf-error">{problemMessage(problem)}</p>}
      {fromForecast && preview.data && <ForecastCoveragePreview coverage={preview.data} />}

      {list.data && list.data.length > 0 && (
        <label className="wf-field schedule-picker">
          <span>{t('pick')}</span>
          <select value={chosen ?? ''} onChange={(e) => { setSelected(e.target.value); setEditing(null); }}>
            {list.data.map((item) => (
              <option key={item.id} value={item.id}>
                {t('option', { firstDay: item.firstDay, days: item.days, status: t(`status.${item.status}`) })}
                {item.publishedAt ? ` · ${t('published')}` : ''}
              </option>
            ))}
          </select>
        </label>
      )}

      {summary && (
        <section className="schedule-result" aria-label={t('result')}>
          <p data-testid="schedule-status" role="status">
            <strong>{t(`status.${summary.status}`)}</strong>
            {summary.status === 'SOLVED' && summary.coverage !== null && (
              <> · {t('coverageShare', { percent: (summary.coverage * 100).toFixed(1) })}
                {' · '}{summary.hardViolations === 0 ? t('noHardViolations') : t('hardViolations', { count: summary.hardViolations ?? 0 })}</>
            )}
            {summary.publishedAt && <> · {t('published')}</>}
            {summary.failure && <> · {summary.failure}</>}
          </p>
          {summary.status === 'SOLVED' && !summary.publishedAt && (
            <button type="button" onClick={() => publish.mutate(summary.id)} disabled={publish.isPending}>{t('publish')}</button>
          )}
          {solved && detail.data && (
            <ScheduleGrid firstDay={summary.firstDay} days={summary.days} shifts={shifts}
              onEdit={(userId, agentName, day) => setEditing({ userId, agentName, day })} />
          )}
          {solved && editing && (
            <ShiftEditor key={`${summary.id}/${editing.userId}/${editing.day}`} scheduleId={summary.id} edited={editing} templates={templates}
              shift={shifts.find((shift) => shift.userId === editing.userId && shift.day === editing.day)} onClose={() => setEditing(null)} />
          )}
          {solved && coverage.data && (
            <>
              <h2>{t('coverage.title')}</h2>
              <CoverageChart lines={coverage.data} />
            </>
          )}
        </section>
      )}
      <SwapPanel me={me.userId} supervisor team={[]} names={names} />
      <TimeOffPanel supervisor />
    </div>
  );
}
