import { useEffect, useRef } from 'react';
import { knowledgeApi } from './api';

/**
 * Counts one view of the article for article analytics when it is first shown (once per mounted view, also
 * under React's development double effects). A failed count is not worth bothering the agent about.
 */
export function useArticleViewed(articleId: string, shown: boolean) {
  const counted = useRef<string | null>(null);
  useEffect(() => {
    if (!shown || counted.current === articleId) return;
    counted.current = articleId;
    knowledgeApi.viewed(articleId).catch(() => undefined);
  }, [articleId, shown]);
}

/** Counts the articles the side panel lists, in one call each time the list changes. */
export function useSuggestionsShown(articleIds: string[] | undefined) {
  const key = articleIds?.join(',') ?? '';
  const counted = useRef('');
  useEffect(() => {
    if (key === '' || counted.current === key) return;
    counted.current = key;
    knowledgeApi.shown(key.split(',')).catch(() => undefined);
  }, [key]);
}
