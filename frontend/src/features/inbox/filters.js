export const SORTS = ['activity', 'waiting', 'priority'];
/** Filter field → URL / API query parameter. */
export const PARAM = {
    status: 'status', channel: 'channel', inboxId: 'inbox', teamId: 'team', assignee: 'assignee',
    priority: 'priority', tag: 'tag', tier: 'tier', language: 'language', q: 'q',
};
export const FILTER_KEYS = Object.keys(PARAM);
const isSort = (value) => !!value && SORTS.includes(value);
export function filtersFromSearch(search) {
    const filters = {};
    for (const key of FILTER_KEYS) {
        const value = search.get(PARAM[key])?.trim();
        if (value)
            filters[key] = value;
    }
    const sort = search.get('sort');
    if (isSort(sort))
        filters.sort = sort;
    return filters;
}
export function filtersToSearch(filters) {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) {
        const value = filters[key]?.trim();
        if (value)
            search.set(PARAM[key], value);
    }
    if (filters.sort)
        search.set('sort', filters.sort);
    return search;
}
/** The API's query parameters for these filters (undefined ones are left out by `query()`). */
export function filtersToParams(filters) {
    const params = {};
    for (const key of FILTER_KEYS)
        params[PARAM[key]] = filters[key]?.trim() || undefined;
    // No sort: the server's default (activity, or a saved view's own sort).
    params.sort = filters.sort;
    return params;
}
/** How many filters (not the sort) are set: shown on the "More filters" button. */
export function activeFilterCount(filters, keys = FILTER_KEYS) {
    return keys.filter((key) => !!filters[key]?.trim()).length;
}
/** A stable key for the query cache: the same filters always give the same key. */
export function filtersKey(filters) {
    return filtersToSearch(filters).toString();
}
/** The filters of a saved view, as a Filters object (null fields dropped). */
export function viewFilters(saved, sort) {
    const filters = {};
    for (const key of FILTER_KEYS) {
        const value = saved?.[key];
        if (value)
            filters[key] = value;
    }
    if (isSort(sort) && sort !== 'activity')
        filters.sort = sort;
    return filters;
}
/** Filters to store in a saved view: every field present, null when unset (the contract's shape). */
export function toViewFilters(filters) {
    const out = {};
    for (const key of FILTER_KEYS)
        out[key] = filters[key]?.trim() || null;
    return out;
}
export const BUILT_IN_VIEWS = ['mine', 'unassigned', 'teams', 'all', 'mentions'];
export const isBuiltInView = (view) => !!view && BUILT_IN_VIEWS.includes(view);
/**
 * The filters a built-in view implies, so saving "Mine + email" as a view keeps meaning "mine": the
 * assignee of mine/unassigned; teams and mentions have no filter equivalent.
 */
export function impliedFilters(view) {
    if (view === 'mine')
        return { assignee: 'me' };
    if (view === 'unassigned')
        return { assignee: 'none' };
    return {};
}
