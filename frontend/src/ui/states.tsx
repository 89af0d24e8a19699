import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/http';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <div className="state loading" role="status" aria-live="polite">{label ?? t('loading')}</div>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state empty">{children}</div>;
}

/** A readable message for a failed request: the API's problem detail, or what went wrong in plain words. */
export function errorMessage(error: unknown, t: (key: string) => string): string {
  if (error instanceof ProblemError) {
    if (error.status === 0) return t('error.network');
    if (error.status === 403) return error.detail ?? t('error.forbidden');
    if (error.status === 404) return t('error.notFound');
    return error.detail ?? error.title;
  }
  return t('error.unexpected');
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state error" role="alert">
      <span>{errorMessage(error, t)}</span>
      {onRetry && <button type="button" className="secondary" onClick={onRetry}>{t('retry')}</button>}
    </div>
  );
}

/**
 * The loading, error (with retry) and empty states of a query, then its data: one place for the pattern
 * every list screen needs. {@code empty} is shown when the data is an empty list.
 */
export function QueryView<T>({ query, empty, children }: {
  query: UseQueryResult<T>; empty?: ReactNode; children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0) return <Empty>{empty}</Empty>;
  return <>{children(query.data)}</>;
}
