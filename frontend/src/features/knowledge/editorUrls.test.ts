import { describe, expect, it } from 'vitest';
import { httpsUrl, linkUrl, videoUrl } from './editorUrls';

describe('article editor URLs', () => {
  it('links are https or mailto only', () => {
    expect(linkUrl(' https://example.com/policy ')).toBe('https://example.com/policy');
    expect(linkUrl('mailto:help@example.com')).toBe('mailto:help@example.com');
    for (const bad of ['http://example.com', 'javascript:alert(1)', '/relative', '//example.com', 'mailto:', 'https://', 'https://exa mple.com']) {
      expect(linkUrl(bad)).toBeNull();
    }
  });

  it('images are https only', () => {
    expect(httpsUrl('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
    expect(httpsUrl('mailto:help@example.com')).toBeNull();
    expect(httpsUrl('data:image/png;base64,AAAA')).toBeNull();
  });

  it('videos are YouTube or Vimeo pages', () => {
    for (const good of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ', 'https://vimeo.com/76979871']) {
      expect(videoUrl(good)).toBe(good);
    }
    for (const bad of ['https://example.com/watch?v=dQw4w9WgXcQ', 'http://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=short', 'https://vimeo.com/channels/staff']) {
      expect(videoUrl(bad)).toBeNull();
    }
  });
});
