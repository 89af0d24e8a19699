import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { knowledgeApi, type KnowledgeCategory } from './api';
import { CategoryTranslations } from './CategoryTranslations';
import './knowledge.css';

/** Categories in tree order with their depth, each after its parent, siblings by name. */
export function treeOrder(categories: KnowledgeCategory[]): { category: KnowledgeCategory; depth: number }[] {
  const children = new Map<string | null, KnowledgeCategory[]>();
  for (const c of categories) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const ordered: { category: KnowledgeCategory; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const c of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push({ category: c, depth });
      visit(c.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/**
 * The authors' category tree: add, rename, translate (name and description per help center language), move under
 * another category (or to the top) and delete empty ones.
 */
export function CategoryTree() {
  const { t } = useTranslation('knowledge');
  const queryClient = useQueryClient();
  const categories = useQuery({ queryKey: ['knowledge-categories'], queryFn: knowledgeApi.categories });
  const counts = useQuery({ queryKey: ['knowledge-category-counts'], queryFn: knowledgeApi.categoryCounts });
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [translating, setTranslating] = useState<string | null>(null);
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: ['knowledge-categories'] });
    void queryClient.invalidateQueries({ queryKey: ['knowledge-category-counts'] });
  };
  const create = useMutation({ mutationFn: () => knowledgeApi.createCategory(name, null), onSuccess: () => { setName(''); changed(); } });
  const rename = useMutation({
    mutationFn: (r: { id: string; name: string }) => knowledgeApi.renameCategory(r.id, r.name),
    onSuccess: () => { setRenaming(null); changed(); },
  });
  const move = useMutation({ mutationFn: (m: { id: string; parentId: string | null }) => knowledgeApi.moveCategory(m.id, m.parentId), onSuccess: changed });
  const remove = useMutation({ mutationFn: knowledgeApi.deleteCategory, onSuccess: changed });
  const failure = create.error ?? rename.error ?? move.error ?? remove.error;
  const all = categories.data ?? [];
  return (
    <section className="knowledge-categories" aria-labelledby="knowledge-categories-title" data-testid="knowledge-categories">
      <h3 id="knowledge-categories-title">{t('categories.title')}</h3>
      <ul>
        {treeOrder(all).map(({ category: c, depth }) => (
          <li key={c.id} style={{ paddingInlineStart: `${depth * 1.1}rem` }}
              className={translating === c.id ? 'knowledge-category-translating' : undefined}>
            {renaming?.id === c.id ? (
              <form onSubmit={(e) => { e.preventDefault(); rename.mutate(renaming); }}>
                <input aria-label={t('categories.name')} value={renaming.name} maxLength={200}
                       onChange={(e) => setRenaming({ id: c.id, name: e.target.value })} />
                <button type="submit" className="link">{t('save', { ns: 'common' })}</button>
              </form>
            ) : (
              <span>{c.name} <span className="muted">({counts.data?.[c.id] ?? 0})</span></span>
            )}
            <span className="knowledge-category-actions">
              <button type="button" className="link" onClick={() => setRenaming({ id: c.id, name: c.name })}>{t('categories.rename')}</button>
              <button type="button" className="link" aria-expanded={translating === c.id}
                      aria-label={t('categories.translateLabel', { name: c.name })}
                      onClick={() => setTranslating(translating === c.id ? null : c.id)}>
                {t('categories.translate')}
                {Object.keys(c.translations).length > 0 && <span className="muted"> ({Object.keys(c.translations).length})</span>}
              </button>
              <select aria-label={t('categories.moveLabel', { name: c.name })} value={c.parentId ?? ''}
                      onChange={(e) => move.mutate({ id: c.id, parentId: e.target.value || null })}>
                <option value="">{t('categories.top')}</option>
                {all.filter((other) => other.id !== c.id).map((other) => <option key={other.id} value={other.id}>{other.name}</option>)}
              </select>
              <button type="button" className="link" onClick={() => remove.mutate(c.id)}>{t('delete', { ns: 'common' })}</button>
            </span>
            {translating === c.id && (
              <CategoryTranslations key={c.id} category={c} onDone={() => { setTranslating(null); changed(); }} />
            )}
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <input aria-label={t('categories.new')} placeholder={t('categories.new')} value={name} required maxLength={200}
               onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="secondary" disabled={create.isPending}>{t('categories.add')}</button>
      </form>
      {failure && <div className="error" role="alert">{errorMessage(failure, (k) => t(k, { ns: 'common' }))}</div>}
    </section>
  );
}
