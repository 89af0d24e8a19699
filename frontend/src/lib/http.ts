// Session requests carry Spring Security's CSRF token, read from the XSRF-TOKEN cookie.
function csrfToken(): string | undefined {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : undefined;
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * An RFC 9457 problem answered by the API, or a network failure (status 0). {@code retryAfterSeconds} is set when
 * the answer says how long to wait (a 429 while sign-in is throttled).
 */
export class ProblemError extends Error {
  constructor(readonly status: number, readonly title: string, readonly detail?: string,
              readonly errors: FieldError[] = [], readonly retryAfterSeconds?: number) {
    super(detail ?? title);
  }
}

/**
 * How many seconds to wait before trying again: the problem's {@code retryAfterSeconds}, else the
 * {@code Retry-After} header (seconds, or an HTTP date); undefined when the answer says neither.
 */
export function retryAfterSeconds(problem: { retryAfterSeconds?: unknown }, header: string | null,
                                  now = Date.now()): number | undefined {
  if (typeof problem.retryAfterSeconds === 'number' && problem.retryAfterSeconds >= 0) {
    return Math.ceil(problem.retryAfterSeconds);
  }
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

let onUnauthorized: () => void = () => {};
/** Called when the session has ended (401 on a request that needed it), so the app can show the sign-in page. */
export function whenUnauthorized(handler: () => void) {
  onUnauthorized = handler;
}

/** Sends {@code body} as JSON, or as it is when a {@code contentType} is given (e.g. an uploaded file's text). */
export async function http<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = csrfToken();
  if (token) headers['X-XSRF-TOKEN'] = token;
  if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : contentType ? (body as BodyInit) : JSON.stringify(body),
    });
  } catch {
    throw new ProblemError(0, 'Network error');
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    if (response.status === 401 && !path.startsWith('/api/v1/auth/')) onUnauthorized();
    throw new ProblemError(response.status, problem.title ?? response.statusText, problem.detail, problem.errors ?? [],
      retryAfterSeconds(problem, response.headers.get('Retry-After')));
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** Builds a query string from the defined, non-empty parameters. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  get: <T>(path: string) => http<T>('GET', `/api/v1${path}`),
  post: <T>(path: string, body?: unknown) => http<T>('POST', `/api/v1${path}`, body ?? {}),
  put: <T>(path: string, body?: unknown) => http<T>('PUT', `/api/v1${path}`, body ?? {}),
  patch: <T>(path: string, body: unknown) => http<T>('PATCH', `/api/v1${path}`, body),
  delete: <T = void>(path: string) => http<T>('DELETE', `/api/v1${path}`),
};
