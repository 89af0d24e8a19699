import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../lib/i18n';
import { ProblemError } from '../lib/http';
import { QueryView } from './states';

const query = <T,>(state: Partial<UseQueryResult<T>>) =>
  ({ isPending: false, isError: false, refetch: () => Promise.resolve(), ...state }) as UseQueryResult<T>;

describe('QueryView', () => {
  it('shows loading while the query is pending', () => {
    render(<QueryView query={query<string[]>({ isPending: true })}>{() => 'data'}</QueryView>);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('shows the problem detail with a retry when the query failed', () => {
    render(<QueryView query={query<string[]>({ isError: true, error: new ProblemError(500, 'Error', 'The database is away.') })}>
      {() => 'data'}</QueryView>);
    expect(screen.getByRole('alert').textContent).toContain('The database is away.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows the empty message for an empty list and the data otherwise', () => {
    const { rerender } = render(<QueryView query={query({ data: [] as string[] })} empty="Nothing yet">{(items) => items.join()}</QueryView>);
    expect(screen.getByText('Nothing yet')).toBeTruthy();
    rerender(<QueryView query={query({ data: ['a', 'b'] })} empty="Nothing yet">{(items) => items.join()}</QueryView>);
    expect(screen.getByText('a,b')).toBeTruthy();
  });
});
