import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../lib/http';
import { expansionErrorField, expansionSummary, fieldMessage } from './ExpansionForm';

const t = (key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`;

describe('expansion steps', () => {
  it('summarises only the steps that are on, with the overflow queue by name', () => {
    const off = { afterSeconds: null, minProficiency: null, overflowAfterSeconds: null, overflowQueueId: null };
    expect(expansionSummary(off, () => 'never', t)).toBe('expansion.off');
    expect(expansionSummary({ afterSeconds: 30, minProficiency: 2, overflowAfterSeconds: 60, overflowQueueId: 'q2' },
      (id) => (id === 'q2' ? 'Overflow' : '?'), t))
      .toBe('expansion.widenStep{"seconds":30,"level":2} · expansion.overflowStep{"seconds":60,"queue":"Overflow"}');
    expect(expansionSummary({ ...off, overflowAfterSeconds: 60, overflowQueueId: 'q2' }, () => 'Overflow', t))
      .toBe('expansion.overflowStep{"seconds":60,"queue":"Overflow"}');
  });

  it('puts the API complaint next to the field it names, an unknown overflow queue next to the queue', () => {
    expect(expansionErrorField(null)).toBeNull();
    expect(expansionErrorField(new ProblemError(400, 'Bad request', 'x',
      [{ field: 'expansion.afterSeconds', message: 'give afterSeconds and minProficiency together' }]))).toBe('afterSeconds');
    expect(expansionErrorField(new ProblemError(400, 'Bad request', 'x',
      [{ field: 'expansion.minProficiency', message: 'must be between 1 and 5' }]))).toBe('minProficiency');
    expect(expansionErrorField(new ProblemError(422, 'Unprocessable', 'Overflow queue q does not exist'))).toBe('overflowQueueId');
    expect(expansionErrorField(new ProblemError(400, 'Bad request', 'x', [{ field: 'name', message: 'required' }]))).toBe('form');
    expect(expansionErrorField(new Error('boom'))).toBe('form');
  });

  it('shows the reason without the field name the API puts in front', () => {
    expect(fieldMessage(new ProblemError(400, 'Bad request', 'x', [{ field: 'expansion.afterSeconds',
      message: 'expansion.afterSeconds give afterSeconds and minProficiency together' }]))).toBe('give afterSeconds and minProficiency together');
    expect(fieldMessage(new ProblemError(400, 'Bad request', 'x', [{ field: 'name', message: 'must not be blank' }]))).toBe('must not be blank');
    expect(fieldMessage(new ProblemError(422, 'Unprocessable', 'Overflow queue q does not exist'))).toBeNull();
  });
});
