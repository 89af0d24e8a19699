import { useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../ui/states';
import { sanitizeHtml } from '../conversation/sanitize';
import { useArticleViewed, useSuggestionsShown } from './activity';
import { knowledgeApi, type SearchHit } from './api';
import { articleHtml } from './articleHtml';
import { SuggestForm } from './ArticleReview';
import { articleSummary, type CustomerMessage, suggestionQuery } from './suggestions';
import './knowledge.css';

/**
 * The side panel's knowledge section: articles suggested from the customer's latest messages (any of the four
 * languages), a search box, a preview, inserting a link or a summary into the reply, and "this helped".
 */
export function KnowledgePanel({ conversationId, messages, onInsert }: {
  conversationId: string; messages: CustomerMessage[] | undefined; onInsert: (text: string) => void;
}) {
  const { t } = useTranslation('knowledge');
  const headingId = useId();
  const [typed, setTyped] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const searched = useDeferredValue(typed.trim());
  const suggested = suggestionQuery(messages ?? []);
  const q = searched || suggested;
  const typedSearch = searched.length > 0;
  const hits = useQuery({
    queryKey: ['knowledge-search', q, typedSearch],
    queryFn: () => knowledgeApi.search(q, typedSearch),
    enabled: q.length > 0,
  });
  useSuggestionsShown(q.length > 0 ? hits.data?.map((hit) => hit.id) : undefined);

  return (
    <section className="panel-section knowledge-panel" aria-labelledby={headingId} data-testid="knowledge-panel">
      <h3 id={headingId}>{t('panel.title')}</h3>
      <input type="search" className="knowledge-search" value={typed} placeholder={t('panel.searchPlaceholder')}
             aria-label={t('panel.search')} onChange={(e) => setTyped(e.target.value)} />
      <p className="muted knowledge-source">{searched ? t('panel.results') : suggested ? t('panel.suggested') : t('panel.nothingYet')}</p>
      {q.length > 0 && (hits.isPending ? <Loading />
        : hits.isError ? <ErrorMessage error={hits.error} onRetry={() => void hits.refetch()} />
        : hits.data.length === 0 ? <p className="muted">{t('panel.noMatches')}</p>
        : (
          <ul className="knowledge-hits">
            {hits.data.map((hit) => (
              <li key={hit.id}>
                <KnowledgeHit hit={hit} open={openId === hit.id} onToggle={() => setOpenId(openId === hit.id ? null : hit.id)}
                              conversationId={conversationId} onInsert={onInsert} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function KnowledgeHit({ hit, open, onToggle, conversationId, onInsert }: {
  hit: SearchHit; open: boolean; onToggle: () => void; conversationId: string; onInsert: (text: string) => void;
}) {
  const { t } = useTranslation('knowledge');
  const article = useQuery({ queryKey: ['knowledge-article', hit.id], queryFn: () => knowledgeApi.get(hit.id), enabled: open });
  const helped = useMutation({ mutationFn: () => knowledgeApi.feedback(hit.id, conversationId, true) });
  useArticleViewed(hit.id, open && article.isSuccess);
  const insert = (text: string) => {
    onInsert(text);
    knowledgeApi.used(hit.id).catch(() => undefined);
  };
  const [suggesting, setSuggesting] = useState(false);
  const [suggested, setSuggested] = useState(false);
  const bodyText = () => new DOMParser().parseFromString(sanitizeHtml(article.data?.body ?? ''), 'text/html').body.textContent ?? '';
  return (
    <div className={`knowledge-hit ${open ? 'open' : ''}`}>
      <button type="button" className="knowledge-hit-title" aria-expanded={open} onClick={onToggle}>
        {hit.title} <span className="muted knowledge-lang">{hit.language}{hit.audience === 'INTERNAL' ? ` · ${t('audience.INTERNAL')}` : ''}</span>
      </button>
      {!open && <p className="knowledge-snippet" dangerouslySetInnerHTML={{ __html: sanitizeHtml(hit.snippet) }} />}
      {open && (article.isPending ? <Loading />
        : article.isError ? <ErrorMessage error={article.error} onRetry={() => void article.refetch()} />
        : (
          <>
            <div className="knowledge-preview" data-testid="knowledge-preview"
                 dangerouslySetInnerHTML={{ __html: articleHtml(article.data.body) }} />
            <div className="buttons knowledge-actions">
              <button type="button" className="secondary" onClick={() => insert(articleSummary(hit.title, bodyText()))}>
                {t('panel.insertSummary')}
              </button>
              <button type="button" className="secondary"
                      onClick={() => insert(`${hit.title}: ${window.location.origin}/knowledge/articles/${hit.id}`)}>
                {t('panel.insertLink')}
              </button>
              <button type="button" className="secondary" disabled={helped.isPending || helped.isSuccess} onClick={() => helped.mutate()}>
                {helped.isSuccess ? t('panel.thanks') : t('panel.helped')}
              </button>
              <button type="button" className="secondary" disabled={suggesting || suggested} onClick={() => setSuggesting(true)}>
                {suggested ? t('suggest.sent') : t('suggest.open')}
              </button>
            </div>
            {suggesting && (
              <SuggestForm article={article.data} initialKind="OUTDATED"
                           onSent={() => { setSuggesting(false); setSuggested(true); }}
                           onCancel={() => setSuggesting(false)} />
            )}
          </>
        ))}
    </div>
  );
}
