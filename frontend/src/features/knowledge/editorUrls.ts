/**
 * What the article editor accepts for links, images and videos: the same rules the server's sanitizer applies
 * (ArticleHtml.java), checked while typing so an author sees why a URL is refused instead of losing it on save.
 */

/** The trimmed URL when it is an https or mailto link, otherwise null. */
export function linkUrl(input: string): string | null {
  const url = input.trim();
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(url)) return url;
  return httpsUrl(url);
}

/** The trimmed URL when it is an absolute https URL (the only kind of image source articles keep), otherwise null. */
export function httpsUrl(input: string): string | null {
  const url = input.trim();
  if (!/^https:\/\/\S+$/i.test(url)) return null;
  try {
    return new URL(url).hostname ? url : null;
  } catch {
    return null;
  }
}

/**
 * The trimmed URL when it is a YouTube or Vimeo video page the help center turns into a player (the patterns
 * follow helpcenter/web/ArticleBodies.java), otherwise null. Videos are stored as plain links.
 */
export function videoUrl(input: string): string | null {
  const url = httpsUrl(input);
  if (!url) return null;
  const video = [
    /^https:\/\/(?:www\.|m\.)?youtube\.com\/watch\?(?:[^#]*&)?v=[A-Za-z0-9_-]{11}(?:[&#].*)?$/,
    /^https:\/\/(?:www\.)?youtube\.com\/(?:embed|shorts)\/[A-Za-z0-9_-]{11}(?:[?#].*)?$/,
    /^https:\/\/youtu\.be\/[A-Za-z0-9_-]{11}(?:[?#].*)?$/,
    /^https:\/\/(?:www\.)?vimeo\.com\/\d{1,12}(?:[?#/].*)?$/,
  ];
  return video.some((pattern) => pattern.test(url)) ? url : null;
}
