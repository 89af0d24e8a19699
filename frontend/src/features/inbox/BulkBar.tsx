import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { type BulkRequest, inboxApi, type InboxItem, type Status } from './api';
import { useTags, useTeams, useUsers } from './hooks';
import { inboxKeys } from './live';

const BULK_STATUSES: Status[] = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'];

/** Assign, change status, add or remove a tag for the selected conversations; shows what failed and why. */
export function BulkBar({ ids, items, onDone, onClear }: {
  ids: string[]; items: InboxItem[]; onDone: (failedIds: string[]) => void; onClear: () => void;
}) {
  const { t } = useTranslation('inbox');
  const id = useId();
  const client = useQueryClient();
  const users = useUsers();
  const teams = useTeams();
  const tags = useTags();
  const [assignTo, setAssignTo] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [tag, setTag] = useState('');

  const bulk = useMutation({
    mutationFn: (request: Omit<BulkRequest, 'ids'>) => inboxApi.bulk({ ...request, ids }),
    onSuccess: (result) => onDone(result.failed.map((f) => f.id)),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: inboxKeys.all });
    },
  });

  const assign = () => {
    if (!assignTo) return;
    const [kind, target] = assignTo.split(':');
    // The API keeps what is not named; 'none' clears it.
    bulk.mutate(kind === 'team'
      ? { action: 'assign', teamId: target }
      : { action: 'assign', assigneeId: kind === 'user' ? target : 'none' });
  };
  const nameOf = (conversationId: string) =>
    items.find((item) => item.id === conversationId)?.contactName ?? t('list.unknownContact');

  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.label')}>
      <div className="bulk-row">
        <strong>{t('bulk.selected', { count: ids.length })}</strong>
        <span className="spacer" />
        <button type="button" className="link" onClick={onClear}>{ids.length > 0 ? t('bulk.clear') : t('bulk.close')}</button>
      </div>
      <div className="bulk-row">
        <label htmlFor={`${id}-assign`} className="visually-hidden">{t('bulk.assignTo')}</label>
        <select id={`${id}-assign`} value={assignTo} onChange={(e) => setAssignTo(e.target.value)}>
          <option value="">{t('bulk.assignTo')}</option>
          <option value="none">{t('bulk.unassign')}</option>
          <optgroup label={t('bulk.agents')}>
            {(users.data ?? []).filter((u) => u.active !== false).map((u) => (
              <option key={u.id} value={`user:${u.id}`}>{u.displayName}</option>
            ))}
          </optgroup>
          <optgroup label={t('bulk.teams')}>
            {(teams.data ?? []).map((team) => <option key={team.id} value={`team:${team.id}`}>{team.name}</option>)}
          </optgroup>
        </select>
        <button type="button" disabled={!assignTo || bulk.isPending || ids.length === 0} onClick={assign}>{t('bulk.assign')}</button>
      </div>
      <div className="bulk-row">
        <label htmlFor={`${id}-status`} className="visually-hidden">{t('bulk.status')}</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
          <option value="">{t('bulk.status')}</option>
          {BULK_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
        <button type="button" disabled={!status || bulk.isPending || ids.length === 0}
                onClick={() => status && bulk.mutate({ action: 'status', status })}>{t('bulk.apply')}</button>
      </div>
      <div className="bulk-row">
        <label htmlFor={`${id}-tag`} className="visually-hidden">{t('bulk.tag')}</label>
        <input id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)} placeholder={t('bulk.tag')}
               list={`${id}-tags`} autoComplete="off" />
        <datalist id={`${id}-tags`}>{(tags.data ?? []).map((x) => <option key={x.name} value={x.name} />)}</datalist>
        <button type="button" disabled={!tag.trim() || bulk.isPending || ids.length === 0}
                onClick={() => bulk.mutate({ action: 'tag', addTags: [tag.trim()] })}>{t('bulk.addTag')}</button>
        <button type="button" className="secondary" disabled={!tag.trim() || bulk.isPending || ids.length === 0}
                onClick={() => bulk.mutate({ action: 'tag', removeTags: [tag.trim()] })}>{t('bulk.removeTag')}</button>
      </div>
      <div aria-live="polite" className="bulk-result">
        {bulk.isPending && <span className="muted">{t('bulk.working')}</span>}
        {bulk.isError && <p className="error" role="alert">{errorMessage(bulk.error, (key) => t(key, { ns: 'common' }))}</p>}
        {bulk.data && (
          <>
            <p className={bulk.data.failed.length ? '' : 'success'}>{t('bulk.updated', { count: bulk.data.updated })}</p>
            {bulk.data.failed.length > 0 && (
              <div role="alert" className="bulk-failures">
                <p className="error">{t('bulk.failed', { count: bulk.data.failed.length })}</p>
                <ul>
                  {bulk.data.failed.slice(0, 5).map((f) => (
                    <li key={f.id}><strong>{nameOf(f.id)}</strong>: {f.detail ?? t('bulk.failedStatus', { status: f.status })}</li>
                  ))}
                  {bulk.data.failed.length > 5 && <li className="muted">{t('bulk.moreFailed', { count: bulk.data.failed.length - 5 })}</li>}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
