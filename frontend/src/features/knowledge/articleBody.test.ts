import { describe, expect, it } from 'vitest';
import { articleBodyHtml } from './articleBody';
import { articleHtml } from './articleHtml';

describe('articleBodyHtml', () => {
  it('drops trailing empty paragraphs only', () => {
    expect(articleBodyHtml('<p></p><div class="callout callout-info"><p>Note</p></div><p></p><p></p>'))
      .toBe('<p></p><div class="callout callout-info"><p>Note</p></div>');
    expect(articleBodyHtml('<p>Text</p>')).toBe('<p>Text</p>');
  });
});

describe('articleHtml', () => {
  it('keeps the callout classes every article view styles and drops what is unsafe', () => {
    expect(articleHtml('<div class="callout callout-warning"><p onclick="x()">Careful</p></div><script>alert(1)</script>'))
      .toBe('<div class="callout callout-warning"><p>Careful</p></div>');
  });
});
