import { useEffect, useRef, useSyncExternalStore } from 'react';
const active = new Map();
const observers = new Set();
let snapshot = [];
const changed = () => {
    snapshot = [...new Map([...active.values()].map((s) => [s.keys, s])).values()];
    observers.forEach((notify) => notify());
};
function typing(target) {
    const element = target;
    return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}
function matches(event, keys) {
    const parts = keys.split('+');
    const key = parts.pop();
    const needs = new Set(parts);
    if (needs.has('mod') !== (event.ctrlKey || event.metaKey))
        return false;
    if (needs.has('alt') !== event.altKey)
        return false;
    if (needs.has('shift') && !event.shiftKey)
        return false;
    return event.key.toLowerCase() === key.toLowerCase();
}
/**
 * Binds a shortcut while the component is mounted. Plain keys are ignored while the agent types in a field;
 * combinations with mod (Ctrl/⌘) work everywhere.
 */
export function useShortcut(keys, description, handler, enabled = true) {
    const latest = useRef(handler);
    latest.current = handler;
    useEffect(() => {
        if (!enabled)
            return;
        const id = Symbol(keys);
        active.set(id, { keys, description });
        changed();
        const listener = (event) => {
            if (!keys.includes('mod+') && typing(event.target))
                return;
            if (matches(event, keys)) {
                event.preventDefault();
                latest.current(event);
            }
        };
        window.addEventListener('keydown', listener);
        return () => {
            window.removeEventListener('keydown', listener);
            active.delete(id);
            changed();
        };
    }, [keys, description, enabled]);
}
/** The shortcuts bound right now, for the help overlay. */
export function useActiveShortcuts() {
    return useSyncExternalStore((notify) => {
        observers.add(notify);
        return () => observers.delete(notify);
    }, () => snapshot);
}
