/**
 * The editor's HTML as stored: without the empty paragraphs the editor keeps at the end (so the caret can always
 * leave a list or callout), which readers would see as a blank gap.
 */
export function articleBodyHtml(editorHtml: string): string {
  return editorHtml.replace(/(?:<p><\/p>)+$/, '');
}
