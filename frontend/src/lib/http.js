// Session requests carry Spring Security's CSRF token, read from the XSRF-TOKEN cookie.
function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : undefined;
}
/** An RFC 9457 problem answered by the API, or a network failure (status 0). */
export class ProblemError extends Error {
    status;
    title;
    detail;
    errors;
    constructor(status, title, detail, errors = []) {
        super(detail ?? title);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = errors;
    }
}
let onUnauthorized = () => { };
/** Called when the session has ended (401 on a request that needed it), so the app can show the sign-in page. */
export function whenUnauthorized(handler) {
    onUnauthorized = handler;
}
export async function http(method, path, body) {
    const headers = { Accept: 'application/json' };
    const token = csrfToken();
    if (token)
        headers['X-XSRF-TOKEN'] = token;
    if (body !== undefined)
        headers['Content-Type'] = 'application/json';
    let response;
    try {
        response = await fetch(path, {
            method,
            headers,
            credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body),
        });
    }
    catch {
        throw new ProblemError(0, 'Network error');
    }
    if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        if (response.status === 401 && !path.startsWith('/api/v1/auth/'))
            onUnauthorized();
        throw new ProblemError(response.status, problem.title ?? response.statusText, problem.detail, problem.errors ?? []);
    }
    return response.status === 204 ? undefined : (await response.json());
}
/** Builds a query string from the defined, non-empty parameters. */
export function query(params) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
        if (value !== undefined && value !== null && value !== '')
            search.set(key, String(value));
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}
export const api = {
    get: (path) => http('GET', `/api/v1${path}`),
    post: (path, body) => http('POST', `/api/v1${path}`, body ?? {}),
    put: (path, body) => http('PUT', `/api/v1${path}`, body ?? {}),
    patch: (path, body) => http('PATCH', `/api/v1${path}`, body),
    delete: (path) => http('DELETE', `/api/v1${path}`),
};
