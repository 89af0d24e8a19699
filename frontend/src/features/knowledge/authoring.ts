import { useQuery } from '@tanstack/react-query';
import { knowledgeApi } from './api';

/** What the signed-in user may author (everything for supervisors and admins, an expert's grant for an agent). */
export function useAuthorScope() {
  return useQuery({ queryKey: ['knowledge-author-scope'], queryFn: knowledgeApi.myAuthorScope, staleTime: 60_000 });
}
