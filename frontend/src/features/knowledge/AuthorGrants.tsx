import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { settingsApi } from '../settings/api';
import { knowledgeApi } from './api';
import { treeOrder } from './CategoryTree';
import './knowledge.css';

/**
 * Subject-matter experts, for supervisors and admins: make an agent an author of the whole knowledge base or of
 * chosen categories (each with its sub-categories), change it, or revoke it.
 */
export function AuthorGrants() {
  const { t } = useTranslation('knowledge');
  const queryClient = useQueryClient();
  const grants = useQuery({ queryKey: ['knowledge-authors'], queryFn: knowledgeApi.authors });
  const users = useQuery({ queryKey: ['users'], queryFn: settingsApi.users });
  const categories = useQuery({ queryKey: ['knowledge-categories'], queryFn: knowledgeApi.categories });
  const [userId, setUserId] = useState('');
  const [wholeBase, setWholeBase] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const changed = () => void queryClient.invalidateQueries({ queryKey: ['knowledge-authors'] });
  const grant = useMutation({
    mutationFn: () => knowledgeApi.grantAuthor(userId, wholeBase, wholeBase ? [] : chosen),
    onSuccess: () => { setUserId(''); setWholeBase(false); setChosen([]); changed(); },
  });
  const revoke = useMutation({ mutationFn: knowledgeApi.revokeAuthor, onSuccess: changed });
  const agents = (users.data ?? []).filter((u) => u.role === 'AGENT' && u.active !== false);
  const nameOf = (id: string) => users.data?.find((u) => u.id === id)?.displayName ?? id;
  const categoryName = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? id;
  const failure = grant.error ?? revoke.error;
  const toggle = (id: string) => setChosen((now) => now.includes(id) ? now.filter((c) => c !== id) : [...now, id]);
  return (
    <section className="knowledge-authors" aria-labelledby="knowledge-authors-title" data-testid="knowledge-authors">
      <h3 id="knowledge-authors-title">{t('authors.title')}</h3>
      <p className="muted">{t('authors.help')}</p>
      {(grants.data ?? []).length === 0 ? <p className="muted">{t('authors.none')}</p> : (
        <ul>
          {grants.data!.map((g) => (
            <li key={g.userId}>
              <span><strong>{nameOf(g.userId)}</strong>{' · '}
                {g.wholeBase ? t('authors.wholeBase') : g.categoryIds.map(categoryName).join(', ')}</span>
              <button type="button" className="link" disabled={revoke.isPending}
                      onClick={() => revoke.mutate(g.userId)}>{t('authors.revoke')}</button>
            </li>
          ))}
        </ul>
      )}
      <form className="knowledge-author-form" onSubmit={(e) => { e.preventDefault(); grant.mutate(); }}>
        <label><span>{t('authors.agent')}</span>
          <select value={userId} required onChange={(e) => {
            setUserId(e.target.value);
            const existing = grants.data?.find((g) => g.userId === e.target.value);
            setWholeBase(existing?.wholeBase ?? false);
            setChosen(existing?.categoryIds ?? []);
          }}>
            <option value="">{t('authors.pick')}</option>
            {agents.map((u) => <option key={u.id} value={u.id}>{u.displayName}</option>)}
          </select></label>
        <label className="inline"><input type="checkbox" checked={wholeBase} onChange={(e) => setWholeBase(e.target.checked)} />
          {' '}{t('authors.wholeBase')}</label>
        {!wholeBase && (
          <fieldset>
            <legend>{t('authors.categories')}</legend>
            {treeOrder(categories.data ?? []).map(({ category: c, depth }) => (
              <label key={c.id} className="inline" style={{ paddingInlineStart: `${depth * 1.1}rem` }}>
                <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} /> {c.name}
              </label>
            ))}
          </fieldset>
        )}
        <div className="buttons">
          <button type="submit" className="secondary" disabled={grant.isPending || !userId || (!wholeBase && chosen.length === 0)}>
            {t('authors.grant')}
          </button>
        </div>
      </form>
      {failure && <div className="error" role="alert">{errorMessage(failure, (k) => t(k, { ns: 'common' }))}</div>}
    </section>
  );
}
