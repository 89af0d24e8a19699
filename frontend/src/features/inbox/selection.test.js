import { describe, expect, it } from 'vitest';
import { emptySelection, prune, selectAll, toggle } from './selection';
const order = ['a', 'b', 'c', 'd', 'e'];
describe('selection', () => {
    it('toggles one conversation', () => {
        const one = toggle(emptySelection, order, 'b', false);
        expect([...one.ids]).toEqual(['b']);
        expect(toggle(one, order, 'b', false).ids.size).toBe(0);
    });
    it('selects a range with shift-click, in either direction', () => {
        const anchored = toggle(emptySelection, order, 'd', false);
        expect([...toggle(anchored, order, 'b', true).ids].sort()).toEqual(['b', 'c', 'd']);
        const down = toggle(toggle(emptySelection, order, 'a', false), order, 'c', true);
        expect([...down.ids].sort()).toEqual(['a', 'b', 'c']);
    });
    it('unselects a range when the anchor was unselected', () => {
        let s = selectAll(order);
        s = toggle(s, order, 'b', false); // unselect b, anchor b
        s = toggle(s, order, 'd', true);
        expect([...s.ids].sort()).toEqual(['a', 'e']);
    });
    it('shift-click without an anchor just toggles', () => {
        expect([...toggle(emptySelection, order, 'c', true).ids]).toEqual(['c']);
    });
    it('drops conversations that left the list', () => {
        const s = toggle(toggle(emptySelection, order, 'a', false), order, 'c', false);
        const pruned = prune(s, ['a', 'b']);
        expect([...pruned.ids]).toEqual(['a']);
        expect(pruned.anchor).toBeNull();
        expect(prune(pruned, ['a', 'b'])).toBe(pruned);
    });
});
