import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { includes } from '../../auth/api';
import { useSession } from '../../auth/session';
import { problemMessage } from '../schedule/api';
import { type AgentAvailability, type AgentWorkRules, hoursSummary, toAvailability, WEEKDAYS, weekForm, workRulesApi } from './api';
import { ContractTemplatesPanel } from './ContractTemplatesPanel';
import { ExceptionFields, PreferenceFields, WeekFields } from './RuleFields';
import '../workforce.css';
import './workRules.css';

/** Supervisors: contract templates and break rules, and each agent's contract, availability and preferences that schedules follow. */
export function WorkRulesPage() {
  const { t } = useTranslation('workRules');
  const { me } = useSession();
  const supervisor = includes(me.role, 'SUPERVISOR');
  const client = useQueryClient();
  const agents = useQuery({ queryKey: ['work-rules'], queryFn: workRulesApi.agents, enabled: supervisor });
  const templates = useQuery({ queryKey: ['contract-templates'], queryFn: workRulesApi.contractTemplates, enabled: supervisor });
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ['work-rules'] });
  const assign = useMutation({
    mutationFn: ({ rules, templateId }: { rules: AgentWorkRules; templateId: string | null }) => workRulesApi.assign(rules, { contractTemplateId: templateId }),
    onSettled: refresh,
  });
  const decide = useMutation({
    mutationFn: ({ userId, approve }: { userId: string; approve: boolean }) => workRulesApi.decideAvailability(userId, approve),
    onSettled: refresh,
  });
  if (!supervisor) return <p>{t('forbidden')}</p>;
  const edited = agents.data?.find((rules) => rules.userId === editing);
  const error = problemMessage(assign.error) ?? problemMessage(decide.error);
  return (
    <div className="workforce-page work-rules-page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <section aria-labelledby="agents-heading" className="work-rules-section">
        <h2 id="agents-heading">{t('agents.title')}</h2>
        {error && <p role="alert" className="wf-error">{error}</p>}
        <table className="work-rules-table" aria-label={t('agents.title')}>
          <thead><tr><th scope="col">{t('agents.agent')}</th><th scope="col">{t('agents.contract')}</th><th scope="col">{t('templates.hours')}</th>
            <th scope="col">{t('availability.title')}</th><th scope="col">{t('agents.pending')}</th><th scope="col" aria-label={t('templates.actions')} /></tr></thead>
          <tbody>
            {agents.data?.map((rules) => {
              const summary = hoursSummary(rules.effectiveTerms);
              return (
                <tr key={rules.userId}>
                  <th scope="row">{rules.displayName}</th>
                  <td>
                    <select aria-label={t('agents.contractOf', { name: rules.displayName })} value={rules.contractTemplateId ?? ''}
                      onChange={(e) => assign.mutate({ rules, templateId: e.target.value || null })}>
                      <option value="">{t('agents.noContract')}</option>
                      {templates.data?.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
                    </select>
                  </td>
                  <td>{t('templates.hoursValue', { min: summary.min, max: summary.max, days: summary.days })}</td>
                  <td>{availabilitySummary(rules.availability, t)}</td>
                  <td>
                    {rules.pendingAvailability ? (
                      <div className="pending">
                        <span>{availabilitySummary(rules.pendingAvailability, t)}</span>
                        <button type="button" onClick={() => decide.mutate({ userId: rules.userId, approve: true })}
                          aria-label={t('agents.approve', { name: rules.displayName })}>{t('agents.approveShort')}</button>
                        <button type="button" className="secondary" onClick={() => decide.mutate({ userId: rules.userId, approve: false })}
                          aria-label={t('agents.decline', { name: rules.displayName })}>{t('agents.declineShort')}</button>
                      </div>
                    ) : '—'}
                  </td>
                  <td><button type="button" className="secondary" onClick={() => setEditing(rules.userId)}
                    aria-label={t('agents.edit', { name: rules.displayName })}>{t('agents.editShort')}</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {edited && <AgentEditor key={edited.userId} rules={edited} onDone={() => { setEditing(null); refresh(); }} />}
      </section>
      <ContractTemplatesPanel />
    </div>
  );
}

export function availabilitySummary(availability: AgentAvailability, t: (key: string, options?: Record<string, unknown>) => string): string {
  const weekly = availability.weekly;
  const week = weekly === null ? t('availability.anyTime')
    : WEEKDAYS.filter((day) => weekly[day]).map((day) => `${t(`dayShort.${day}`)} ${weekly[day]!.from.slice(0, 5)}–${weekly[day]!.to.slice(0, 5)}`).join(', ')
      || t('availability.never');
  return availability.exceptions.length > 0 ? `${week} ${t('availability.exceptions', { count: availability.exceptions.length })}` : week;
}

/** A supervisor's edit of one agent: the weekly availability and its dated exceptions (in force at once), preferences and a weekly hours override. */
function AgentEditor({ rules, onDone }: { rules: AgentWorkRules; onDone: () => void }) {
  const { t } = useTranslation('workRules');
  const [week, setWeek] = useState(() => weekForm(rules.availability));
  const [exceptions, setExceptions] = useState(rules.availability.exceptions);
  const [preferences, setPreferences] = useState(rules.preferences);
  const [maxHours, setMaxHours] = useState(rules.overrides.maxHoursPerWeek?.toString() ?? '');
  const save = useMutation({
    mutationFn: () => workRulesApi.assign(rules, {
      availability: toAvailability(week, exceptions), preferences,
      overrides: { ...rules.overrides, maxHoursPerWeek: maxHours === '' ? null : Number(maxHours) },
    }),
    onSuccess: onDone,
  });
  const submit = (e: FormEvent) => { e.preventDefault(); save.mutate(); };
  return (
    <form className="wf-form agent-editor" onSubmit={submit} aria-label={t('agents.editor', { name: rules.displayName })}>
      <h3>{rules.displayName}</h3>
      <label className="wf-field"><span>{t('agents.maxHoursOverride')}</span>
        <input type="number" min={0} max={80} value={maxHours} placeholder={String(hoursSummary(rules.effectiveTerms).max)}
          onChange={(e) => setMaxHours(e.target.value)} /></label>
      <WeekFields value={week} onChange={setWeek} idPrefix={`edit-${rules.userId}`} />
      <ExceptionFields value={exceptions} onChange={setExceptions} />
      <PreferenceFields value={preferences} onChange={setPreferences} />
      {problemMessage(save.error) && <p role="alert" className="wf-error">{problemMessage(save.error)}</p>}
      <div className="wf-actions">
        <button type="submit" disabled={save.isPending}>{t('save')}</button>
        <button type="button" className="secondary" onClick={onDone}>{t('cancel')}</button>
      </div>
    </form>
  );
}
