import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../schedule/api';
import { type BreakTier, hoursSummary, WEEKDAYS, type Weekday, workRulesApi } from './api';

const hours = (minutes: number) => String(minutes / 60);

/** Contract templates agents are assigned to, and the named break rule sets the templates choose. */
export function ContractTemplatesPanel() {
  const { t } = useTranslation('workRules');
  const client = useQueryClient();
  const templates = useQuery({ queryKey: ['contract-templates'], queryFn: workRulesApi.contractTemplates });
  const breakSets = useQuery({ queryKey: ['break-rule-sets'], queryFn: workRulesApi.breakRuleSets });
  const [name, setName] = useState('');
  const [minHours, setMinHours] = useState('32');
  const [maxHours, setMaxHours] = useState('40');
  const [maxDays, setMaxDays] = useState('5');
  const [daysOff, setDaysOff] = useState<Weekday[]>([]);
  const [breakSet, setBreakSet] = useState('');
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['contract-templates'] });
    void client.invalidateQueries({ queryKey: ['work-rules'] });
  };
  const create = useMutation({
    mutationFn: () => workRulesApi.createContractTemplate(name, {
      minHoursPerWeek: Number(minHours), maxHoursPerWeek: Number(maxHours), maxDaysPerWeek: Number(maxDays),
      minDaysOffPerWeek: 7 - Number(maxDays), minRestHours: 11, daysOff,
    }, breakSet || null),
    onSuccess: () => { setName(''); refresh(); },
  });
  const remove = useMutation({ mutationFn: workRulesApi.deleteContractTemplate, onSettled: refresh });
  const submit = (e: FormEvent) => { e.preventDefault(); create.mutate(); };
  const breakSetName = (id: string | null) => breakSets.data?.find((set) => set.id === id)?.name ?? t('breaks.standard');
  const error = problemMessage(create.error) ?? problemMessage(remove.error);
  return (
    <section aria-labelledby="templates-heading" className="work-rules-section">
      <h2 id="templates-heading">{t('templates.title')}</h2>
      <table className="work-rules-table">
        <thead><tr><th scope="col">{t('templates.name')}</th><th scope="col">{t('templates.hours')}</th><th scope="col">{t('templates.daysOff')}</th>
          <th scope="col">{t('templates.breaks')}</th><th scope="col" aria-label={t('templates.actions')} /></tr></thead>
        <tbody>
          {templates.data?.map((template) => {
            const summary = hoursSummary(template.terms);
            return (
              <tr key={template.id}>
                <td>{template.name}</td>
                <td>{t('templates.hoursValue', { min: summary.min, max: summary.max, days: summary.days })}</td>
                <td>{(template.terms.daysOff ?? []).map((day) => t(`day.${day}`)).join(', ') || '—'}</td>
                <td>{breakSetName(template.breakRuleSetId)}</td>
                <td><button type="button" className="secondary" onClick={() => remove.mutate(template.id)}
                  aria-label={t('templates.delete', { name: template.name })}>{t('templates.deleteShort')}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form className="wf-form inline" onSubmit={submit} aria-label={t('templates.form')}>
        <label className="wf-field"><span>{t('templates.name')}</span>
          <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label className="wf-field"><span>{t('templates.minHours')}</span>
          <input type="number" min={0} max={80} value={minHours} onChange={(e) => setMinHours(e.target.value)} /></label>
        <label className="wf-field"><span>{t('templates.maxHours')}</span>
          <input type="number" min={0} max={80} value={maxHours} onChange={(e) => setMaxHours(e.target.value)} /></label>
        <label className="wf-field"><span>{t('templates.maxDays')}</span>
          <input type="number" min={1} max={7} value={maxDays} onChange={(e) => setMaxDays(e.target.value)} /></label>
        <fieldset className="days-off"><legend>{t('templates.daysOff')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} className="wf-check"><input type="checkbox" checked={daysOff.includes(day)}
              onChange={(e) => setDaysOff(e.target.checked ? [...daysOff, day] : daysOff.filter((d) => d !== day))} />{t(`dayShort.${day}`)}</label>
          ))}
        </fieldset>
        <label className="wf-field"><span>{t('templates.breaks')}</span>
          <select value={breakSet} onChange={(e) => setBreakSet(e.target.value)}>
            <option value="">{t('breaks.standard')}</option>
            {breakSets.data?.map((set) => <option key={set.id} value={set.id}>{set.name}</option>)}
          </select></label>
        <button type="submit" disabled={create.isPending}>{t('templates.add')}</button>
      </form>
      {error && <p role="alert" className="wf-error">{error}</p>}
      <BreakRuleSetsPanel />
    </section>
  );
}

/** A tier as the form holds it: lengths in hours, durations in minutes. */
interface TierForm { fromHours: string; breaks: string; breakMinutes: string; lunchMinutes: string; lunchFromHours: string; lunchToHours: string }

const STANDARD_TIERS: TierForm[] = [
  { fromHours: '0', breaks: '1', breakMinutes: '15', lunchMinutes: '0', lunchFromHours: '0', lunchToHours: '0' },
  { fromHours: '6', breaks: '2', breakMinutes: '15', lunchMinutes: '30', lunchFromHours: '3', lunchToHours: '5' },
];

function toTier(form: TierForm): BreakTier {
  return {
    fromLengthMinutes: Number(form.fromHours) * 60, breaks: Number(form.breaks), breakMinutes: Number(form.breakMinutes),
    lunchMinutes: Number(form.lunchMinutes), lunchEarliestAfter: Number(form.lunchFromHours) * 60, lunchLatestAfter: Number(form.lunchToHours) * 60,
  };
}

function BreakRuleSetsPanel() {
  const { t } = useTranslation('workRules');
  const client = useQueryClient();
  const sets = useQuery({ queryKey: ['break-rule-sets'], queryFn: workRulesApi.breakRuleSets });
  const [name, setName] = useState('');
  const [tiers, setTiers] = useState<TierForm[]>(STANDARD_TIERS);
  const create = useMutation({
    mutationFn: () => workRulesApi.createBreakRuleSet(name, tiers.map(toTier)),
    onSuccess: () => { setName(''); void client.invalidateQueries({ queryKey: ['break-rule-sets'] }); },
  });
  const setTier = (index: number, change: Partial<TierForm>) => setTiers(tiers.map((tier, i) => (i === index ? { ...tier, ...change } : tier)));
  const submit = (e: FormEvent) => { e.preventDefault(); create.mutate(); };
  const field = (index: number, key: keyof TierForm, label: string) => (
    <label className="wf-field"><span>{label}</span>
      <input type="number" min={0} step={key.endsWith('Hours') ? 0.5 : key === 'breaks' ? 1 : 15} value={tiers[index][key]}
        aria-label={`${label} (${t('breaks.tier', { number: index + 1 })})`} onChange={(e) => setTier(index, { [key]: e.target.value })} /></label>
  );
  return (
    <div className="break-rule-sets">
      <h3>{t('breaks.title')}</h3>
      <ul className="break-sets">
        {sets.data?.map((set) => (
          <li key={set.id}><strong>{set.name}</strong>: {set.tiers.map((tier) => t(tier.lunchMinutes > 0 ? 'breaks.tierWithLunch' : 'breaks.tierSummary', {
            from: hours(tier.fromLengthMinutes), count: tier.breaks, minutes: tier.breakMinutes, lunch: tier.lunchMinutes,
          })).join(' · ')}</li>
        ))}
      </ul>
      <form className="wf-form" onSubmit={submit} aria-label={t('breaks.form')}>
        <label className="wf-field"><span>{t('breaks.name')}</span>
          <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} /></label>
        {tiers.map((_, index) => (
          <fieldset key={index}>
            <legend>{t('breaks.tier', { number: index + 1 })}</legend>
            {field(index, 'fromHours', t('breaks.fromHours'))}
            {field(index, 'breaks', t('breaks.breaks'))}
            {field(index, 'breakMinutes', t('breaks.breakMinutes'))}
            {field(index, 'lunchMinutes', t('breaks.lunchMinutes'))}
            {field(index, 'lunchFromHours', t('breaks.lunchFromHours'))}
            {field(index, 'lunchToHours', t('breaks.lunchToHours'))}
          </fieldset>
        ))}
        <div className="wf-actions">
          <button type="button" className="secondary" onClick={() => setTiers([...tiers, { ...tiers[tiers.length - 1], fromHours: String(Number(tiers[tiers.length - 1].fromHours) + 2) }])}>
            {t('breaks.addTier')}</button>
          <button type="submit" disabled={create.isPending}>{t('breaks.add')}</button>
        </div>
      </form>
      {problemMessage(create.error) && <p role="alert" className="wf-error">{problemMessage(create.error)}</p>}
    </div>
  );
}
