export const emptySelection = { ids: new Set(), anchor: null };
/** @param order the ids in list order (the loaded rows) */
export function toggle(selection, order, id, range) {
    const ids = new Set(selection.ids);
    const from = selection.anchor ? order.indexOf(selection.anchor) : -1;
    const to = order.indexOf(id);
    if (range && from >= 0 && to >= 0) {
        // The range takes the state of the anchor (selecting, usually); the anchor stays for the next shift-click.
        const select = selection.ids.has(selection.anchor);
        for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
            if (select)
                ids.add(order[i]);
            else
                ids.delete(order[i]);
        }
        return { ids, anchor: selection.anchor };
    }
    if (ids.has(id))
        ids.delete(id);
    else
        ids.add(id);
    return { ids, anchor: id };
}
export function selectAll(order) {
    return { ids: new Set(order), anchor: null };
}
/** Keeps only ids still in the list (after a refetch removed some). */
export function prune(selection, order) {
    const present = new Set(order);
    const ids = [...selection.ids].filter((id) => present.has(id));
    if (ids.length === selection.ids.size)
        return selection;
    return { ids: new Set(ids), anchor: selection.anchor && present.has(selection.anchor) ? selection.anchor : null };
}
