import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../schedule/api';
import { type AgentAvailability, type AgentPreferences, hoursSummary, toAvailability, weekForm, type WeekForm, workRulesApi } from './api';
import { ExceptionFields, PreferenceFields, WeekFields } from './RuleFields';
import { availabilitySummary } from './WorkRulesPage';
import './workRules.css';

/** An agent's own rules: the contract (read only), preferences that apply at once, availability that a supervisor approves. */
export function MyWorkRulesPanel() {
  const { t } = useTranslation('workRules');
  const client = useQueryClient();
  const mine = useQuery({ queryKey: ['my-work-rules'], queryFn: workRulesApi.mine });
  const [preferences, setPreferences] = useState<AgentPreferences | null>(null);
  const [week, setWeek] = useState<WeekForm | null>(null);
  const [exceptions, setExceptions] = useState<AgentAvailability['exceptions'] | null>(null);
  useEffect(() => {
    if (mine.data && preferences === null) setPreferences(mine.data.preferences);
    if (mine.data && week === null) setWeek(weekForm(mine.data.pendingAvailability ?? mine.data.availability));
    if (mine.data && exceptions === null) setExceptions((mine.data.pendingAvailability ?? mine.data.availability).exceptions);
  }, [mine.data, preferences, week, exceptions]);
  const saved = (data: Awaited<ReturnType<typeof workRulesApi.mine>>) => client.setQueryData(['my-work-rules'], data);
  const savePreferences = useMutation({ mutationFn: (value: AgentPreferences) => workRulesApi.setMyPreferences(value), onSuccess: saved });
  const askAvailability = useMutation({
    mutationFn: (value: WeekForm) => workRulesApi.requestMyAvailability(toAvailability(value, exceptions ?? [])),
    onSuccess: saved,
  });
  if (!mine.data || !preferences || !week || !exceptions) return null;
  const summary = hoursSummary(mine.data.effectiveTerms);
  const submitPreferences = (e: FormEvent) => { e.preventDefault(); savePreferences.mutate(preferences); };
  const submitAvailability = (e: FormEvent) => { e.preventDefault(); askAvailability.mutate(week); };
  const error = problemMessage(savePreferences.error) ?? problemMessage(askAvailability.error);
  return (
    <section className="my-work-rules" aria-labelledby="my-work-rules-heading">
      <h2 id="my-work-rules-heading">{t('mine.title')}</h2>
      <p>{t('mine.contract', { name: mine.data.contractTemplateName ?? t('agents.noContract') })} ·{' '}
        {t('templates.hoursValue', { min: summary.min, max: summary.max, days: summary.days })}</p>
      <p>{t('mine.availableNow', { summary: availabilitySummary(mine.data.availability, t) })}</p>
      {mine.data.pendingAvailability && (
        <p role="status" className="pending-note">{t('mine.pending', { summary: availabilitySummary(mine.data.pendingAvailability, t) })}</p>
      )}
      {error && <p role="alert" className="wf-error">{error}</p>}
      <form className="wf-form" onSubmit={submitPreferences} aria-label={t('preferences.title')}>
        <PreferenceFields value={preferences} onChange={setPreferences} />
        <div className="wf-actions"><button type="submit" disabled={savePreferences.isPending}>{t('mine.savePreferences')}</button>
          {savePreferences.isSuccess && <span role="status">{t('mine.saved')}</span>}</div>
      </form>
      <form className="wf-form" onSubmit={submitAvailability} aria-label={t('availability.title')}>
        <WeekFields value={week} onChange={setWeek} idPrefix="mine" />
        <ExceptionFields value={exceptions} onChange={setExceptions} />
        <div className="wf-actions"><button type="submit" disabled={askAvailability.isPending}>{t('mine.requestAvailability')}</button></div>
      </form>
    </section>
  );
}
