import { jsx as _jsx } from "react/jsx-runtime";
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../lib/i18n';
import { Field } from './components';
describe('Field', () => {
    it('labels its control and ties the error to it', () => {
        render(_jsx(Field, { label: "Email", error: "Enter a valid email address.", hint: "We never share it.", children: (p) => _jsx("input", { ...p }) }));
        const input = screen.getByLabelText('Email');
        expect(input.getAttribute('aria-invalid')).toBe('true');
        const described = input.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent);
        expect(described).toEqual(['We never share it.', 'Enter a valid email address.']);
    });
    it('is not invalid without an error', () => {
        render(_jsx(Field, { label: "Name", children: (p) => _jsx("input", { ...p }) }));
        expect(screen.getByLabelText('Name').hasAttribute('aria-invalid')).toBe(false);
    });
});
