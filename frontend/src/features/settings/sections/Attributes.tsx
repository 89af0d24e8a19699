import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { type AttributeDefinition, type AttributeType, settingsApi } from '../api';
import { ConfirmDialog, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { type Errors, parseOptions, serverFieldErrors, validateAttribute } from '../forms';

const TYPES: AttributeType[] = ['TEXT', 'NUMBER', 'DATE', 'LIST'];
const TARGETS: AttributeDefinition['appliesTo'][] = ['CONVERSATION', 'CONTACT'];

/** Custom attribute definitions for conversations and contacts. */
export function AttributesSection() {
  const { t } = useSettingsText();
  const queryClient = useQueryClient();
  const attributes = useQuery({ queryKey: ['attribute-definitions'], queryFn: settingsApi.attributes });
  const [editing, setEditing] = useState<AttributeDefinition | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AttributeDefinition | null>(null);
  const remove = useMutation({
    mutationFn: (a: AttributeDefinition) => settingsApi.deleteAttribute(a.id),
    onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['attribute-definitions'] }); },
  });
  return (
    <section>
      <div className="page-header">
        <h2>{t('section.attributes')}</h2>
        <button type="button" onClick={() => setEditing('new')}>{t('attributes.create')}</button>
      </div>
      <QueryView query={attributes} empty={t('attributes.empty')}>{(items) => (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('attributes.label')}</th>
                <th scope="col">{t('attributes.key')}</th>
                <th scope="col">{t('attributes.type')}</th>
                <th scope="col">{t('attributes.appliesTo')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td className="wrap">{a.label}</td>
                  <td><code>{a.key}</code></td>
                  <td className="wrap">
                    {t(`attributes.typeName.${a.type}`)}
                    {a.type === 'LIST' && <span className="hint"> · {a.options.join(', ')}</span>}
                  </td>
                  <td>{t(`attributes.target.${a.appliesTo}`)}</td>
                  <td className="actions">
                    <button type="button" className="secondary small" onClick={() => setEditing(a)}
                            aria-label={t('attributes.editOne', { label: a.label })}>{t('edit', { ns: 'common' })}</button>
                    <button type="button" className="secondary small" onClick={() => { remove.reset(); setDeleting(a); }}
                            aria-label={t('attributes.deleteOne', { label: a.label })}>{t('delete', { ns: 'common' })}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}</QueryView>
      {editing && <AttributeDialog attribute={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog open={!!deleting} title={t('attributes.deleteTitle')}
                     message={t('attributes.deleteConfirm', { label: deleting?.label ?? '' })}
                     confirmLabel={t('delete', { ns: 'common' })} pending={remove.isPending} error={remove.error}
                     onCancel={() => setDeleting(null)} onConfirm={() => deleting && remove.mutate(deleting)} />
    </section>
  );
}

function AttributeDialog({ attribute, onClose }: { attribute: AttributeDefinition | null; onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const queryClient = useQueryClient();
  const [key, setKey] = useState(attribute?.key ?? '');
  const [label, setLabel] = useState(attribute?.label ?? '');
  const [type, setType] = useState<AttributeType>(attribute?.type ?? 'TEXT');
  const [appliesTo, setAppliesTo] = useState(attribute?.appliesTo ?? 'CONVERSATION');
  const [options, setOptions] = useState((attribute?.options ?? []).join('\n'));
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: () => {
      const values = { label: label.trim(), type, appliesTo, options: type === 'LIST' ? parseOptions(options) : [] };
      return attribute ? settingsApi.updateAttribute(attribute.id, values) : settingsApi.createAttribute({ key: key.trim(), ...values });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['attribute-definitions'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateAttribute({ key: key.trim(), label, type, options: parseOptions(options) });
    setLocalErrors(errors);
    if (!Object.keys(errors).length) save.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={attribute ? t('attributes.editTitle') : t('attributes.createTitle')}>
      <form className="admin-dialog form-grid" onSubmit={submit} noValidate>
        <Field label={t('attributes.label')} error={fieldError(errors.label)}>
          {(p) => <input {...p} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <Field label={t('attributes.key')} hint={t('attributes.keyHint')} error={fieldError(errors.key)}>
          {(p) => <input {...p} value={key} readOnly={!!attribute} maxLength={64} spellCheck={false}
                         onChange={(e) => setKey(e.target.value)} />}
        </Field>
        <div className="form-grid two">
          <Field label={t('attributes.type')} error={fieldError(errors.type)}>
            {(p) => (
              <select {...p} value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
                {TYPES.map((x) => <option key={x} value={x}>{t(`attributes.typeName.${x}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('attributes.appliesTo')} error={fieldError(errors.appliesTo)}>
            {(p) => (
              <select {...p} value={appliesTo} onChange={(e) => setAppliesTo(e.target.value as AttributeDefinition['appliesTo'])}>
                {TARGETS.map((x) => <option key={x} value={x}>{t(`attributes.target.${x}`)}</option>)}
              </select>
            )}
          </Field>
        </div>
        {type === 'LIST' && (
          <Field label={t('attributes.options')} hint={t('attributes.optionsHint')} error={fieldError(errors.options)}>
            {(p) => <textarea {...p} rows={4} value={options} onChange={(e) => setOptions(e.target.value)} />}
          </Field>
        )}
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>{t('cancel', { ns: 'common' })}</button>
          <button type="submit" disabled={save.isPending}>{attribute ? t('save', { ns: 'common' }) : t('create', { ns: 'common' })}</button>
        </div>
      </form>
    </Dialog>
  );
}
