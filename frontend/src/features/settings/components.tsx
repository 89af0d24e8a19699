import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/states';
import type { Errors } from './forms';

/** The settings namespace's t plus a readable message for any failed request. */
export function useSettingsText() {
  const { t } = useTranslation('settings');
  const problem = (error: unknown) => errorMessage(error, (key) => t(key, { ns: 'common' }));
  /** A field error: a message key of ours, or the server's own words. */
  const fieldError = (value: string | undefined) => (value ? t(value, { defaultValue: value }) : undefined);
  return { t, problem, fieldError };
}

interface ControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A labelled form field with an optional hint and its error right below it, wired for screen readers. */
export function Field({ label, error, hint, children }: {
  label: string; error?: string; hint?: ReactNode; children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}><span className="label">{label}</span></label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}

/** The general error of a form (problem detail), shown under it. */
export function FormError({ error }: { error: unknown }) {
  const { problem } = useSettingsText();
  if (!error) return null;
  return <p role="alert" className="form-error">{problem(error)}</p>;
}

/** Field errors to show: ours from validation, else the server's for the same field. */
export function mergeErrors(local: Errors, server: Errors): Errors {
  return { ...server, ...local };
}

/** Asks before something destructive happens; shows the failure inside the dialog. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel, pending, error }: {
  open: boolean; title: string; message: ReactNode; confirmLabel: string; onConfirm: () => void; onCancel: () => void;
  pending?: boolean; error?: unknown;
}) {
  const { t } = useSettingsText();
  return (
    <Dialog open={open} onOpenChange={(next) => { if (!next) onCancel(); }} title={title}>
      <div className="admin-dialog">
        <p>{message}</p>
        <FormError error={error} />
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onCancel}>{t('cancel', { ns: 'common' })}</button>
          <button type="button" className="danger" disabled={pending} onClick={onConfirm}>{confirmLabel}</button>
        </div>
      </div>
    </Dialog>
  );
}

/** A read-only value (link, token, secret) with a copy button. */
export function CopyBox({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const { t } = useSettingsText();
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}><span className="label">{label}</span></label>
      <div className="copy-box">
        <input id={id} readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false));
        }}>{copied ? t('copied') : t('copy')}</button>
      </div>
    </div>
  );
}

/** The IANA time zones this browser knows, for pickers. */
export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}
