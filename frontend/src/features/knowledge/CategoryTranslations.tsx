import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/states';
import { ARTICLE_LANGUAGES, knowledgeApi, type ArticleLanguage, type KnowledgeCategory } from './api';

type Texts = Record<ArticleLanguage, { name: string; description: string }>;

/**
 * The category's description and its name and description in each help center language; a language left empty
 * shows the default name. Saving replaces all translations at once.
 */
export function CategoryTranslations({ category, onDone }: { category: KnowledgeCategory; onDone: () => void }) {
  const { t } = useTranslation('knowledge');
  const [description, setDescription] = useState(category.description ?? '');
  const [texts, setTexts] = useState<Texts>(() => Object.fromEntries(ARTICLE_LANGUAGES.map((language) => [language, {
    name: category.translations[language]?.name ?? '',
    description: category.translations[language]?.description ?? '',
  }])) as Texts);
  const save = useMutation({
    mutationFn: () => knowledgeApi.translateCategory(category.id, description, Object.fromEntries(ARTICLE_LANGUAGES
      .filter((language) => texts[language].name.trim() || texts[language].description.trim())
      .map((language) => [language, { name: texts[language].name, description: texts[language].description || null }]))),
    onSuccess: onDone,
  });
  const edit = (language: ArticleLanguage, field: 'name' | 'description', value: string) =>
    setTexts({ ...texts, [language]: { ...texts[language], [field]: value } });
  return (
    <form className="knowledge-category-translations" aria-label={t('categories.translationsOf', { name: category.name })}
          onSubmit={(e) => { e.preventDefault(); save.mutate(); }}>
      <p className="muted">{t('categories.translationsHint')}</p>
      <label>
        {t('categories.description')}
        <textarea rows={2} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      {ARTICLE_LANGUAGES.map((language) => (
        <fieldset key={language}>
          <legend>{t(`language.${language}`)}</legend>
          <label>
            {t('categories.translatedName')}
            <input lang={language} maxLength={200} placeholder={category.name} value={texts[language].name}
                   onChange={(e) => edit(language, 'name', e.target.value)} />
          </label>
          <label>
            {t('categories.translatedDescription')}
            <textarea lang={language} rows={2} maxLength={1000} value={texts[language].description}
                      onChange={(e) => edit(language, 'description', e.target.value)} />
          </label>
        </fieldset>
      ))}
      <div className="row">
        <button type="submit" className="secondary" disabled={save.isPending}>{t('save', { ns: 'common' })}</button>
        <button type="button" className="link" onClick={onDone}>{t('cancel', { ns: 'common' })}</button>
      </div>
      {save.error && <div className="error" role="alert">{errorMessage(save.error, (k) => t(k, { ns: 'common' }))}</div>}
    </form>
  );
}
