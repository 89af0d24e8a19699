import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, PRIORITIES, STATUSES } from './api';
import { DUE_WITHIN, type Filters, type FilterKey, SLA_STATES, SORTS, type Sort } from './filters';
import { useInboxes, useTags, useTeams, useUsers } from './hooks';

/** Every filter as a labelled field; used by the filter bar's popover and the saved view dialog. */
export function FilterFields({ value, onChange, withSearch = false, withSort = false }: {
  value: Filters; onChange: (next: Filters) => void; withSearch?: boolean; withSort?: boolean;
}) {
  const { t } = useTranslation('inbox');
  const id = useId();
  const users = useUsers();
  const teams = useTeams();
  const inboxes = useInboxes();
  const tags = useTags();
  const set = (key: FilterKey | 'sort', next: string) => onChange({ ...value, [key]: next || undefined });

  const select = (key: FilterKey, options: { value: string; label: string }[], anyLabel = t('filter.any')) => (
    <label className="field" htmlFor={`${id}-${key}`}>
      <span>{t(`filter.${key}`)}</span>
      <select id={`${id}-${key}`} value={value[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
  const text = (key: FilterKey, list?: string[]) => (
    <label className="field" htmlFor={`${id}-${key}`}>
      <span>{t(`filter.${key}`)}</span>
      <input id={`${id}-${key}`} value={value[key] ?? ''} onChange={(e) => set(key, e.target.value)}
             list={list ? `${id}-${key}-list` : undefined} autoComplete="off" />
      {list && <datalist id={`${id}-${key}-list`}>{list.map((v) => <option key={v} value={v} />)}</datalist>}
    </label>
  );

  return (
    <div className="filter-fields">
      {withSearch && text('q')}
      {select('status', [...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), { value: 'any', label: t('status.any') }],
        t('status.default'))}
      {select('channel', CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`, { ns: 'common' }) })))}
      {select('inboxId', (inboxes.data ?? []).map((i) => ({ value: i.id, label: i.name })))}
      {select('teamId', (teams.data ?? []).map((team) => ({ value: team.id, label: team.name })))}
      {select('assignee', [
        { value: 'me', label: t('assignee.me') },
        { value: 'none', label: t('assignee.none') },
        ...(users.data ?? []).filter((u) => u.active !== false).map((u) => ({ value: u.id, label: u.displayName })),
      ])}
      {select('priority', PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })))}
      {text('tag', (tags.data ?? []).map((tag) => tag.name))}
      {text('tier')}
      {text('language')}
      {select('sla', SLA_STATES.map((state) => ({ value: state, label: t(`filter.slaState.${state}`) })))}
      {select('dueWithin', DUE_WITHIN.map((within) => ({ value: within, label: t(`filter.dueWithinOption.${within}`) })))}
      {withSort && <label className="field" htmlFor={`${id}-sort`}>
        <span>{t('sort.label')}</span>
        <select id={`${id}-sort`} value={value.sort ?? 'activity'} onChange={(e) => set('sort', e.target.value as Sort)}>
          {SORTS.map((s) => <option key={s} value={s}>{t(`sort.${s}`)}</option>)}
        </select>
      </label>}
    </div>
  );
}
