import { sanitizeKeepingMarkers } from '../conversation/sanitize';

/**
 * The editor's HTML as stored: without the empty paragraphs the editor keeps at the end (so the caret can always
 * leave a list or callout), which readers would see as a blank gap.
 */
export function articleBodyHtml(editorHtml: string): string {
  return editorHtml.replace(/(?:<p><\/p>)+$/, '');
}

/**
 * An article body ready to render: sanitized again in the browser, keeping the classes that mark callouts (the
 * server allows no other class), so every place that shows an article styles them from knowledge.css alike.
 */
export function articleHtml(body: string): string {
  return sanitizeKeepingMarkers(body, true);
}
