import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, type ScheduledShift, schedulesApi, shiftEditForm, type ShiftEditForm } from './api';

export interface EditedDay { userId: string; agentName: string; day: string }

/**
 * A supervisor's hand edit of one agent's day: start and lunch of the shift, or a day off. The server checks the hard rules.
 * A new start clears the lunch time: lunch placements are relative to the start, so the old one rarely still fits.
 */
export function ShiftEditor({ scheduleId, edited, shift, templates, onClose }: {
  scheduleId: string; edited: EditedDay; shift: ScheduledShift | undefined; templates: string[]; onClose: () => void;
}) {
  const { t } = useTranslation('schedule');
  const client = useQueryClient();
  const [form, setForm] = useState<ShiftEditForm>(() => shiftEditForm(shift, templates));
  const save = useMutation({
    mutationFn: () => schedulesApi.editShift(scheduleId, edited.userId, edited.day, form),
    onSuccess: (detail) => {
      client.setQueryData(['schedule', scheduleId], detail);
      void client.invalidateQueries({ queryKey: ['schedule-coverage', scheduleId] });
      void client.invalidateQueries({ queryKey: ['schedules'] });
      onClose();
    },
  });
  const change = (key: keyof ShiftEditForm, value: string | boolean) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const problem = problemMessage(save.error);
  return (
    <form className="wf-form inline shift-editor" onSubmit={submit} aria-label={t('edit.label', { agent: edited.agentName, day: edited.day })}>
      <strong>{t('edit.label', { agent: edited.agentName, day: edited.day })}</strong>
      {templates.length > 1 && (
        <label className="wf-field"><span>{t('edit.template')}</span>
          <select value={form.template} disabled={form.dayOff} onChange={(e) => change('template', e.target.value)}>
            {templates.map((template) => <option key={template}>{template}</option>)}
          </select></label>
      )}
      <label className="wf-field"><span>{t('edit.start')}</span>
        <input type="time" step={900} required={!form.dayOff} disabled={form.dayOff} value={form.start}
          onChange={(e) => setForm((current) => ({ ...current, start: e.target.value, lunchStart: '' }))} /></label>
      <label className="wf-field"><span>{t('edit.lunchStart')}</span>
        <input type="time" step={900} disabled={form.dayOff} value={form.lunchStart} onChange={(e) => change('lunchStart', e.target.value)} /></label>
      <label className="wf-check">
        <input type="checkbox" checked={form.dayOff} onChange={(e) => change('dayOff', e.target.checked)} /> {t('edit.dayOff')}
      </label>
      <button type="submit" disabled={save.isPending}>{t('edit.save')}</button>
      <button type="button" className="secondary" onClick={onClose}>{t('edit.cancel')}</button>
      {problem && <p role="alert" className="wf-error">{problem}</p>}
    </form>
  );
}
