import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { formatNumber } from '../../lib/format';
import { ProblemError } from '../../lib/http';
import {
  calculateStaffing, EXAMPLE_FORM, FORM_FIELD, INTERVAL_MINUTES, type StaffingForm, type StaffingMode, type StaffingResult,
  toStaffingRequest,
} from './api';
import './workforce.css';

/** Supervisors and admins: Erlang C / Erlang A staffing for one interval, evaluated or searched for a target. */
export function StaffingPage() {
  const { t } = useTranslation('workforce');
  const { me } = useSession();
  const [form, setForm] = useState<StaffingForm>(EXAMPLE_FORM);
  const calculation = useMutation({ mutationFn: () => calculateStaffing(toStaffingRequest(form)) });
  if (!includes(me.role, 'SUPERVISOR')) return <p>{t('page.forbidden')}</p>;

  const change = (key: keyof StaffingForm, value: string) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    calculation.mutate();
  };
  const problem = calculation.error instanceof ProblemError ? calculation.error : null;
  const fieldError = (key: keyof StaffingForm) =>
    problem?.errors.find((error) => FORM_FIELD[error.field] === key)?.message;
  const targetFields: (keyof StaffingForm)[] = ['targetServiceLevelPercent', 'maxAverageSpeedOfAnswer', 'maxOccupancyPercent'];
  const isShown = (key: keyof StaffingForm | undefined) =>
    key !== undefined && (form.mode === 'evaluate' ? !targetFields.includes(key) : key !== 'agents');
  const number = (key: keyof StaffingForm, label: string, props: { min?: number; max?: number; step?: number; required?: boolean; hint?: string }) => (
    <label className="wf-field">
      <span>{label}</span>
      <input type="number" name={key} value={form[key]} min={props.min} max={props.max} step={props.step ?? 'any'}
             required={props.required} aria-invalid={fieldError(key) ? true : undefined}
             onChange={(e) => change(key, e.target.value)} />
      {props.hint && <small className="muted">{props.hint}</small>}
      {fieldError(key) && <small className="wf-error">{fieldError(key)}</small>}
    </label>
  );

  return (
    <div className="workforce-page">
      <h1>{t('staffing.title')}</h1>
      <p className="muted">{t('staffing.intro')}</p>
      <form className="wf-form" onSubmit={submit} aria-label={t('staffing.form')}>
        <fieldset>
          <legend>{t('staffing.traffic')}</legend>
          {number('contacts', t('staffing.contacts'), { min: 0, required: true })}
          <label className="wf-field">
            <span>{t('staffing.interval')}</span>
            <select name="intervalMinutes" value={form.intervalMinutes} onChange={(e) => change('intervalMinutes', e.target.value)}>
              {INTERVAL_MINUTES.map((minutes) => <option key={minutes} value={minutes}>{t('staffing.minutes', { count: Number(minutes) })}</option>)}
            </select>
          </label>
          {number('averageHandleSeconds', t('staffing.averageHandleSeconds'), { min: 1, required: true })}
          {number('answerWithinSeconds', t('staffing.answerWithinSeconds'), { min: 0, required: true })}
        </fieldset>
        <fieldset>
          <legend>{t('staffing.question')}</legend>
          <div className="wf-modes" role="radiogroup" aria-label={t('staffing.question')}>
            {(['target', 'evaluate'] as StaffingMode[]).map((mode) => (
              <label key={mode}>
                <input type="radio" name="mode" value={mode} checked={form.mode === mode} onChange={() => change('mode', mode)} />
                {t(`staffing.mode.${mode}`)}
              </label>
            ))}
          </div>
          {form.mode === 'evaluate'
            ? number('agents', t('staffing.agents'), { min: 1, step: 1, required: true })
            : (
              <>
                {number('targetServiceLevelPercent', t('staffing.targetServiceLevel'), { min: 1, max: 99.99 })}
                {number('maxAverageSpeedOfAnswer', t('staffing.maxAverageSpeedOfAnswer'), { min: 1 })}
                {number('maxOccupancyPercent', t('staffing.maxOccupancy'), { min: 1, max: 100, hint: t('staffing.maxOccupancyHint') })}
              </>
            )}
        </fieldset>
        <fieldset>
          <legend>{t('staffing.adjustments')}</legend>
          {number('patienceSeconds', t('staffing.patienceSeconds'), { min: 1, hint: t('staffing.patienceHint') })}
          {number('concurrency', t('staffing.concurrency'), { min: 1, max: 10, hint: t('staffing.concurrencyHint') })}
          {number('shrinkagePercent', t('staffing.shrinkage'), { min: 0, max: 99, hint: t('staffing.shrinkageHint') })}
        </fieldset>
        <div className="wf-actions">
          <button type="submit" disabled={calculation.isPending}>{t('staffing.calculate')}</button>
          <button type="button" className="secondary" onClick={() => { setForm(EXAMPLE_FORM); calculation.reset(); }}>
            {t('staffing.reset')}
          </button>
        </div>
      </form>
      {problem && problem.errors.length === 0 && <p role="alert" className="wf-error">{problem.detail ?? problem.title}</p>}
      {problem && problem.errors.length > 0 && (
        <p role="alert" className="wf-error">
          {t('staffing.invalid')} {problem.errors.filter((error) => !isShown(FORM_FIELD[error.field])).map((error) => error.message).join(' ')}
        </p>
      )}
      {calculation.data && <StaffingAnswer result={calculation.data} />}
    </div>
  );
}

function StaffingAnswer({ result }: { result: StaffingResult }) {
  const { t } = useTranslation('workforce');
  const percent = (value: number) => formatNumber(value, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="wf-answer" className="wf-answer" data-testid="staffing-answer">
      <h2 id="wf-answer">{t('staffing.answer')}</h2>
      <dl>
        <div><dt>{t('result.agents')}</dt><dd data-testid="result-agents">{formatNumber(result.agents)}</dd></div>
        {result.agentsOnLine !== result.agents && (
          <div><dt>{t('result.agentsOnLine')}</dt><dd data-testid="result-on-line">{formatNumber(result.agentsOnLine)}</dd></div>
        )}
        <div><dt>{t('result.serviceLevel')}</dt><dd data-testid="result-service-level">{percent(result.serviceLevel)}</dd></div>
        <div><dt>{t('result.probabilityOfWaiting')}</dt><dd>{percent(result.probabilityOfWaiting)}</dd></div>
        <div>
          <dt>{t('result.averageSpeedOfAnswer')}</dt>
          <dd data-testid="result-asa">
            {result.averageSpeedOfAnswer === null
              ? t('result.unbounded')
              : t('result.seconds', { value: formatNumber(result.averageSpeedOfAnswer, { maximumFractionDigits: 1 }) })}
          </dd>
        </div>
        <div><dt>{t('result.occupancy')}</dt><dd data-testid="result-occupancy">{percent(result.occupancy)}</dd></div>
        {result.abandonment !== undefined && (
          <div><dt>{t('result.abandonment')}</dt><dd data-testid="result-abandonment">{percent(result.abandonment)}</dd></div>
        )}
      </dl>
      <p className="muted">{t(result.abandonment === undefined ? 'result.modelC' : 'result.modelA')}</p>
    </section>
  );
}
