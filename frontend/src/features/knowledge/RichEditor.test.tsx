import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../lib/i18n';
import { changeLocale } from '../../lib/i18n';
import { RichEditor } from './RichEditor';

function renderEditor(value: string) {
  const changes: string[] = [];
  render(<><span id="body-label">Body</span><RichEditor value={value} onChange={(html) => changes.push(html)} labelId="body-label" /></>);
  return changes;
}

describe('RichEditor', () => {
  afterEach(cleanup);
  // jsdom does no layout; ProseMirror measures ranges to scroll the caret into view.
  beforeAll(() => {
    Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => new DOMRect();
  });

  it('reads older callouts and turns a callout into a warning', async () => {
    changeLocale('en');
    const changes = renderEditor('<div class="callout-info"><p>Careful</p></div>');
    const warning = await screen.findByRole('button', { name: 'Warning callout' });
    // The caret starts inside the callout: its button shows the variant it has.
    expect(screen.getByRole('button', { name: 'Info callout' }).getAttribute('aria-pressed')).toBe('true');
    expect(warning.getAttribute('aria-pressed')).toBe('false');
    await act(async () => {
      screen.getByRole('textbox', { name: 'Body' }).focus();
    });
    fireEvent.click(warning);
    await waitFor(() => expect(changes.at(-1)).toBe('<div class="callout callout-warning"><p>Careful</p></div>'));
  });

  it('inserts https images with alt text and refuses other sources', async () => {
    changeLocale('en');
    const changes = renderEditor('<p>Steps</p>');
    fireEvent.click(await screen.findByRole('button', { name: 'Image' }));
    const address = screen.getByLabelText('Image address (https://)');
    fireEvent.change(address, { target: { value: 'http://cdn.example.com/steps.png' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter an https:// image address.');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(address, { target: { value: 'https://cdn.example.com/steps.png' } });
    fireEvent.change(screen.getByLabelText('Description (alt text)'), { target: { value: 'Settings, Password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }));
    await waitFor(() => expect(changes.at(-1)).toContain('<img src="https://cdn.example.com/steps.png" alt="Settings, Password">'));
    expect(screen.queryByLabelText('Image address (https://)')).toBeNull();
  });
});
