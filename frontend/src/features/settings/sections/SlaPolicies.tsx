import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { PRIORITIES } from '../../conversation/api';
import type { SlaMetric } from '../../conversation/sla';
import { settingsApi } from '../api';
import { ConfirmDialog, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { hasErrors, serverFieldErrors } from '../forms';
import {
  DURATION_UNITS, type DurationUnit, METRICS, movedPositions, newPolicyDraft, parseList, PAUSING_STATUSES, type PolicyDraft,
  policyBody, policyDraft, SLA_CHANNELS, type SlaConditions, type SlaPolicy, slaPoliciesApi, targetDraft,
  validatePolicy,
} from '../slaPolicies';
import './slaPolicies.css';

const KEY = ['sla-policies'];

/**
 * SLA policies in evaluation order (the first whose conditions all hold applies): create, edit and delete the
 * workspace's own; the built-in ones only show what applies until the first own policy replaces them.
 */
export function SlaPoliciesSection() {
  const { t } = useTranslation('slaPolicies');
  const { t: ts } = useSettingsText();
  const queryClient = useQueryClient();
  const policies = useQuery({ queryKey: KEY, queryFn: slaPoliciesApi.list });
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SlaPolicy | null>(null);
  const remove = useMutation({
    mutationFn: (p: SlaPolicy) => slaPoliciesApi.remove(p.id),
    onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: KEY }); },
  });
  // One request per policy whose position changes (the API has no bulk reorder); a refetch shows what took.
  const move = useMutation({
    mutationFn: async ({ items, index, step }: { items: SlaPolicy[]; index: number; step: -1 | 1 }) => {
      for (const { policy, position } of movedPositions(items, index, step)) {
        await slaPoliciesApi.update(policy.id, { ...policyBody(policyDraft(policy)), position });
      }
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
  return (
    <section>
      <div className="page-header">
        <h2>{ts('section.sla-policies')}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('create')}</button>
      </div>
      <p className="hint">{t('intro')}</p>
      <QueryView query={policies} empty={t('empty')}>{(items) => (
        <>
          {items.some((p) => p.builtIn) && <p className="hint" data-testid="sla-built-in-note">{t('builtInNote')}</p>}
          <table className="data-table" data-testid="sla-policies-table">
            <thead>
              <tr>
                <th scope="col">{t('order')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('conditions')}</th>
                <th scope="col">{t('targets')}</th>
                <th scope="col">{t('time')}</th>
                <th scope="col"><span className="visually-hidden">{ts('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((p, index) => (
                <tr key={p.id}>
                  <td className="numeric">{index + 1}</td>
                  <td className="wrap">{p.name}{p.builtIn && <span className="badge"> {t('builtIn')}</span>}</td>
                  <td className="wrap"><ConditionsSummary conditions={p.conditions} /></td>
                  <td className="wrap"><TargetsSummary policy={p} /></td>
                  <td>{p.businessTime ? t('businessTime') : t('calendarTime')}</td>
                  <td className="actions">
                    {!p.builtIn && (
                      <>
                        <button type="button" className="secondary small" disabled={index === 0 || move.isPending}
                                onClick={() => move.mutate({ items, index, step: -1 })}
                                aria-label={t('moveUp', { name: p.name })}>↑</button>
                        <button type="button" className="secondary small" disabled={index === items.length - 1 || move.isPending}
                                onClick={() => move.mutate({ items, index, step: 1 })}
                                aria-label={t('moveDown', { name: p.name })}>↓</button>
                        <button type="button" className="secondary small" onClick={() => setEditing(p)}
                                aria-label={t('editOne', { name: p.name })}>{t('edit')}</button>
                        <button type="button" className="secondary small" onClick={() => { remove.reset(); setDeleting(p); }}
                                aria-label={t('deleteOne', { name: p.name })}>{ts('delete', { ns: 'common' })}</button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <FormError error={move.error} />
        </>
      )}</QueryView>
      {editing && <PolicyDialog policy={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog open={!!deleting} title={t('deleteTitle')} message={t('deleteConfirm', { name: deleting?.name ?? '' })}
                     confirmLabel={ts('delete', { ns: 'common' })} pending={remove.isPending} error={remove.error}
                     onCancel={() => setDeleting(null)} onConfirm={() => deleting && remove.mutate(deleting)} />
    </section>
  );
}

/** The conditions in a stable order (the API keeps them as sets). */
function ConditionsSummary({ conditions }: { conditions: SlaConditions }) {
  const { t } = useTranslation('slaPolicies');
  const inboxes = useQuery({ queryKey: ['inboxes'], queryFn: settingsApi.inboxes });
  const inboxName = (id: string) => inboxes.data?.find((i) => i.id === id)?.name ?? id;
  const inOrder = (values: string[], order: readonly string[]) => [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const sorted = (values: string[]) => [...values].sort((a, b) => a.localeCompare(b));
  const parts = [
    conditions.channels.length ? `${t('channels')}: ${inOrder(conditions.channels, SLA_CHANNELS).map((c) => t(`channel.${c}`, { defaultValue: c })).join(', ')}` : '',
    conditions.inboxIds.length ? `${t('inboxes')}: ${sorted(conditions.inboxIds.map(inboxName)).join(', ')}` : '',
    conditions.priorities.length ? `${t('priorities')}: ${inOrder(conditions.priorities, PRIORITIES).map((p) => t(`priority.${p}`, { defaultValue: p })).join(', ')}` : '',
    conditions.tags.length ? `${t('tags')}: ${sorted(conditions.tags).join(', ')}` : '',
    conditions.tiers.length ? `${t('tiers')}: ${sorted(conditions.tiers).join(', ')}` : '',
  ].filter(Boolean);
  return <>{parts.length ? parts.join(' · ') : t('anyConversation')}</>;
}

function TargetsSummary({ policy }: { policy: SlaPolicy }) {
  const { t } = useTranslation('slaPolicies');
  return (
    <>
      {METRICS.filter((m) => policy.targets[m]).map((m) => {
        const target = targetDraft(policy.targets[m]!);
        return <div key={m}>{t(`metric.${m}`)}: {t(`amount.${target.unit}`, { count: Number(target.amount) })}</div>;
      })}
    </>
  );
}

function PolicyDialog({ policy, onClose }: { policy: SlaPolicy | null; onClose: () => void }) {
  const { t } = useTranslation('slaPolicies');
  const { t: ts, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const inboxes = useQuery({ queryKey: ['inboxes'], queryFn: settingsApi.inboxes });
  const [draft, setDraft] = useState<PolicyDraft>(() => (policy ? policyDraft(policy) : newPolicyDraft()));
  const [tags, setTags] = useState(draft.conditions.tags.join(', '));
  const [tiers, setTiers] = useState(draft.conditions.tiers.join(', '));
  // Once a save was tried, our checks follow the typing, so a fixed field loses its error at once.
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: (d: PolicyDraft) => (policy ? slaPoliciesApi.update(policy.id, policyBody(d)) : slaPoliciesApi.create(policyBody(d))),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: KEY }); onClose(); },
  });
  const errors = mergeErrors(submitted ? validatePolicy(draft) : {}, serverFieldErrors(save.error));
  const setConditions = (key: keyof SlaConditions, values: string[]) =>
    setDraft((d) => ({ ...d, conditions: { ...d.conditions, [key]: values } }));
  const toggled = (values: string[], value: string, on: boolean) => (on ? [...values, value] : values.filter((v) => v !== value));
  const setTarget = (metric: SlaMetric, target: PolicyDraft['targets'][SlaMetric]) =>
    setDraft((d) => ({ ...d, targets: { ...d.targets, [metric]: target } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = { ...draft, conditions: { ...draft.conditions, tags: parseList(tags), tiers: parseList(tiers) } };
    setSubmitted(true);
    if (!hasErrors(validatePolicy(next))) save.mutate(next);
  };
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={policy ? t('editTitle', { name: policy.name }) : t('createTitle')} wide>
      <form className="admin-dialog form-grid sla-policy-form" onSubmit={submit} noValidate aria-label={t('form')}>
        <Field label={t('name')} error={fieldError(errors.name)}>
          {(p) => <input {...p} value={draft.name} maxLength={200} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
        </Field>

        <fieldset className="checks">
          <legend>{t('channels')}</legend>
          {SLA_CHANNELS.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={draft.conditions.channels.includes(c)}
                     onChange={(e) => setConditions('channels', toggled(draft.conditions.channels, c, e.target.checked))} />
              {t(`channel.${c}`)}
            </label>
          ))}
        </fieldset>
        {!!inboxes.data?.length && (
          <fieldset className="checks">
            <legend>{t('inboxes')}</legend>
            {inboxes.data.map((inbox) => (
              <label key={inbox.id} className="check">
                <input type="checkbox" checked={draft.conditions.inboxIds.includes(inbox.id)}
                       onChange={(e) => setConditions('inboxIds', toggled(draft.conditions.inboxIds, inbox.id, e.target.checked))} />
                {inbox.name}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="checks">
          <legend>{t('priorities')}</legend>
          {PRIORITIES.map((p) => (
            <label key={p} className="check">
              <input type="checkbox" checked={draft.conditions.priorities.includes(p)}
                     onChange={(e) => setConditions('priorities', toggled(draft.conditions.priorities, p, e.target.checked))} />
              {t(`priority.${p}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-grid two">
          <Field label={t('tags')} hint={t('listHint')} error={fieldError(errors['conditions.tags'])}>
            {(p) => <input {...p} value={tags} onChange={(e) => setTags(e.target.value)} />}
          </Field>
          <Field label={t('tiers')} hint={t('listHint')} error={fieldError(errors['conditions.tiers'])}>
            {(p) => <input {...p} value={tiers} onChange={(e) => setTiers(e.target.value)} />}
          </Field>
        </div>
        <p className="hint">{t('conditionsHint')}</p>

        <fieldset className="sla-targets">
          <legend>{t('targets')}</legend>
          {errors.targets && <p className="field-error" role="alert">{fieldError(errors.targets)}</p>}
          {METRICS.map((metric) => (
            <TargetRow key={metric} metric={metric} target={draft.targets[metric]} error={fieldError(errors[`targets.${metric}`])}
                       onChange={(target) => setTarget(metric, target)} />
          ))}
        </fieldset>

        <fieldset className="checks">
          <legend>{t('time')}</legend>
          <label className="check">
            <input type="radio" name="sla-time" checked={draft.businessTime} onChange={() => setDraft({ ...draft, businessTime: true })} />
            {t('businessTimeLong')}
          </label>
          <label className="check">
            <input type="radio" name="sla-time" checked={!draft.businessTime} onChange={() => setDraft({ ...draft, businessTime: false })} />
            {t('calendarTimeLong')}
          </label>
        </fieldset>

        {PAUSING_STATUSES.map((status) => (
          <fieldset key={status} className="checks">
            <legend>{t(`pauses.${status}`)}</legend>
            {METRICS.map((metric) => (
              <label key={metric} className="check">
                <input type="checkbox" checked={draft.pauses[status].includes(metric)}
                       onChange={(e) => setDraft({ ...draft, pauses: { ...draft.pauses, [status]: toggled(draft.pauses[status], metric, e.target.checked) as SlaMetric[] } })} />
                {t(`metric.${metric}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <p className="hint">{t('warningHint')}</p>

        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>{ts('cancel', { ns: 'common' })}</button>
          <button type="submit" disabled={save.isPending}>{ts('save', { ns: 'common' })}</button>
        </div>
      </form>
    </Dialog>
  );
}

/** One metric: measured or not, and its target as an amount of minutes, hours or days. */
function TargetRow({ metric, target, error, onChange }: {
  metric: SlaMetric; target: PolicyDraft['targets'][SlaMetric]; error?: string;
  onChange: (target: PolicyDraft['targets'][SlaMetric]) => void;
}) {
  const { t } = useTranslation('slaPolicies');
  const label = t(`metric.${metric}`);
  const errorId = `sla-target-${metric}-error`;
  return (
    <div className="sla-target-row">
      <label className="check">
        <input type="checkbox" checked={!!target}
               onChange={(e) => onChange(e.target.checked ? { amount: '1', unit: 'HOURS' } : undefined)} />
        {label}
      </label>
      {target && (
        <>
          <input type="number" min={1} step={1} inputMode="numeric" value={target.amount}
                 aria-label={t('amountOf', { metric: label })} aria-invalid={error ? true : undefined}
                 aria-describedby={error ? errorId : undefined}
                 onChange={(e) => onChange({ ...target, amount: e.target.value })} />
          <select value={target.unit} aria-label={t('unitOf', { metric: label })}
                  onChange={(e) => onChange({ ...target, unit: e.target.value as DurationUnit })}>
            {DURATION_UNITS.map((u) => <option key={u} value={u}>{t(`unit.${u}`)}</option>)}
          </select>
        </>
      )}
      {error && <span id={errorId} className="field-error">{error}</span>}
    </div>
  );
}
