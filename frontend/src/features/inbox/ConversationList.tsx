import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatDateTime, formatElapsed, formatRelative } from '../../lib/format';
import { useShortcut } from '../../lib/shortcuts';
import { ChannelIcon } from '../../ui/ChannelIcon';
import { SlaBadge } from '../conversation/SlaBadge';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import type { InboxCounts, InboxItem } from './api';
import { BulkBar } from './BulkBar';
import { FilterBar, FilterChips } from './FilterBar';
import { type Filters, impliedFilters, isBuiltInView, viewFilters } from './filters';
import { useNow } from '../../lib/useNow';
import { useInboxList, useSavedViews, useUsers } from './hooks';
import { emptySelection, prune, type Selection, selectAll, toggle } from './selection';
import { previewAuthor } from './preview';
import { ViewDialog } from './ViewDialog';
import { useSession } from '../auth/session';

const ROW_HEIGHT = 72;

/** The conversations of a view: filters, bulk actions and a virtualized list loading pages as it scrolls. */
export function ConversationList({ view, filters, setFilters, openId, onOpen, counts }: {
  view: string; filters: Filters; setFilters: (next: Filters) => void; openId: string | undefined; onOpen: (id: string) => void;
  counts: InboxCounts | undefined;
}) {
  const { t } = useTranslation('inbox');
  const list = useInboxList(view, filters);
  const savedViews = useSavedViews();
  const saved = isBuiltInView(view) ? undefined : savedViews.data?.find((v) => v.id === view);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const order = useMemo(() => items.map((item) => item.id), [items]);
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [saving, setSaving] = useState(false);
  const location = useLocation();
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => setSelection((current) => prune(current, order)), [order]);
  // The bulk bar stays after its action emptied the selection, so its result can be read.
  const [bulkOpen, setBulkOpen] = useState(false);
  useEffect(() => {
    if (selection.ids.size > 0) setBulkOpen(true);
  }, [selection.ids.size]);

  const virtualizer = useVirtualizer({
    count: items.length + (list.hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => items[index]?.id ?? 'loader',
  });
  const virtualItems = virtualizer.getVirtualItems();

  // Load the next page when the end comes into sight.
  const last = virtualItems[virtualItems.length - 1];
  useEffect(() => {
    if (last && last.index >= items.length - 10 && list.hasNextPage && !list.isFetchingNextPage && !list.isError) {
      void list.fetchNextPage();
    }
  }, [last, items.length, list]);

  const openIndex = openId ? order.indexOf(openId) : -1;
  // j/k start from the conversation in the address bar: navigation renders a moment later, and quick
  // repeated presses must keep moving from where the last one went.
  const openInUrl = () => decodeURIComponent(window.location.pathname.split('/')[3] ?? '') || undefined;
  const move = (delta: number) => {
    if (items.length === 0) return;
    const from = openInUrl();
    const current = from ? order.indexOf(from) : -1;
    const next = current < 0 ? 0 : Math.max(0, Math.min(items.length - 1, current + delta));
    if (current === next) return;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    onOpen(items[next].id);
  };
  useShortcut('j', 'inbox:shortcut.next', () => move(1));
  useShortcut('k', 'inbox:shortcut.previous', () => move(-1));
  useShortcut('x', 'inbox:shortcut.select', () => {
    if (openId && openIndex >= 0) setSelection((current) => toggle(current, order, openId, false));
  });
  useShortcut('/', 'inbox:shortcut.search', () => searchRef.current?.focus());

  const onToggle = useCallback((id: string, range: boolean) => setSelection((current) => toggle(current, order, id, range)), [order]);
  const allSelected = items.length > 0 && selection.ids.size === items.length;
  const someSelected = selection.ids.size > 0 && !allSelected;

  const users = useUsers();
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.displayName])), [users.data]);
  const { me } = useSession();
  const previewPrefix = (item: InboxItem) => {
    const author = previewAuthor(item, me.userId, names);
    if (author.kind === 'you') return t('list.you');
    if (author.kind === 'bot') return t('list.bot');
    return author.kind === 'colleague' ? t('list.colleague', { name: author.name }) : '';
  };
  const now = useNow(30_000);

  // The exact total where the counts know it: an unfiltered built-in or saved view.
  const unfiltered = Object.keys(filters).every((key) => key === 'sort');
  const total = !unfiltered || !counts ? undefined
    : isBuiltInView(view) ? counts[view] ?? undefined : counts.views?.[view];
  const showUnassigned = view !== 'mine' && view !== 'unassigned';
  const title = isBuiltInView(view) ? t(`views.${view}`) : saved?.name ?? t('views.savedView');
  const initialForSave: Filters = { ...impliedFilters(view), ...viewFilters(saved?.filters, saved?.sort), ...filters };

  return (
    <section className="inbox-list" aria-labelledby="inbox-list-title">
      <header className="list-header">
        <h1 id="inbox-list-title" className="list-title">{title}</h1>
        {saved && <FilterChips filters={viewFilters(saved.filters)} />}
      </header>
      <FilterBar filters={filters} setFilters={setFilters} onSaveView={() => setSaving(true)} searchRef={searchRef}
                 defaultSort={saved?.sort} />
      <div className="list-toolbar">
        <label className="check">
          <input type="checkbox" checked={allSelected} disabled={items.length === 0}
                 ref={(input) => {
                   if (input) input.indeterminate = someSelected;
                 }}
                 onChange={() => setSelection(allSelected ? emptySelection : selectAll(order))} />
          <span>{t('list.selectAll')}</span>
        </label>
        <span className="muted small" aria-live="polite">
          {list.data && (total !== undefined
            ? t('list.count', { count: total })
            : t(list.hasNextPage ? 'list.countMore' : 'list.count', { count: items.length }))}
        </span>
      </div>
      {(selection.ids.size > 0 || bulkOpen) && (
        <BulkBar ids={[...selection.ids]} items={items} onDone={(failed) => setSelection({ ids: new Set(failed), anchor: null })}
                 onClear={() => {
                   setSelection(emptySelection);
                   setBulkOpen(false);
                 }} />
      )}
      {list.isPending ? <Loading /> : list.isError && items.length === 0 ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{Object.keys(filters).length > 0 ? t('list.emptyFiltered') : t(`list.empty.${isBuiltInView(view) ? view : 'saved'}`)}</Empty>
      ) : (
        <div ref={scrollRef} className="list-scroll" data-testid="conversation-list">
          <div role="list" aria-label={title} className="list-inner" style={{ height: virtualizer.getTotalSize() }}>
            {virtualItems.map((row) => {
              const item = items[row.index];
              return (
                <div key={row.key} role="listitem" className="list-row-slot" aria-setsize={list.hasNextPage ? -1 : items.length}
                     aria-posinset={row.index + 1} style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
                  {item ? (
                    <ConversationRow item={item} to={`/inbox/${view}/${item.id}${location.search}`} open={item.id === openId} selected={selection.ids.has(item.id)}
                                     assignee={item.assigneeId ? names.get(item.assigneeId) : showUnassigned ? t('assignee.none') : undefined}
                                     previewPrefix={previewPrefix(item)} now={now}
                                     onToggle={onToggle} />
                  ) : list.isFetchNextPageError ? (
                    <ErrorMessage error={list.error} onRetry={() => void list.fetchNextPage()} />
                  ) : (
                    <Loading label={t('list.loadingMore')} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
      {saving && <ViewDialog mode="create" initial={initialForSave} onClose={() => setSaving(false)} />}
    </section>
  );
}

const ConversationRow = memo(function ConversationRow({ item, to, open, selected, assignee, previewPrefix, now, onToggle }: {
  item: InboxItem; to: string; open: boolean; selected: boolean; assignee: string | undefined; previewPrefix: string; now: number;
  onToggle: (id: string, range: boolean) => void;
}) {
  const { t } = useTranslation('inbox');
  const name = item.contactName || t('list.unknownContact');
  const waiting = item.waitingSince ? formatElapsed(item.waitingSince, now) : null;
  const classes = ['conversation-row', open && 'open', selected && 'selected', item.unread && 'unread'].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid="conversation-row" data-id={item.id}>
      <input type="checkbox" className="row-check" checked={selected} aria-label={t('list.select', { name })}
             onChange={(e) => onToggle(item.id, (e.nativeEvent as MouseEvent).shiftKey === true)} />
      <Link to={to} className="row-link" aria-current={open ? 'true' : undefined}>
        <span className="row-line">
          <ChannelIcon channel={item.channel} />
          <span className="row-name">{name}</span>
          {item.unread && <span className="unread-dot" role="img" aria-label={t('list.unread')} />}
          <span className="spacer" />
          {waiting ? (
            <span className="row-time waiting" title={t('list.waitingSince', { time: formatDateTime(item.waitingSince) })}>
              {t('list.waiting', { time: waiting })}
            </span>
          ) : (
            <span className="row-time" title={formatDateTime(item.lastActivityAt)}>{formatRelative(item.lastActivityAt, now)}</span>
          )}
        </span>
        <span className="row-subject">
          {item.subject && <span className="subject">{item.subject}</span>}
          {item.subject && item.preview && <span className="muted"> · </span>}
          {item.preview && <span className="muted">{previewPrefix}{item.preview}</span>}
          {!item.subject && !item.preview && <span className="muted">{t('list.noMessages')}</span>}
        </span>
        <span className="row-line row-meta">
          {item.priority !== 'NORMAL' && (
            <span className={`priority priority-${item.priority.toLowerCase()}`}>{t(`priority.${item.priority}`)}</span>
          )}
          {item.status !== 'OPEN' && <span className="status-badge">{t(`status.${item.status}`)}</span>}
          {item.sla && <SlaBadge deadline={item.sla} />}
          {item.tags.slice(0, 3).map((tag) => <span key={tag} className="tag">{tag}</span>)}
          {item.tags.length > 3 && <span className="muted small">+{item.tags.length - 3}</span>}
          <span className="spacer" />
          {assignee && <span className="row-assignee muted">{assignee}</span>}
        </span>
      </Link>
    </div>
  );
});
