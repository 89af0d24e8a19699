import { jsx as _jsx } from "react/jsx-runtime";
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../lib/i18n';
import { NotificationSettings } from './NotificationSettings';
import { loadNotifySettings } from './notify';
describe('notification settings', () => {
    const requestPermission = vi.fn();
    beforeEach(() => {
        localStorage.clear();
        requestPermission.mockReset();
        vi.stubGlobal('Notification', Object.assign(function Notification() { }, { permission: 'default', requestPermission }));
    });
    afterEach(() => {
        cleanup();
        vi.unstubAllGlobals();
    });
    it('starts off and asks for permission only when desktop notifications are turned on', async () => {
        render(_jsx(NotificationSettings, {}));
        const desktop = screen.getByLabelText('Desktop notification');
        expect(desktop.checked).toBe(false);
        expect(screen.getByLabelText('Play a sound').checked).toBe(false);
        expect(requestPermission).not.toHaveBeenCalled();
        requestPermission.mockResolvedValue('granted');
        fireEvent.click(desktop);
        await waitFor(() => expect(desktop.checked).toBe(true));
        expect(requestPermission).toHaveBeenCalledTimes(1);
        expect(loadNotifySettings().desktop).toBe(true);
    });
    it('stays off and explains when the browser refuses', async () => {
        render(_jsx(NotificationSettings, {}));
        requestPermission.mockResolvedValue('denied');
        fireEvent.click(screen.getByLabelText('Desktop notification'));
        await screen.findByRole('alert');
        expect(screen.getByLabelText('Desktop notification').checked).toBe(false);
        expect(loadNotifySettings().desktop).toBe(false);
    });
});
