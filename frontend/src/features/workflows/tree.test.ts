import { describe, expect, it } from 'vitest';
import type { Definition } from './api';
import { emptyStep, freshAnswerId, freshStepId, removeStep, replaceStep, share } from './tree';

const tree: Definition = {
  start: 'step-1',
  steps: [
    { ...emptyStep('step-1', 'Lights?'), answers: [{ id: 'a1', label: 'Yes', next: 'step-2' }, { id: 'a2', label: 'No', next: 'step-3' }] },
    emptyStep('step-2', 'Fixed'),
    { ...emptyStep('step-3', 'Power'), actions: [{ type: 'PRIORITY', priority: 'HIGH' }] },
  ],
};

describe('workflow tree editing', () => {
  it('removing a step removes the answers that led to it', () => {
    const after = removeStep(tree, 'step-3');
    expect(after.steps.map((s) => s.id)).toEqual(['step-1', 'step-2']);
    expect(after.steps[0].answers.map((a) => a.next)).toEqual(['step-2']);
  });

  it('removing the start moves the start to the first remaining step', () => {
    expect(removeStep(tree, 'step-1').start).toBe('step-2');
  });

  it('a step that gets answers loses its actions', () => {
    const step3 = { ...tree.steps[2], answers: [{ id: 'a1', label: 'Next', next: 'step-2' }] };
    expect(replaceStep(tree, step3).steps[2].actions).toEqual([]);
  });

  it('fresh ids skip the ones taken', () => {
    expect(freshStepId({ start: 'step-2', steps: [emptyStep('step-2'), emptyStep('step-3')] })).toBe('step-4');
    expect(freshAnswerId(tree.steps[0])).toBe('a3');
  });

  it('shares are whole percentages, none without runs', () => {
    expect(share(1, 3)).toBe(33);
    expect(share(0, 0)).toBeNull();
  });
});
