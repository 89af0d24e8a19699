import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../lib/http';
import { errorMessage } from '../../ui/states';
import { type Queue, updateQueue } from './api';

type Expansion = Queue['expansion'];
type Step = 'afterSeconds' | 'minProficiency' | 'overflowAfterSeconds' | 'overflowQueueId';

/** Blank input → null (that step off); the API says what is wrong with the rest. */
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));
const text = (value: number | null) => (value === null ? '' : String(value));

/**
 * Where the API's complaint belongs: its field (`expansion.afterSeconds`, ...), or, for the 422 about an unknown
 * overflow queue (which names no field), the overflow queue.
 */
export function expansionErrorField(error: unknown): Step | 'form' | null {
  if (!error) return null;
  if (error instanceof ProblemError) {
    const field = error.errors[0]?.field;
    if (field?.startsWith('expansion.')) return field.slice('expansion.'.length) as Step;
    if (error.status === 422) return 'overflowQueueId';
  }
  return 'form';
}

/** The API's reason for its first field error without the field's name in front (shown next to that field). */
export function fieldMessage(error: unknown): string | null {
  const first = error instanceof ProblemError ? error.errors[0] : undefined;
  if (!first) return null;
  return first.message.startsWith(`${first.field} `) ? first.message.slice(first.field.length + 1) : first.message;
}

/** Admins: the queue's target expansion steps (wider proficiency after N s, overflow to another queue after M s). */
export function ExpansionForm({ queue, queues, onDone }: { queue: Queue; queues: Queue[]; onDone: () => void }) {
  const { t } = useTranslation('routing');
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState({
    afterSeconds: text(queue.expansion.afterSeconds), minProficiency: text(queue.expansion.minProficiency),
    overflowAfterSeconds: text(queue.expansion.overflowAfterSeconds), overflowQueueId: queue.expansion.overflowQueueId ?? '',
  });
  const save = useMutation({
    mutationFn: () => {
      const expansion: Expansion = {
        afterSeconds: numberOrNull(draft.afterSeconds), minProficiency: numberOrNull(draft.minProficiency),
        overflowAfterSeconds: numberOrNull(draft.overflowAfterSeconds), overflowQueueId: draft.overflowQueueId || null,
      };
      return updateQueue({ ...queue, expansion });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['routing'] });
      onDone();
    },
  });
  const errorAt = expansionErrorField(save.error);
  const message = fieldMessage(save.error) ?? errorMessage(save.error, t);
  const fieldError = (step: Step | 'form') => errorAt === step
    ? <span id={`${id}-${step}-error`} className="error" role="alert">{message}</span>
    : null;
  const field = (step: Step, label: string, control: (describedBy: string | undefined) => ReactNode) => (
    <div className="expansion-field">
      <label>{label}{control(errorAt === step ? `${id}-${step}-error` : undefined)}</label>
      {fieldError(step)}
    </div>
  );
  const seconds = (step: 'afterSeconds' | 'overflowAfterSeconds', label: string) => field(step, label, (describedBy) => (
    <input type="number" min={1} max={86400} value={draft[step]} aria-invalid={errorAt === step} aria-describedby={describedBy}
           onChange={(e) => setDraft({ ...draft, [step]: e.target.value })} />
  ));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('expansion.editOf', { name: queue.name })} className="expansion-form">
      <p className="muted">{t('expansion.help')}</p>
      <fieldset>
        <legend>{t('expansion.widen')}</legend>
        {seconds('afterSeconds', t('expansion.afterSeconds'))}
        {field('minProficiency', t('expansion.minProficiency'), (describedBy) => (
          <input type="number" min={1} max={5} value={draft.minProficiency} aria-invalid={errorAt === 'minProficiency'}
                 aria-describedby={describedBy} onChange={(e) => setDraft({ ...draft, minProficiency: e.target.value })} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('expansion.overflow')}</legend>
        {seconds('overflowAfterSeconds', t('expansion.overflowAfterSeconds'))}
        {field('overflowQueueId', t('expansion.overflowQueue'), (describedBy) => (
          <select value={draft.overflowQueueId} aria-invalid={errorAt === 'overflowQueueId'} aria-describedby={describedBy}
                  onChange={(e) => setDraft({ ...draft, overflowQueueId: e.target.value })}>
            <option value="">{t('expansion.noOverflow')}</option>
            {queues.filter((q) => q.id !== queue.id).map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
          </select>
        ))}
      </fieldset>
      <div className="expansion-actions">
        <button type="submit" disabled={save.isPending}>{t('save')}</button>
        <button type="button" className="secondary" onClick={onDone}>{t('expansion.cancel')}</button>
      </div>
      {fieldError('form')}
    </form>
  );
}

/** The steps in a table cell: "after 30 s: proficiency ≥ 2 · after 60 s: to Overflow", or "off". */
export function expansionSummary(expansion: Expansion, queueName: (id: string) => string,
                                 t: (key: string, options?: Record<string, unknown>) => string): string {
  const steps = [];
  if (expansion.afterSeconds !== null && expansion.minProficiency !== null) {
    steps.push(t('expansion.widenStep', { seconds: expansion.afterSeconds, level: expansion.minProficiency }));
  }
  if (expansion.overflowAfterSeconds !== null && expansion.overflowQueueId !== null) {
    steps.push(t('expansion.overflowStep', { seconds: expansion.overflowAfterSeconds, queue: queueName(expansion.overflowQueueId) }));
  }
  return steps.length ? steps.join(' · ') : t('expansion.off');
}
