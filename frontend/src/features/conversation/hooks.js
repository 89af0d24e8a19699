import { useQuery } from '@tanstack/react-query';
import { conversationApi } from './api';
const minutes = (n) => n * 60_000;
/** Teammates, teams, tags and attribute definitions change rarely: cached for a few minutes. */
export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: conversationApi.users, staleTime: minutes(5) });
export const useTeams = () => useQuery({ queryKey: ['teams'], queryFn: conversationApi.teams, staleTime: minutes(5) });
export const useTags = () => useQuery({ queryKey: ['tags'], queryFn: conversationApi.tags, staleTime: minutes(1) });
export const useAttributeDefinitions = () => useQuery({ queryKey: ['attribute-definitions'], queryFn: conversationApi.attributeDefinitions, staleTime: minutes(5), retry: false });
export function usersById(users) {
    return new Map((users ?? []).map((u) => [u.id, u]));
}
