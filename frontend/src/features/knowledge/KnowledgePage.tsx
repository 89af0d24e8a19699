import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { Empty, ErrorMessage, errorMessage, Loading } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { articleHtml } from './articleHtml';
import { ArticleBodyField } from './ArticleBodyField';
import { SuggestForm, VersionDiff } from './ArticleReview';
import { AuthorGrants } from './AuthorGrants';
import { CategoryTree, treeOrder } from './CategoryTree';
import { useArticleViewed } from './activity';
import {
  ARTICLE_LANGUAGES, type Article, type ArticleLanguage, type ArticleStatus, type Audience, authorsAnything, canAuthor,
  knowledgeApi,
} from './api';
import { useAuthorScope } from './authoring';
import './knowledge.css';

/** Next statuses an author can give an article in each status (the server enforces the same moves). */
const MOVES: Record<ArticleStatus, ArticleStatus[]> = {
  DRAFT: ['IN_REVIEW', 'PUBLISHED', 'ARCHIVED'],
  IN_REVIEW: ['DRAFT', 'PUBLISHED', 'ARCHIVED'],
  PUBLISHED: ['DRAFT', 'ARCHIVED'],
  ARCHIVED: ['DRAFT'],
};

/**
 * Knowledge articles: everyone reads published ones; supervisors, admins and subject-matter experts (in their
 * categories) write, publish and restore; supervisors and admins manage categories and experts.
 */
export function KnowledgePage() {
  const { t } = useTranslation('knowledge');
  const { me } = useSession();
  const supervisor = includes(me.role, 'SUPERVISOR');
  const scope = useAuthorScope();
  const author = authorsAnything(scope.data);
  const { articleId } = useParams();
  const navigate = useNavigate();
  const articles = useQuery({ queryKey: ['knowledge-articles'], queryFn: () => knowledgeApi.list() });
  const creating = articleId === 'new';

  return (
    <div className="knowledge-page">
      <section aria-labelledby="knowledge-articles-title">
        <div className="section-head">
          <h2 id="knowledge-articles-title">{t('page.title')}</h2>
          {author && (
            <div className="buttons">
              <button type="button" className="secondary" onClick={() => navigate('/knowledge/review')}>{t('review.open')}</button>
              {supervisor && (
                <button type="button" className="secondary" onClick={() => navigate('/knowledge/analytics')}>{t('analytics.open')}</button>
              )}
              <button type="button" onClick={() => navigate('/knowledge/articles/new')}>{t('page.new')}</button>
            </div>
          )}
        </div>
        {articles.isPending ? <Loading />
          : articles.isError ? <ErrorMessage error={articles.error} onRetry={() => void articles.refetch()} />
          : articles.data.length === 0 ? <Empty>{t('page.empty')}</Empty>
          : (
            <ul className="knowledge-list">
              {articles.data.map((a) => (
                <li key={a.id}>
                  <button type="button" aria-current={a.id === articleId} onClick={() => navigate(`/knowledge/articles/${a.id}`)}>
                    <span>{a.title}</span>
                    <span className={`status-pill ${a.status}`}>{t(`status.${a.status}`)}</span>
                    <span className="meta">{a.language} · {t(`audience.${a.audience}`)} · {formatDateTime(a.updatedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        {supervisor && <CategoryTree />}
        {supervisor && <AuthorGrants />}
      </section>
      <section aria-label={t('page.article')}>
        {creating && author ? <ArticleEditor key="new" onSaved={(a) => navigate(`/knowledge/articles/${a.id}`)} />
          : articleId ? <ArticleView key={articleId} id={articleId} />
          : <Empty>{t('page.pick')}</Empty>}
      </section>
    </div>
  );
}

function ArticleView({ id }: { id: string }) {
  const { t } = useTranslation('knowledge');
  const scope = useAuthorScope();
  const [editing, setEditing] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const [suggested, setSuggested] = useState(false);
  const article = useQuery({ queryKey: ['knowledge-article', id], queryFn: () => knowledgeApi.get(id) });
  useArticleViewed(id, article.isSuccess);
  if (article.isPending) return <Loading />;
  if (article.isError) return <ErrorMessage error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;
  const author = canAuthor(scope.data, a.categoryId);
  if (editing) return <ArticleEditor article={a} onSaved={() => setEditing(false)} />;
  return (
    <article className="knowledge-editor" data-testid="knowledge-article">
      <div className="section-head">
        <h2>{a.title}</h2>
        <span className={`status-pill ${a.status}`}>{t(`status.${a.status}`)}</span>
      </div>
      {a.stale && <p className="knowledge-stale" role="status">{t('page.stale')}</p>}
      <p className="muted">{a.language} · {t(`audience.${a.audience}`)} · {t('page.version', { version: a.version })}
        {a.tags.length > 0 && ` · ${a.tags.join(', ')}`}</p>
      <div className="knowledge-preview" dangerouslySetInnerHTML={{ __html: articleHtml(a.body) }} />
      {a.translations.length > 0 && (
        <p className="muted">{t('page.translations')}: {a.translations.map((tr) => tr.language).join(', ')}</p>
      )}
      {suggesting ? <SuggestForm article={a} onSent={() => { setSuggesting(false); setSuggested(true); }}
                           onCancel={() => setSuggesting(false)} />
        : suggested ? <p className="muted" role="status">{t('suggest.sent')}</p>
        : a.status === 'PUBLISHED' && (
          <div className="buttons"><button type="button" className="secondary" onClick={() => setSuggesting(true)}>{t('suggest.open')}</button></div>
        )}
      {author && a.draftVersion !== null && <WaitingDraft article={a} draftVersion={a.draftVersion} />}
      {author && <AuthorActions article={a} onEdit={() => setEditing(true)} />}
    </article>
  );
}

function AuthorActions({ article, onEdit }: { article: Article; onEdit: () => void }) {
  const { t } = useTranslation('knowledge');
  const queryClient = useQueryClient();
  const versions = useQuery({ queryKey: ['knowledge-versions', article.id], queryFn: () => knowledgeApi.versions(article.id) });
  const saved = (updated: Article) => {
    queryClient.setQueryData(['knowledge-article', updated.id], updated);
    void queryClient.invalidateQueries({ queryKey: ['knowledge-articles'] });
    void queryClient.invalidateQueries({ queryKey: ['knowledge-versions', updated.id] });
  };
  const move = useMutation({ mutationFn: (status: ArticleStatus) => knowledgeApi.setStatus(article.id, status), onSuccess: saved });
  const restore = useMutation({ mutationFn: (version: number) => knowledgeApi.restore(article.id, version), onSuccess: saved });
  const [comparing, setComparing] = useState<number | null>(null);
  const failure = move.error ?? restore.error;
  return (
    <>
      <div className="buttons">
        <button type="button" onClick={onEdit}>{t('edit', { ns: 'common' })}</button>
        {MOVES[article.status].map((status) => (
          <button key={status} type="button" className="secondary" disabled={move.isPending} onClick={() => move.mutate(status)}>
            {t(`move.${status}`)}
          </button>
        ))}
      </div>
      {failure && <div className="error" role="alert">{errorMessage(failure, (k) => t(k, { ns: 'common' }))}</div>}
      <h3>{t('page.versions')}</h3>
      <ul className="knowledge-versions">
        {(versions.data ?? []).map((v) => (
          <li key={v.version}>
            {t('page.version', { version: v.version })} · {v.title} · {t(`status.${v.status}`)} · {formatDateTime(v.createdAt)}
            {v.version !== article.version && (
              <>
                {' '}<button type="button" className="link" onClick={() => setComparing(comparing === v.version ? null : v.version)}>
                  {comparing === v.version ? t('diff.hide') : t('diff.compare')}
                </button>
                {' '}<button type="button" className="link" onClick={() => restore.mutate(v.version)}>{t('page.restore')}</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {comparing !== null && <VersionDiff key={`${comparing}-${article.version}`} articleId={article.id} from={comparing} />}
    </>
  );
}

/** A draft waiting beside the published article (an accepted suggestion): compare, publish or discard it. */
function WaitingDraft({ article, draftVersion }: { article: Article; draftVersion: number }) {
  const { t } = useTranslation('knowledge');
  const queryClient = useQueryClient();
  const [comparing, setComparing] = useState(false);
  const saved = (updated: Article) => {
    queryClient.setQueryData(['knowledge-article', updated.id], updated);
    void queryClient.invalidateQueries({ queryKey: ['knowledge-articles'] });
    void queryClient.invalidateQueries({ queryKey: ['knowledge-versions', updated.id] });
  };
  const publish = useMutation({ mutationFn: () => knowledgeApi.publishDraft(article.id), onSuccess: saved });
  const discard = useMutation({ mutationFn: () => knowledgeApi.discardDraft(article.id), onSuccess: saved });
  const failure = publish.error ?? discard.error;
  return (
    <div className="knowledge-draft" role="status" data-testid="knowledge-waiting-draft">
      <p>{t('draft.waiting', { version: draftVersion })}</p>
      <div className="buttons">
        <button type="button" className="secondary" onClick={() => setComparing(!comparing)}>
          {comparing ? t('diff.hide') : t('draft.compare')}
        </button>
        <button type="button" disabled={publish.isPending} onClick={() => publish.mutate()}>{t('draft.publish')}</button>
        <button type="button" className="secondary" disabled={discard.isPending} onClick={() => discard.mutate()}>
          {t('draft.discard')}
        </button>
      </div>
      {failure && <div className="error" role="alert">{errorMessage(failure, (k) => t(k, { ns: 'common' }))}</div>}
      {comparing && <VersionDiff articleId={article.id} from={article.version} to={draftVersion} />}
    </div>
  );
}

function ArticleEditor({ article, onSaved }: { article?: Article; onSaved: (article: Article) => void }) {
  const { t } = useTranslation('knowledge');
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(article?.title ?? '');
  const [body, setBody] = useState(article?.body ?? '');
  const scope = useAuthorScope();
  const categories = useQuery({ queryKey: ['knowledge-categories'], queryFn: knowledgeApi.categories });
  const writable = treeOrder(categories.data ?? []).filter(({ category }) => canAuthor(scope.data, category.id));
  const [picked, setPicked] = useState<string | null>(article?.categoryId ?? null);
  // Only authors of the whole base file articles without a category; an expert's go under one of theirs.
  const categoryId = picked ?? (scope.data?.everything ? null : writable[0]?.category.id ?? null);
  const [language, setLanguage] = useState<ArticleLanguage>(article?.language ?? 'en');
  const [audience, setAudience] = useState<Audience>(article?.audience ?? 'INTERNAL');
  const [tags, setTags] = useState(article?.tags.join(', ') ?? '');
  const tagList = () => tags.split(',').map((tag) => tag.trim()).filter(Boolean);
  const save = useMutation({
    mutationFn: () => article
      ? knowledgeApi.update(article.id, { title, body, audience, tags: tagList(), ...(categoryId ? { categoryId } : {}) })
      : knowledgeApi.create({ title, body, language, audience, status: 'DRAFT', tags: tagList(), categoryId }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['knowledge-article', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['knowledge-articles'] });
      void queryClient.invalidateQueries({ queryKey: ['knowledge-versions', saved.id] });
      onSaved(saved);
    },
  });
  return (
    <form className="knowledge-editor" onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <h2>{article ? t('editor.edit') : t('editor.new')}</h2>
      <label><span>{t('editor.title')}</span>
        <input value={title} required maxLength={300} onChange={(e) => setTitle(e.target.value)} /></label>
      <div className="row">
        <label><span>{t('editor.language')}</span>
          <select value={language} disabled={!!article} onChange={(e) => setLanguage(e.target.value as ArticleLanguage)}>
            {ARTICLE_LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
          </select></label>
        <label><span>{t('editor.audience')}</span>
          <select value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
            <option value="INTERNAL">{t('audience.INTERNAL')}</option>
            <option value="PUBLIC">{t('audience.PUBLIC')}</option>
          </select></label>
        <label><span>{t('editor.category')}</span>
          <select value={categoryId ?? ''} onChange={(e) => setPicked(e.target.value || null)}>
            {scope.data?.everything && <option value="">{t('editor.noCategory')}</option>}
            {writable.map(({ category, depth }) => (
              <option key={category.id} value={category.id}>{'\u00a0\u00a0'.repeat(depth)}{category.name}</option>
            ))}
          </select></label>
        <label><span>{t('editor.tags')}</span><input value={tags} onChange={(e) => setTags(e.target.value)} /></label>
      </div>
      <ArticleBodyField value={body} onChange={setBody} />
      <p className="muted">{t('editor.preview')}</p>
      <div className="knowledge-preview" data-testid="knowledge-editor-preview"
        dangerouslySetInnerHTML={{ __html: articleHtml(body) }} />
      {save.isError && <div className="error" role="alert">{errorMessage(save.error, (k) => t(k, { ns: 'common' }))}</div>}
      <div className="buttons"><button type="submit" disabled={save.isPending}>{t('save', { ns: 'common' })}</button></div>
    </form>
  );
}
