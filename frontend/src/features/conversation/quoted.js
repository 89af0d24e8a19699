// "On Tue, 3 Mar 2026, Ann <ann@x> wrote:", and the usual forms of the CJK mail clients.
const ATTRIBUTION = /^(On\s.+\swrote:|.+\s(写道|寫道)[:：]|.+님이 작성:?|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*原始邮件\s*-{2,})\s*$/i;
/**
 * Splits plain text: everything from an attribution line ("On … wrote:", "-----Original Message-----") on is
 * quoted, and so is a trailing block of lines starting with ">" (inline answers between quotes stay visible).
 */
export function splitQuotedText(text) {
    const lines = text.split(/\r?\n/);
    let start = lines.length;
    for (let i = 0; i < lines.length; i++) {
        if (ATTRIBUTION.test(lines[i].trim())) {
            start = i;
            break;
        }
    }
    // Trailing "> " lines (and blank lines between them) before the attribution or the end.
    let cut = start;
    while (cut > 0 && (lines[cut - 1].trimStart().startsWith('>') || lines[cut - 1].trim() === ''))
        cut--;
    if (cut < start && !lines.slice(cut, start).some((l) => l.trimStart().startsWith('>')))
        cut = start;
    // Is the line just above the quoted lines their attribution (it may wrap over two lines)?
    if (cut < start && cut > 0 && /wrote:\s*$|写道[:：]\s*$|寫道[:：]\s*$|작성:?\s*$/i.test(lines[cut - 1].trim()))
        cut--;
    if (cut >= lines.length)
        return { body: text, quoted: null };
    const body = lines.slice(0, cut).join('\n').trimEnd();
    const quoted = lines.slice(cut).join('\n').trim();
    if (!body)
        return { body: text, quoted: null }; // all quoted: show it all rather than nothing
    return { body, quoted: quoted || null };
}
const QUOTE_SELECTOR = 'blockquote, .gmail_quote, .yahoo_quoted, #appendonsend, [id^="divRplyFwdMsg"], .moz-cite-prefix';
/**
 * Splits already sanitized HTML: the first quote container (blockquote, Gmail/Outlook/Yahoo quote wrappers) and
 * everything after it in the document order, plus an "On … wrote:" line right before it, go to the quoted part.
 */
export function splitQuotedHtml(html) {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const first = doc.body.querySelector(QUOTE_SELECTOR);
    if (!first)
        return { body: html, quoted: null };
    const quoted = doc.createElement('div');
    // The attribution line is the previous sibling (an element or text) ending in "wrote:".
    let previous = first.previousSibling;
    while (previous && previous.nodeType === Node.TEXT_NODE && !previous.textContent?.trim())
        previous = previous.previousSibling;
    const moved = [];
    if (previous && /wrote:\s*$|写道[:：]\s*$|寫道[:：]\s*$|작성:?\s*$/i.test(previous.textContent?.trim() ?? ''))
        moved.push(previous);
    // The quote and whatever follows it at its own level (signatures of the old mail, further quotes).
    for (let sibling = first; sibling; sibling = sibling.nextSibling)
        moved.push(sibling);
    moved.forEach((n) => quoted.appendChild(n));
    const body = doc.body.innerHTML.trim();
    if (!body.replace(/<[^>]*>/g, '').trim())
        return { body: html, quoted: null };
    return { body, quoted: quoted.innerHTML };
}
