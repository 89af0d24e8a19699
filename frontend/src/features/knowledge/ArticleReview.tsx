import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { Empty, ErrorMessage, errorMessage, Loading } from '../../ui/states';
import { includes } from '../auth/api';
import { useSession } from '../auth/session';
import { ArticleBodyField } from './ArticleBodyField';
import { articleHtml } from './articleHtml';
import { type Article, type ArticleDiff, knowledgeApi, type SuggestionKind } from './api';
import './knowledge.css';

/** A word-level diff: removed words struck through, added words underlined, as the server computed it. */
export function DiffRuns({ runs }: { runs: ArticleDiff['body'] }) {
  return (
    <>
      {runs.map((run, i) => run.kind === 'ADDED' ? <ins key={i}>{run.text}</ins>
        : run.kind === 'REMOVED' ? <del key={i}>{run.text}</del>
        : <span key={i}>{run.text}</span>)}
    </>
  );
}

/** What changed from version {@code from} to version {@code to} (the article's current version when absent). */
export function VersionDiff({ articleId, from, to }: { articleId: string; from: number; to?: number }) {
  const { t } = useTranslation('knowledge');
  const diff = useQuery({ queryKey: ['knowledge-diff', articleId, from, to], queryFn: () => knowledgeApi.diff(articleId, from, to) });
  if (diff.isPending) return <Loading />;
  if (diff.isError) return <ErrorMessage error={diff.error} onRetry={() => void diff.refetch()} />;
  return (
    <div className="knowledge-diff" data-testid="knowledge-diff">
      <p className="muted">{t('diff.between', { from: diff.data.fromVersion, to: diff.data.toVersion })}</p>
      <h4><DiffRuns runs={diff.data.title} /></h4>
      <div className="knowledge-diff-body"><DiffRuns runs={diff.data.body} /></div>
    </div>
  );
}

/** Agents propose an edit (new title or body) or flag the article as outdated, with a reason for the authors. */
export function SuggestForm({ article, initialKind = 'EDIT', onSent, onCancel }: {
  article: Article; initialKind?: SuggestionKind; onSent: () => void; onCancel: () => void;
}) {
  const { t } = useTranslation('knowledge');
  const [kind, setKind] = useState<SuggestionKind>(initialKind);
  const [comment, setComment] = useState('');
  const [title, setTitle] = useState(article.title);
  const [body, setBody] = useState(article.body);
  const send = useMutation({
    mutationFn: () => knowledgeApi.suggest(article.id, kind === 'EDIT' ? { kind, comment, title, body } : { kind, comment }),
    onSuccess: onSent,
  });
  return (
    <form className="knowledge-suggest" data-testid="knowledge-suggest" onSubmit={(e) => { e.preventDefault(); send.mutate(); }}>
      <fieldset className="row">
        <legend>{t('suggest.what')}</legend>
        <label><input type="radio" name="kind" checked={kind === 'EDIT'} onChange={() => setKind('EDIT')} /> {t('suggest.EDIT')}</label>
        <label><input type="radio" name="kind" checked={kind === 'OUTDATED'} onChange={() => setKind('OUTDATED')} /> {t('suggest.OUTDATED')}</label>
      </fieldset>
      {kind === 'EDIT' && (
        <>
          <label><span>{t('editor.title')}</span>
            <input value={title} required maxLength={300} onChange={(e) => setTitle(e.target.value)} /></label>
          <ArticleBodyField value={body} onChange={setBody} />
        </>
      )}
      <label><span>{t('suggest.comment')}</span>
        <input value={comment} required maxLength={2000} onChange={(e) => setComment(e.target.value)} /></label>
      {send.isError && <div className="error" role="alert">{errorMessage(send.error, (k) => t(k, { ns: 'common' }))}</div>}
      <div className="buttons">
        <button type="submit" disabled={send.isPending}>{t('suggest.send')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('cancel', { ns: 'common' })}</button>
      </div>
    </form>
  );
}

/**
 * The authors' review queue: open suggestions (of the articles the user may author) oldest first, each accepted as a
 * draft beside the live article, accepted and published at once, or dismissed.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation('knowledge');
  const { me } = useSession();
  const supervisor = includes(me.role, 'SUPERVISOR');
  const queryClient = useQueryClient();
  const queue = useQuery({ queryKey: ['knowledge-suggestions'], queryFn: () => knowledgeApi.suggestions() });
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: ['knowledge-suggestions'] });
    void queryClient.invalidateQueries({ queryKey: ['knowledge-articles'] });
  };
  const accept = useMutation({ mutationFn: knowledgeApi.accept, onSuccess: (r) => {
    queryClient.setQueryData(['knowledge-article', r.article.id], r.article);
    done();
  } });
  const dismiss = useMutation({ mutationFn: knowledgeApi.dismiss, onSuccess: done });
  const failure = accept.error ?? dismiss.error;
  return (
    <div className="knowledge-review" data-testid="knowledge-review">
      <div className="section-head">
        <h2>{t('review.title')}</h2>
        <Link to="/knowledge">{t('review.back')}</Link>
      </div>
      <p className="muted">{t('review.help')}</p>
      {failure && <div className="error" role="alert">{errorMessage(failure, (k) => t(k, { ns: 'common' }))}</div>}
      {queue.isPending ? <Loading />
        : queue.isError ? <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />
        : queue.data.length === 0 ? <Empty>{t('review.empty')}</Empty>
        : (
          <ul className="knowledge-queue">
            {queue.data.map((s) => (
              <li key={s.id}>
                <div className="section-head">
                  <Link to={`/knowledge/articles/${s.articleId}`}>{s.articleTitle}</Link>
                  <span className={`status-pill ${s.kind}`}>{t(`suggest.${s.kind}`)}</span>
                </div>
                <p className="muted">{t('page.version', { version: s.baseVersion })} · {formatDateTime(s.createdAt)}</p>
                <blockquote>{s.comment}</blockquote>
                {s.proposedTitle && <p><strong>{t('review.newTitle')}:</strong> {s.proposedTitle}</p>}
                {s.proposedBody && (
                  <>
                    <p className="muted">{t('review.proposed')}</p>
                    <div className="knowledge-preview proposed" dangerouslySetInnerHTML={{ __html: articleHtml(s.proposedBody) }} />
                  </>
                )}
                <div className="buttons">
                  <button type="button" disabled={accept.isPending} onClick={() => accept.mutate({ id: s.id, publish: false })}>
                    {t('review.accept')}
                  </button>
                  <button type="button" className="secondary" disabled={accept.isPending}
                          onClick={() => accept.mutate({ id: s.id, publish: true })}>{t('review.acceptPublish')}</button>
                  <button type="button" className="secondary" disabled={dismiss.isPending} onClick={() => dismiss.mutate(s.id)}>
                    {t('review.dismiss')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      {supervisor && <UnansweredSearches />}
    </div>
  );
}

/** Typed searches that found nothing lately: what authors should write next. */
function UnansweredSearches() {
  const { t } = useTranslation('knowledge');
  const unanswered = useQuery({ queryKey: ['knowledge-unanswered'], queryFn: () => knowledgeApi.unanswered(30) });
  return (
    <section className="knowledge-unanswered" aria-labelledby="knowledge-unanswered-title" data-testid="knowledge-unanswered">
      <h3 id="knowledge-unanswered-title">{t('unanswered.title')}</h3>
      {unanswered.isPending ? <Loading />
        : unanswered.isError ? <ErrorMessage error={unanswered.error} onRetry={() => void unanswered.refetch()} />
        : unanswered.data.length === 0 ? <Empty>{t('unanswered.empty')}</Empty>
        : (
          <ul>
            {unanswered.data.map((u) => <li key={u.query}>{u.query} <span className="muted">({t('unanswered.count', { count: u.searches })})</span></li>)}
          </ul>
        )}
    </section>
  );
}
