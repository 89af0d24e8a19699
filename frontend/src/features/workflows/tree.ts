import type { Definition, Step } from './api';

/** A step id not used yet in the definition: step-1, step-2, … */
export function freshStepId(definition: Definition): string {
  const used = new Set(definition.steps.map((s) => s.id));
  let n = definition.steps.length + 1;
  while (used.has(`step-${n}`)) n++;
  return `step-${n}`;
}

/** A fresh answer id within one step: a1, a2, … */
export function freshAnswerId(step: Step): string {
  const used = new Set(step.answers.map((a) => a.id));
  let n = step.answers.length + 1;
  while (used.has(`a${n}`)) n++;
  return `a${n}`;
}

export function emptyStep(id: string, title = ''): Step {
  return { id, title, body: '', question: null, answers: [], actions: [] };
}

export function newDefinition(firstTitle: string): Definition {
  return { start: 'step-1', steps: [emptyStep('step-1', firstTitle)] };
}

/**
 * Removes a step and every answer that led to it, so the tree never points at a missing step; the start moves to the
 * first remaining step when the start is removed.
 */
export function removeStep(definition: Definition, id: string): Definition {
  const steps = definition.steps.filter((s) => s.id !== id)
    .map((s) => ({ ...s, answers: s.answers.filter((a) => a.next !== id) }));
  return { start: definition.start === id ? (steps[0]?.id ?? '') : definition.start, steps };
}

/** Replaces one step; a step that now has answers loses its actions (only outcomes act). */
export function replaceStep(definition: Definition, step: Step): Definition {
  const cleaned = step.answers.length > 0 ? { ...step, actions: [] } : step;
  return { ...definition, steps: definition.steps.map((s) => (s.id === step.id ? cleaned : s)) };
}

/** Conversion rate as a whole percentage, or null without runs. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}
