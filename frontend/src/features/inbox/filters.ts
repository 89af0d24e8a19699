/**
 * The list's filters and sort live in the URL's search parameters (shareable, back/forward work) with the
 * same names the API uses; saved views store them under the contract's field names (inboxId, teamId...).
 */
export interface Filters {
  status?: string;
  channel?: string;
  inboxId?: string;
  teamId?: string;
  assignee?: string;
  priority?: string;
  tag?: string;
  tier?: string;
  language?: string;
  q?: string;
  sla?: string;
  dueWithin?: string;
  sort?: Sort;
}

export type Sort = 'activity' | 'waiting' | 'priority' | 'due';
export const SORTS: Sort[] = ['activity', 'waiting', 'priority', 'due'];

/** The `sla` filter's values: by where the next deadline stands now. */
export const SLA_STATES = ['breached', 'at-risk', 'on-track', 'running'] as const;
/** The `dueWithin` choices offered (ISO-8601 durations; overdue conversations included). */
export const DUE_WITHIN = ['PT15M', 'PT1H', 'PT4H', 'P1D'] as const;

export type FilterKey = Exclude<keyof Filters, 'sort'>;

/** Filter field → URL / API query parameter. */
export const PARAM: Record<FilterKey, string> = {
  status: 'status', channel: 'channel', inboxId: 'inbox', teamId: 'team', assignee: 'assignee',
  priority: 'priority', tag: 'tag', tier: 'tier', language: 'language', q: 'q', sla: 'sla', dueWithin: 'dueWithin',
};
export const FILTER_KEYS = Object.keys(PARAM) as FilterKey[];

const isSort = (value: string | null | undefined): value is Sort => !!value && (SORTS as string[]).includes(value);

export function filtersFromSearch(search: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(PARAM[key])?.trim();
    if (value) filters[key] = value;
  }
  const sort = search.get('sort');
  if (isSort(sort)) filters.sort = sort;
  return filters;
}

export function filtersToSearch(filters: Filters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) search.set(PARAM[key], value);
  }
  if (filters.sort) search.set('sort', filters.sort);
  return search;
}

/** The API's query parameters for these filters (undefined ones are left out by `query()`). */
export function filtersToParams(filters: Filters): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const key of FILTER_KEYS) params[PARAM[key]] = filters[key]?.trim() || undefined;
  // No sort: the server's default (activity, or a saved view's own sort).
  params.sort = filters.sort;
  return params;
}

/** How many filters (not the sort) are set: shown on the "More filters" button. */
export function activeFilterCount(filters: Filters, keys: readonly FilterKey[] = FILTER_KEYS): number {
  return keys.filter((key) => !!filters[key]?.trim()).length;
}

/** A stable key for the query cache: the same filters always give the same key. */
export function filtersKey(filters: Filters): string {
  return filtersToSearch(filters).toString();
}

/** The filters of a saved view, as a Filters object (null fields dropped). */
export function viewFilters(saved: Partial<Record<FilterKey, string | null>> | null | undefined, sort?: string | null): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = saved?.[key];
    if (value) filters[key] = value;
  }
  if (isSort(sort) && sort !== 'activity') filters.sort = sort;
  return filters;
}

/** Filters to store in a saved view: every field present, null when unset (the contract's shape). */
export function toViewFilters(filters: Filters): Record<FilterKey, string | null> {
  const out = {} as Record<FilterKey, string | null>;
  for (const key of FILTER_KEYS) out[key] = filters[key]?.trim() || null;
  return out;
}

export const BUILT_IN_VIEWS = ['mine', 'unassigned', 'teams', 'all', 'mentions'] as const;
export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];
export const isBuiltInView = (view: string | undefined): view is BuiltInView =>
  !!view && (BUILT_IN_VIEWS as readonly string[]).includes(view);

/**
 * The filters a built-in view implies, so saving "Mine + email" as a view keeps meaning "mine": the
 * assignee of mine/unassigned; teams and mentions have no filter equivalent.
 */
export function impliedFilters(view: string): Filters {
  if (view === 'mine') return { assignee: 'me' };
  if (view === 'unassigned') return { assignee: 'none' };
  return {};
}
