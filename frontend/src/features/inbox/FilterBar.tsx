import * as Popover from '@radix-ui/react-popover';
import { type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, FILTER_KEYS, type FilterKey, type Filters, SORTS, type Sort } from './filters';
import { FilterFields } from './FilterFields';
import { useInboxes, useTeams, useUsers } from './hooks';

/** How a filter's value reads in a chip: names instead of ids, translated enums. */
export function useFilterLabel() {
  const { t } = useTranslation('inbox');
  const users = useUsers();
  const teams = useTeams();
  const inboxes = useInboxes();
  return (key: FilterKey, value: string): string => {
    switch (key) {
      case 'status': return t(value === 'any' ? 'status.any' : `status.${value}`, { defaultValue: value });
      case 'channel': return t(`channel.${value}`, { ns: 'common', defaultValue: value });
      case 'priority': return t(`priority.${value}`, { defaultValue: value });
      case 'sla': return t(`filter.slaState.${value}`, { defaultValue: value });
      case 'dueWithin': return t(`filter.dueWithinOption.${value}`, { defaultValue: value });
      case 'inboxId': return inboxes.data?.find((i) => i.id === value)?.name ?? value;
      case 'teamId': return teams.data?.find((team) => team.id === value)?.name ?? value;
      case 'assignee':
        if (value === 'me') return t('assignee.me');
        if (value === 'none') return t('assignee.none');
        return users.data?.find((u) => u.id === value)?.displayName ?? value;
      default: return value;
    }
  };
}

/** Active filters as removable chips. */
export function FilterChips({ filters, onRemove }: { filters: Filters; onRemove?: (key: FilterKey) => void }) {
  const { t } = useTranslation('inbox');
  const label = useFilterLabel();
  const keys = FILTER_KEYS.filter((key) => key !== 'q' && filters[key]);
  if (keys.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('filter.active')}>
      {keys.map((key) => {
        const text = `${t(`filter.${key}`)}: ${label(key, filters[key]!)}`;
        return (
          <li key={key} className="chip">
            <span>{text}</span>
            {onRemove && (
              <button type="button" className="chip-remove" aria-label={t('filter.remove', { filter: text })}
                      onClick={() => onRemove(key)}>×</button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Search, sort, a popover with every filter, the active filters as chips, and "save as view". */
export function FilterBar({ filters, setFilters, onSaveView, searchRef, defaultSort = 'activity' }: {
  filters: Filters; setFilters: (next: Filters) => void; onSaveView: () => void; searchRef: RefObject<HTMLInputElement | null>;
  /** The sort when the URL names none: a saved view's own, else latest activity. */
  defaultSort?: Sort;
}) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState(filters.q ?? '');
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Filters>(filters);

  // The URL may change from elsewhere (back button, a view switch): follow it.
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  // Typing searches after a short pause, not on every key.
  useEffect(() => {
    if ((filters.q ?? '') === text.trim()) return;
    const timer = setTimeout(() => setFilters({ ...filters, q: text.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [text, filters, setFilters]);

  const count = activeFilterCount(filters, FILTER_KEYS.filter((key) => key !== 'q'));
  const anything = count > 0 || !!filters.q || !!filters.sort;

  return (
    <div className="filter-bar">
      <div className="filter-row">
        <input ref={searchRef} type="search" className="filter-search" value={text} onChange={(e) => setText(e.target.value)}
               aria-label={t('filter.search')} placeholder={t('filter.searchPlaceholder')}
               onKeyDown={(e) => {
                 if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
               }} />
        <Popover.Root open={open} onOpenChange={(next) => {
          if (next) setDraft(filters);
          setOpen(next);
        }}>
          <Popover.Trigger asChild>
            <button type="button" className="secondary filter-button" aria-label={t('filter.open', { count })}>
              {t('filter.button')}{count > 0 && <span className="badge">{count}</span>}
            </button>
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content className="popover filter-popover" align="start" sideOffset={6}
                             aria-label={t('filter.title')}>
              <form onSubmit={(e) => {
                e.preventDefault();
                setFilters({ ...draft, q: filters.q });
                setOpen(false);
              }}>
                <FilterFields value={draft} onChange={setDraft} />
                <div className="form-actions">
                  <button type="button" className="secondary" onClick={() => setDraft({ q: filters.q, sort: draft.sort })}>
                    {t('filter.reset')}
                  </button>
                  <button type="submit">{t('filter.apply')}</button>
                </div>
              </form>
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
      </div>
      <div className="filter-row">
        <label className="sort">
          <span className="visually-hidden">{t('sort.label')}</span>
          <select value={filters.sort ?? defaultSort} aria-label={t('sort.label')}
                  onChange={(e) => setFilters({ ...filters, sort: e.target.value === defaultSort ? undefined : e.target.value as Sort })}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`sort.${s}`)}</option>)}
          </select>
        </label>
        <span className="spacer" />
        {anything && (
          <button type="button" className="link" onClick={() => setFilters({})}>{t('filter.clear')}</button>
        )}
        <button type="button" className="secondary small-button" onClick={onSaveView}>{t('views.saveCurrent')}</button>
      </div>
      <FilterChips filters={filters} onRemove={(key) => setFilters({ ...filters, [key]: undefined })} />
    </div>
  );
}
