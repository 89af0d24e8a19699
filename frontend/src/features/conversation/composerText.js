/** Pure logic of the composer: which key sends, the "/" and "@" triggers, inserting text, mentions. */
export const isEmail = (channel) => channel === 'EMAIL';
/**
 * What a key press in the composer means: Ctrl/⌘+Enter always sends; on chat-like channels a plain Enter sends
 * and Shift+Enter is a new line; in emails and internal notes of emails Enter is a new line. An Enter that ends
 * an IME composition (Korean, Chinese input) never sends.
 */
export function keyAction(event, channel) {
    if (event.key !== 'Enter' || event.isComposing)
        return null;
    if (event.ctrlKey || event.metaKey)
        return 'send';
    if (event.shiftKey || event.altKey)
        return null;
    return isEmail(channel) ? null : 'send';
}
/**
 * The "/" or "@" word the caret is in, if it starts a word (beginning of text or after whitespace) and has no
 * spaces yet: "/ref" → canned responses matching "ref", "@an" → teammates matching "an".
 */
export function findTrigger(text, caret, chars) {
    const before = text.slice(0, caret);
    const match = before.match(/(^|\s)([/@])([^\s/@]{0,40})$/u);
    if (!match)
        return null;
    const char = match[2];
    if (!chars.includes(char))
        return null;
    return { char, query: match[3], start: caret - match[3].length - 1 };
}
/** Replaces text[start, end) with {@code insert}; answers the new text and the caret after the insertion. */
export function replaceRange(text, start, end, insert) {
    return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
/** The teammates still mentioned in the final text: an inserted "@Name" the agent deleted again does not count. */
export function mentionedIds(text, mentions) {
    const ids = new Set();
    for (const mention of mentions) {
        const token = `@${mention.name}`;
        let index = text.indexOf(token);
        while (index >= 0) {
            const before = index === 0 ? ' ' : text[index - 1];
            const after = text[index + token.length] ?? ' ';
            if (/\s|[(\[]/.test(before) && !/[\p{L}\p{N}_]/u.test(after)) {
                ids.add(mention.id);
                break;
            }
            index = text.indexOf(token, index + 1);
        }
    }
    return [...ids];
}
/** Splits "a@x.com, b@y.com; c@z.com" into addresses. */
export function parseAddresses(value) {
    return value.split(/[,;\s]+/).map((a) => a.trim()).filter(Boolean);
}
export function formatBytes(size, locale) {
    const units = ['B', 'KB', 'MB', 'GB'];
    let value = size;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
/** Reads a file as base64 (without the data: prefix), for the MessageBody attachments array. */
export function readAsBase64(file) {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
            const result = String(reader.result);
            resolve(result.slice(result.indexOf(',') + 1));
        };
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(file);
    });
}
