import { jsx as _jsx } from "react/jsx-runtime";
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../lib/i18n';
import { changeLocale } from '../../lib/i18n';
import { SessionProvider } from '../auth/session';
import { PresenceMenu } from './PresenceMenu';
const me = { userId: 'u1', workspaceId: 'w1', workspaceName: 'W', email: 'a@b.c', displayName: 'Ana', role: 'AGENT' };
function json(body) {
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}
describe('PresenceMenu', () => {
    afterEach(() => vi.unstubAllGlobals());
    it('shows the status and sets a new one with a reason', async () => {
        changeLocale('en');
        const since = new Date(Date.now() - 65_000).toISOString();
        const calls = [];
        vi.stubGlobal('fetch', vi.fn(async (url, init) => {
            calls.push({ method: init.method ?? 'GET', url, body: init.body });
            if (init.method === 'PUT') {
                const { status, reason } = JSON.parse(init.body);
                return json({ userId: 'u1', displayName: 'Ana', status, reason, since: new Date().toISOString() });
            }
            return json({ userId: 'u1', displayName: 'Ana', status: 'AVAILABLE', reason: null, since });
        }));
        const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
        render(_jsx(QueryClientProvider, { client: client, children: _jsx(SessionProvider, { session: { me, signOut: () => { }, refresh: () => { } }, children: _jsx(PresenceMenu, {}) }) }));
        const trigger = await screen.findByRole('button', { name: /Your status:\s*Available\s*1:0\d/ });
        await act(async () => fireEvent.click(trigger));
        fireEvent.click(await screen.findByLabelText('On break'));
        fireEvent.change(screen.getByLabelText('Reason (optional)'), { target: { value: ' lunch ' } });
        await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Set status' })));
        await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
        const put = calls.find((c) => c.method === 'PUT');
        expect(put.url).toBe('/api/v1/presence/me');
        expect(JSON.parse(put.body)).toEqual({ status: 'ON_BREAK', reason: 'lunch' });
        await screen.findByRole('button', { name: /Your status:\s*On break\s*· lunch/ });
    });
});
