import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { inboxApi } from './api';
import { filtersKey } from './filters';
import { inboxKeys } from './live';
export function useInboxList(view, filters) {
    return useInfiniteQuery({
        queryKey: inboxKeys.list(view, filtersKey(filters)),
        queryFn: ({ pageParam }) => inboxApi.list(view, filters, pageParam),
        initialPageParam: null,
        getNextPageParam: (last) => last.nextCursor ?? undefined,
        // Live events keep the list fresh; no need to refetch on every remount.
        staleTime: 60_000,
    });
}
export function useInboxCounts() {
    return useQuery({ queryKey: inboxKeys.counts, queryFn: inboxApi.counts, staleTime: 60_000 });
}
export function useSavedViews() {
    return useQuery({ queryKey: inboxKeys.views, queryFn: inboxApi.views, staleTime: 5 * 60_000 });
}
// Reference data for filters and bulk actions, under the app-wide keys.
const lookup = { staleTime: 5 * 60_000 };
export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: inboxApi.users, ...lookup });
export const useTeams = () => useQuery({ queryKey: ['teams'], queryFn: inboxApi.teams, ...lookup });
export const useInboxes = () => useQuery({ queryKey: ['inboxes'], queryFn: inboxApi.inboxes, ...lookup });
export const useTags = () => useQuery({ queryKey: ['tags'], queryFn: inboxApi.tags, ...lookup });
