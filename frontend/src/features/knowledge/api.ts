import { api, query } from '../../lib/http';
import type { AnalyticsReport } from './analytics';

export type ArticleLanguage = 'en' | 'zh-Hans' | 'zh-Hant' | 'ko';
export type Audience = 'PUBLIC' | 'INTERNAL';
export type ArticleStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
export const ARTICLE_LANGUAGES: ArticleLanguage[] = ['en', 'zh-Hans', 'zh-Hant', 'ko'];
export const ARTICLE_STATUSES: ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

export interface Article {
  id: string;
  translationGroupId: string;
  language: ArticleLanguage;
  title: string;
  body: string;
  audience: Audience;
  status: ArticleStatus;
  categoryId: string | null;
  tags: string[];
  ownerId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  translations: { id: string; language: ArticleLanguage; status: ArticleStatus }[];
  /** The article this one was translated from; it is stale while that one's content changed after its own. */
  sourceArticleId: string | null;
  stale: boolean;
  /** A version waiting to replace this published one (an accepted suggestion); readers keep this one until then. */
  draftVersion: number | null;
}

export interface ArticleVersion {
  version: number;
  title: string;
  status: ArticleStatus;
  authorId: string;
  createdAt: string;
}

export interface SearchHit {
  id: string;
  title: string;
  /** Escaped text with the matched words in <mark>. */
  snippet: string;
  score: number;
  language: ArticleLanguage;
  audience: Audience;
}

export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED';

/** What changed between two versions, as runs of text; the body is compared as text, one line per block. */
export interface ArticleDiff {
  fromVersion: number;
  toVersion: number;
  title: { kind: DiffKind; text: string }[];
  body: { kind: DiffKind; text: string }[];
}

export type SuggestionKind = 'EDIT' | 'OUTDATED';
export type SuggestionStatus = 'OPEN' | 'ACCEPTED' | 'DISMISSED';

/** An agent's suggested edit or outdated flag, waiting in the authors' review queue until accepted or dismissed. */
export interface ArticleSuggestion {
  id: string;
  articleId: string;
  articleTitle: string;
  kind: SuggestionKind;
  comment: string;
  proposedTitle: string | null;
  /** Sanitized HTML. */
  proposedBody: string | null;
  baseVersion: number;
  status: SuggestionStatus;
  suggestedBy: string;
  createdAt: string;
  appliedVersion: number | null;
}

export interface NewSuggestion {
  kind: SuggestionKind;
  comment: string;
  title?: string;
  body?: string;
}

export interface CategoryTranslation {
  name: string;
  description: string | null;
}

export interface KnowledgeCategory {
  id: string;
  parentId: string | null;
  /** The default name and description, shown in a language without a translation. */
  name: string;
  description: string | null;
  translations: Partial<Record<ArticleLanguage, CategoryTranslation>>;
}

/** What someone may author: everything, or the articles of these categories (sub-categories included). */
export interface AuthorScope {
  everything: boolean;
  categories: string[];
}

/** An agent made a subject-matter expert for the whole knowledge base or for chosen categories. */
export interface AuthorGrant {
  userId: string;
  wholeBase: boolean;
  categoryIds: string[];
  grantedBy: string;
  grantedAt: string;
}

export function canAuthor(scope: AuthorScope | undefined, categoryId: string | null): boolean {
  return !!scope && (scope.everything || (categoryId !== null && scope.categories.includes(categoryId)));
}

export function authorsAnything(scope: AuthorScope | undefined): boolean {
  return !!scope && (scope.everything || scope.categories.length > 0);
}

export interface NewArticle {
  title: string;
  body: string;
  language: ArticleLanguage;
  audience: Audience;
  status: ArticleStatus;
  tags: string[];
  categoryId?: string | null;
  translationOf?: string;
}

export const knowledgeApi = {
  /** {@code typed}: a person typed the query (counted when nothing is found), not taken from a customer's message. */
  search: (q: string, typed: boolean, language?: ArticleLanguage) =>
    api.get<{ items: SearchHit[] }>(`/knowledge/search${query({ q, language, limit: 5, typed: typed || undefined })}`)
      .then((r) => r.items),
  unanswered: (days: number) => api.get<{ query: string; searches: number }[]>(`/knowledge/analytics/unanswered${query({ days })}`),
  list: (status?: ArticleStatus) => api.get<Article[]>(`/knowledge/articles${query({ status })}`),
  get: (id: string) => api.get<Article>(`/knowledge/articles/${id}`),
  create: (article: NewArticle) => api.post<Article>('/knowledge/articles', article),
  update: (id: string, changes: Partial<Pick<Article, 'title' | 'body' | 'audience' | 'tags' | 'categoryId'>>) =>
    api.patch<Article>(`/knowledge/articles/${id}`, changes),
  setStatus: (id: string, status: ArticleStatus) => api.post<Article>(`/knowledge/articles/${id}/status`, { status }),
  versions: (id: string) => api.get<ArticleVersion[]>(`/knowledge/articles/${id}/versions`),
  restore: (id: string, version: number) => api.post<Article>(`/knowledge/articles/${id}/versions/${version}/restore`),
  diff: (id: string, from: number, to?: number) =>
    api.get<ArticleDiff>(`/knowledge/articles/${id}/diff${query({ from, to })}`),
  suggest: (id: string, suggestion: NewSuggestion) =>
    api.post<ArticleSuggestion>(`/knowledge/articles/${id}/suggestions`, suggestion),
  suggestions: (status?: SuggestionStatus) => api.get<ArticleSuggestion[]>(`/knowledge/suggestions${query({ status })}`),
  /** {@code publish}: put the accepted text live at once instead of keeping it as a draft beside the live article. */
  accept: ({ id, publish }: { id: string; publish: boolean }) =>
    api.post<{ suggestion: ArticleSuggestion; article: Article }>(`/knowledge/suggestions/${id}/accept`, { publish }),
  publishDraft: (id: string) => api.post<Article>(`/knowledge/articles/${id}/draft/publish`),
  discardDraft: (id: string) => api.delete<Article>(`/knowledge/articles/${id}/draft`),
  myAuthorScope: () => api.get<AuthorScope>('/knowledge/authors/me'),
  authors: () => api.get<AuthorGrant[]>('/knowledge/authors'),
  grantAuthor: (userId: string, wholeBase: boolean, categoryIds: string[]) =>
    api.put<AuthorGrant>(`/knowledge/authors/${userId}`, { wholeBase, categoryIds }),
  revokeAuthor: (userId: string) => api.delete<void>(`/knowledge/authors/${userId}`),
  dismiss: (suggestionId: string) => api.post<ArticleSuggestion>(`/knowledge/suggestions/${suggestionId}/dismiss`),
  categories: () => api.get<KnowledgeCategory[]>('/knowledge/categories'),
  categoryCounts: () => api.get<Record<string, number>>('/knowledge/categories/counts'),
  createCategory: (name: string, parentId: string | null) =>
    api.post<KnowledgeCategory>('/knowledge/categories', { name, parentId }),
  renameCategory: (id: string, name: string) => api.patch<KnowledgeCategory>(`/knowledge/categories/${id}`, { name }),
  /** Replaces the default description and all translations (a language left out has none afterwards). */
  translateCategory: (id: string, description: string, translations: Partial<Record<ArticleLanguage, CategoryTranslation>>) =>
    api.patch<KnowledgeCategory>(`/knowledge/categories/${id}`, { description, translations }),
  moveCategory: (id: string, parentId: string | null) =>
    api.post<KnowledgeCategory>(`/knowledge/categories/${id}/move`, { parentId }),
  deleteCategory: (id: string) => api.delete<void>(`/knowledge/categories/${id}`),
  viewed: (id: string) => api.post<void>(`/knowledge/articles/${id}/views`),
  used: (id: string) => api.post<void>(`/knowledge/articles/${id}/uses`),
  shown: (articleIds: string[]) => api.post<void>('/knowledge/analytics/shown', { articleIds }),
  analytics: (from?: string, to?: string) => api.get<AnalyticsReport>(`/knowledge/analytics${query({ from, to })}`),
  feedback: (id: string, conversationId: string, helped: boolean) =>
    api.post<{ helped: number; notHelped: number }>(`/knowledge/articles/${id}/feedback`, { helped, conversationId }),
};
