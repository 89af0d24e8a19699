import { describe, expect, it } from 'vitest';
import { articleBodyHtml } from './articleBody';

describe('articleBodyHtml', () => {
  it('drops trailing empty paragraphs only', () => {
    expect(articleBodyHtml('<p></p><div class="callout callout-info"><p>Note</p></div><p></p><p></p>'))
      .toBe('<p></p><div class="callout callout-info"><p>Note</p></div>');
    expect(articleBodyHtml('<p>Text</p>')).toBe('<p>Text</p>');
  });
});
