import { jsx as _jsx } from "react/jsx-runtime";
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../lib/i18n';
import { ProblemError } from '../lib/http';
import { QueryView } from './states';
const query = (state) => ({ isPending: false, isError: false, refetch: () => Promise.resolve(), ...state });
describe('QueryView', () => {
    it('shows loading while the query is pending', () => {
        render(_jsx(QueryView, { query: query({ isPending: true }), children: () => 'data' }));
        expect(screen.getByRole('status').textContent).toBe('Loading…');
    });
    it('shows the problem detail with a retry when the query failed', () => {
        render(_jsx(QueryView, { query: query({ isError: true, error: new ProblemError(500, 'Error', 'The database is away.') }), children: () => 'data' }));
        expect(screen.getByRole('alert').textContent).toContain('The database is away.');
        expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    });
    it('shows the empty message for an empty list and the data otherwise', () => {
        const { rerender } = render(_jsx(QueryView, { query: query({ data: [] }), empty: "Nothing yet", children: (items) => items.join() }));
        expect(screen.getByText('Nothing yet')).toBeTruthy();
        rerender(_jsx(QueryView, { query: query({ data: ['a', 'b'] }), empty: "Nothing yet", children: (items) => items.join() }));
        expect(screen.getByText('a,b')).toBeTruthy();
    });
});
