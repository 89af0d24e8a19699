import { sanitizeKeepingMarkers } from '../conversation/sanitize';

/**
 * An article body ready to render: sanitized again in the browser, keeping the classes that mark callouts (the
 * server allows no other class), so every place that shows an article styles them from knowledge.css alike.
 */
export function articleHtml(body: string): string {
  return sanitizeKeepingMarkers(body, true);
}
