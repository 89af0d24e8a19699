import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { inboxApi, type SavedView } from './api';
import { type Filters, toViewFilters, viewFilters } from './filters';
import { FilterFields } from './FilterFields';
import { inboxKeys } from './live';

/** Creates a saved view from the current filters, or edits (and deletes) one. */
export function ViewDialog(props: { mode: 'create'; initial: Filters; onClose: () => void }
  | { mode: 'edit'; view: SavedView; current: string; onClose: () => void }) {
  const { t } = useTranslation('inbox');
  const tc = (key: string) => t(key, { ns: 'common' });
  const { me } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const editing = props.mode === 'edit' ? props.view : null;
  const [name, setName] = useState(editing?.name ?? '');
  const [shared, setShared] = useState(editing?.shared ?? false);
  const [filters, setFilters] = useState<Filters>(
    editing ? viewFilters(editing.filters, editing.sort) : props.mode === 'create' ? props.initial : {});
  const [confirmDelete, setConfirmDelete] = useState(false);

  const refresh = () => {
    void client.invalidateQueries({ queryKey: inboxKeys.views });
    void client.invalidateQueries({ queryKey: inboxKeys.counts });
  };
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), shared, filters: toViewFilters(filters), sort: filters.sort ?? 'activity' };
      return editing ? inboxApi.updateView(editing.id, body) : inboxApi.createView(body);
    },
    onSuccess: (view) => {
      refresh();
      void client.invalidateQueries({ queryKey: ['inbox', 'list', view.id] });
      props.onClose();
      if (!editing) navigate(`/inbox/${view.id}`);
    },
  });
  const remove = useMutation({
    mutationFn: () => inboxApi.deleteView(editing!.id),
    onSuccess: () => {
      refresh();
      props.onClose();
      if (props.mode === 'edit' && props.current === editing!.id) navigate('/inbox');
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) save.mutate();
  };
  const error = save.error ?? remove.error;

  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()} wide
            title={editing ? t('views.editTitle') : t('views.createTitle')}>
      <form className="view-form" onSubmit={submit}>
        <label className="field">
          <span>{t('views.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} autoFocus name="viewName" />
        </label>
        {includes(me.role, 'SUPERVISOR') && (
          <label className="check">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            {t('views.shareWithTeam')}
          </label>
        )}
        <FilterFields value={filters} onChange={setFilters} withSearch withSort />
        {error && <p className="error" role="alert">{errorMessage(error, tc)}</p>}
        <div className="form-actions">
          {editing && (confirmDelete
            ? <button type="button" className="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
                {t('views.confirmDelete')}
              </button>
            : <button type="button" className="secondary" onClick={() => setConfirmDelete(true)}>{tc('delete')}</button>)}
          <span className="spacer" />
          <button type="button" className="secondary" onClick={props.onClose}>{tc('cancel')}</button>
          <button type="submit" disabled={!name.trim() || save.isPending}>{tc('save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
