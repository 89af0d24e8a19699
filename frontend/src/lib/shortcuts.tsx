import { useEffect, useRef, useSyncExternalStore } from 'react';

/** A keyboard shortcut shown in the help overlay: keys as typed ("j", "shift+r", "?"), and a message key. */
export interface Shortcut {
  keys: string;
  description: string;
}

const active = new Map<symbol, Shortcut>();
const observers = new Set<() => void>();
let snapshot: Shortcut[] = [];
const changed = () => {
  snapshot = [...new Map([...active.values()].map((s) => [s.keys, s])).values()];
  observers.forEach((notify) => notify());
};

function typing(target: EventTarget | null) {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

function matches(event: KeyboardEvent, keys: string) {
  const parts = keys.split('+');
  const key = parts.pop()!;
  const needs = new Set(parts);
  if (needs.has('mod') !== (event.ctrlKey || event.metaKey)) return false;
  if (needs.has('alt') !== event.altKey) return false;
  if (needs.has('shift') && !event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

/**
 * Binds a shortcut while the component is mounted. Plain keys are ignored while the agent types in a field;
 * combinations with mod (Ctrl/⌘) work everywhere.
 */
export function useShortcut(keys: string, description: string, handler: (event: KeyboardEvent) => void, enabled = true) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const id = Symbol(keys);
    active.set(id, { keys, description });
    changed();
    const listener = (event: KeyboardEvent) => {
      if (!keys.includes('mod+') && typing(event.target)) return;
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
export function useActiveShortcuts(): Shortcut[] {
  return useSyncExternalStore((notify) => {
    observers.add(notify);
    return () => observers.delete(notify);
  }, () => snapshot);
}
