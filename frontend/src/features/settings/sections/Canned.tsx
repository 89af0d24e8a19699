import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useDeferredValue, useState } from 'react';
import { includes } from '../../auth/api';
import { useSession } from '../../auth/session';
import { Dialog } from '../../../ui/Dialog';
import { QueryView } from '../../../ui/states';
import { type CannedResponse, settingsApi } from '../api';
import { ConfirmDialog, Field, FormError, mergeErrors, useSettingsText } from '../components';
import { CANNED_VARIABLES, type Errors, serverFieldErrors, unknownVariables, validateCanned } from '../forms';

/** Canned responses: the user's personal ones and the shared ones (managed by supervisors and admins). */
export function CannedSection() {
  const { t } = useSettingsText();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const canned = useQuery({ queryKey: ['canned', q], queryFn: () => settingsApi.canned(q || undefined) });
  const [editing, setEditing] = useState<CannedResponse | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CannedResponse | null>(null);
  const remove = useMutation({
    mutationFn: (c: CannedResponse) => settingsApi.deleteCanned(c.id),
    onSuccess: () => { setDeleting(null); void queryClient.invalidateQueries({ queryKey: ['canned'] }); },
  });
  const mayEdit = (c: CannedResponse) => (c.shared ? includes(me.role, 'SUPERVISOR') : c.ownerId === me.userId);
  return (
    <section>
      <div className="page-header">
        <h2>{t('section.canned')}</h2>
        <div className="header-actions">
          <input type="search" aria-label={t('canned.search')} placeholder={t('canned.search')} value={search}
                 onChange={(e) => setSearch(e.target.value)} />
          <button type="button" onClick={() => setEditing('new')}>{t('canned.create')}</button>
        </div>
      </div>
      <QueryView query={canned} empty={q ? t('canned.noMatch') : t('canned.empty')}>{(items) => (
          <table className="data-table" data-testid="canned-table">
            <thead>
              <tr>
                <th scope="col">{t('canned.shortcut')}</th>
                <th scope="col">{t('canned.title')}</th>
                <th scope="col">{t('canned.body')}</th>
                <th scope="col">{t('canned.scope')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td><code>/{c.shortcut}</code></td>
                  <td className="wrap">{c.title}</td>
                  <td><div className="body-preview" title={c.body}>{c.body}</div></td>
                  <td><span className="badge">{c.shared ? t('canned.shared') : t('canned.personal')}</span></td>
                  <td className="actions">
                    {mayEdit(c) && <>
                      <button type="button" className="secondary small" onClick={() => setEditing(c)}
                              aria-label={t('canned.editOne', { shortcut: c.shortcut })}>{t('edit', { ns: 'common' })}</button>
                      <button type="button" className="secondary small" onClick={() => { remove.reset(); setDeleting(c); }}
                              aria-label={t('canned.deleteOne', { shortcut: c.shortcut })}>{t('delete', { ns: 'common' })}</button>
                    </>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}</QueryView>
      {editing && <CannedDialog canned={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog open={!!deleting} title={t('canned.deleteTitle')}
                     message={t('canned.deleteConfirm', { shortcut: deleting?.shortcut ?? '' })}
                     confirmLabel={t('delete', { ns: 'common' })} pending={remove.isPending} error={remove.error}
                     onCancel={() => setDeleting(null)} onConfirm={() => deleting && remove.mutate(deleting)} />
    </section>
  );
}

function CannedDialog({ canned, onClose }: { canned: CannedResponse | null; onClose: () => void }) {
  const { t, fieldError } = useSettingsText();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [shortcut, setShortcut] = useState(canned?.shortcut ?? '');
  const [title, setTitle] = useState(canned?.title ?? '');
  const [body, setBody] = useState(canned?.body ?? '');
  const [shared, setShared] = useState(canned?.shared ?? false);
  const [localErrors, setLocalErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: () => {
      const values = { shortcut: shortcut.trim(), title: title.trim(), body, shared };
      return canned ? settingsApi.updateCanned(canned.id, values) : settingsApi.createCanned(values);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['canned'] });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validateCanned({ shortcut: shortcut.trim(), title, body });
    setLocalErrors(errors);
    if (!Object.keys(errors).length) save.mutate();
  };
  const errors = mergeErrors(localErrors, serverFieldErrors(save.error));
  const unknown = unknownVariables(body);
  return (
    <Dialog open onOpenChange={(open) => { if (!open) onClose(); }} title={canned ? t('canned.editTitle') : t('canned.createTitle')} wide>
      <form className="admin-dialog form-grid" onSubmit={submit} noValidate>
        <div className="form-grid two">
          <Field label={t('canned.shortcut')} hint={t('canned.shortcutHint')} error={fieldError(errors.shortcut)}>
            {(p) => <input {...p} value={shortcut} maxLength={50} onChange={(e) => setShortcut(e.target.value)} />}
          </Field>
          <Field label={t('canned.title')} error={fieldError(errors.title)}>
            {(p) => <input {...p} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('canned.body')} error={fieldError(errors.body)}
               hint={<>
                 {t('canned.variablesHelp')}{' '}
                 <span className="variables">{CANNED_VARIABLES.map((v) => (
                   <button key={v} type="button" className="secondary small" onClick={() => setBody(`${body}${v}`)}
                           aria-label={t('canned.insertVariable', { variable: v })}><code>{v}</code></button>
                 ))}</span>
                 {unknown.length > 0 && <span className="field-error"> {t('canned.unknownVariables', { variables: unknown.join(', ') })}</span>}
               </>}>
          {(p) => <textarea {...p} rows={6} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
        {includes(me.role, 'SUPERVISOR') && (
          <label className="check">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            {t('canned.sharedLabel')}
          </label>
        )}
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>{t('cancel', { ns: 'common' })}</button>
          <button type="submit" disabled={save.isPending}>{canned ? t('save', { ns: 'common' }) : t('create', { ns: 'common' })}</button>
        </div>
      </form>
    </Dialog>
  );
}
