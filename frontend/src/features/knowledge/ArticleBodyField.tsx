import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The editor (TipTap/ProseMirror) is loaded only when someone writes, not with every page of the workspace. */
const RichEditor = lazy(() => import('./RichEditor').then((module) => ({ default: module.RichEditor })));

/** An article body written in the rich editor, with its label: the article editor's and the suggest-an-edit form's. */
export function ArticleBodyField({ value, onChange }: { value: string; onChange: (html: string) => void }) {
  const { t } = useTranslation('knowledge');
  const labelId = useId();
  return (
    <div className="field"><span id={labelId}>{t('editor.bodyRich')}</span>
      <Suspense fallback={<p className="muted">{t('editor.loading')}</p>}>
        <RichEditor value={value} onChange={onChange} labelId={labelId} />
      </Suspense>
    </div>
  );
}
