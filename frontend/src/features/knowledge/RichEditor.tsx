import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Callout } from './Callout';
import { articleBodyHtml } from './articleBody';
import { httpsUrl, linkUrl, videoUrl } from './editorUrls';

/** Only what the server keeps (ArticleHtml.java): no h1/h4+, strike, underline or rules that would vanish on save. */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    strike: false,
    underline: false,
    horizontalRule: false,
    link: false,
    codeBlock: { HTMLAttributes: { class: null } },
  }),
  // Not inclusive: text typed right after a link (or a pasted video address) is not part of it.
  Link.extend({ inclusive: false }).configure({
    openOnClick: false,
    autolink: true,
    protocols: ['mailto'],
    defaultProtocol: 'https',
    HTMLAttributes: { rel: 'nofollow', target: null },
    isAllowedUri: (url) => linkUrl(url) !== null,
    shouldAutoLink: (url) => linkUrl(url) !== null,
  }),
  Image.configure({ inline: false }),
  Callout,
];

type UrlKind = 'link' | 'image' | 'video';

/** The article body as formatted text with a toolbar; `onChange` gets the HTML ('' when empty). */
export function RichEditor({ value, onChange, labelId }: { value: string; onChange: (html: string) => void; labelId: string }) {
  const { t } = useTranslation('knowledge');
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelId, class: 'rich-editor-content' },
    },
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : articleBodyHtml(current.getHTML())),
  });
  return (
    <div className="rich-editor">
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
      {!editor && <p className="muted">{t('editor.loading')}</p>}
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation('knowledge');
  const [asking, setAsking] = useState<UrlKind | null>(null);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      link: e.isActive('link'),
      info: e.isActive('callout', { variant: 'info' }),
      warning: e.isActive('callout', { variant: 'warning' }),
    }),
  });
  const chain = () => editor.chain().focus();
  const toggle = (key: keyof typeof active, label: string, run: () => void) => (
    <button type="button" aria-pressed={active[key]} title={t(label)} onClick={run} className={`rich-tool tool-${key}`}>
      <ToolLabel label={label} /></button>
  );
  return (
    <>
      <div role="toolbar" aria-label={t('editor.toolbar')} className="rich-toolbar">
        {toggle('bold', 'editor.bold', () => chain().toggleBold().run())}
        {toggle('italic', 'editor.italic', () => chain().toggleItalic().run())}
        {toggle('h2', 'editor.heading2', () => chain().toggleHeading({ level: 2 }).run())}
        {toggle('h3', 'editor.heading3', () => chain().toggleHeading({ level: 3 }).run())}
        {toggle('bullets', 'editor.bulletList', () => chain().toggleBulletList().run())}
        {toggle('numbers', 'editor.orderedList', () => chain().toggleOrderedList().run())}
        {toggle('link', 'editor.link', () => (active.link ? chain().unsetLink().run() : setAsking('link')))}
        <button type="button" title={t('editor.image')} className="rich-tool" aria-expanded={asking === 'image'}
          onClick={() => setAsking('image')}><ToolLabel label="editor.image" /></button>
        <button type="button" title={t('editor.video')} className="rich-tool" aria-expanded={asking === 'video'}
          onClick={() => setAsking('video')}><ToolLabel label="editor.video" /></button>
        {toggle('info', 'editor.calloutInfo', () => chain().toggleCallout('info').run())}
        {toggle('warning', 'editor.calloutWarning', () => chain().toggleCallout('warning').run())}
      </div>
      {asking && <UrlForm key={asking} kind={asking} editor={editor} onDone={() => setAsking(null)} />}
    </>
  );
}

/**
 * A compact visible label ("H2") with the full name ("Heading 2") for assistive technology, given as the button's
 * text rather than aria-label so the visible label never contradicts the accessible name (WCAG 2.5.3).
 */
function ToolLabel({ label }: { label: string }) {
  const { t } = useTranslation('knowledge');
  return <><span aria-hidden="true">{t(`${label}Short`)}</span><span className="visually-hidden">{t(label)}</span></>;
}

const ACCEPT: Record<UrlKind, (input: string) => string | null> = { link: linkUrl, image: httpsUrl, video: videoUrl };

/** Asks for the URL of a link, image or video inside the page (no browser prompt), refusing what the server would drop. */
function UrlForm({ kind, editor, onDone }: { kind: UrlKind; editor: Editor; onDone: () => void }) {
  const { t } = useTranslation('knowledge');
  const [url, setUrl] = useState('');
  const [alt, setAlt] = useState('');
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const apply = () => {
    const accepted = ACCEPT[kind](url);
    if (!accepted) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus();
    if (kind === 'image') chain.setImage({ src: accepted, alt: alt.trim() }).run();
    else if (kind === 'link' && !editor.state.selection.empty) chain.extendMarkRange('link').setLink({ href: accepted }).run();
    else chain.insertContent({ type: 'text', text: accepted, marks: [{ type: 'link', attrs: { href: accepted } }] }).run();
    onDone();
  };
  // Not a <form>: it sits inside the article form, and Enter must not save the article.
  return (
    <div className="rich-url" role="group" aria-label={t(`editor.${kind}`)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') { e.preventDefault(); apply(); }
        if (e.key === 'Escape') { e.preventDefault(); onDone(); }
      }}>
      <label><span>{t(`editor.${kind}Url`)}</span>
        <input type="url" autoFocus value={url} aria-invalid={invalid} aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => { setUrl(e.target.value); setInvalid(false); }} /></label>
      {kind === 'image' && (
        <label><span>{t('editor.imageAlt')}</span><input value={alt} onChange={(e) => setAlt(e.target.value)} /></label>
      )}
      <button type="button" onClick={apply}>{t('editor.insert')}</button>
      <button type="button" className="link" onClick={onDone}>{t('cancel', { ns: 'common' })}</button>
      {invalid && <span id={errorId} className="error" role="alert">{t(`editor.${kind}Invalid`)}</span>}
    </div>
  );
}
