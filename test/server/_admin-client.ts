/** A browser-like client of /admin inside the test process: keeps cookies, reads CSRF tokens from pages, posts forms. */
import { ADMIN_TOKEN } from './_helpers.js';

/** What the client sends requests through: the app in this process (`app.request`), or a server over HTTP (`overHttp`). */
export interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** A running server at `baseUrl`; redirects are returned, not followed, as `app.request` does. */
export const overHttp = (baseUrl: string): Requester => ({ request: (path, init) => fetch(`${baseUrl}${path}`, { ...init, redirect: 'manual' }) });

export interface AdminClient {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** Posts a form (urlencoded); `_csrf` is added from the last page read unless given. */
  post(path: string, fields: Record<string, string | string[]>, headers?: Record<string, string>): Promise<Response>;
  /** Signs in as `name` and lands on the dashboard. */
  signIn(name?: string): Promise<void>;
  cookies: Map<string, string>;
  csrf: string | null;
}

export const csrfIn = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? null;

export function adminClient(app: Requester): AdminClient {
  const cookies = new Map<string, string>();
  const client: AdminClient = {
    cookies,
    csrf: null,
    async get(path, headers = {}) {
      const res = await app.request(path, { headers: { Cookie: cookieHeader(), ...headers } });
      remember(res);
      await readToken(res);
      return res;
    },
    async post(path, fields, headers = {}) {
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...(client.csrf && !('_csrf' in fields) ? { _csrf: client.csrf } : {}), ...fields })) {
        for (const one of Array.isArray(v) ? v : [v]) form.append(k, one);
      }
      const res = await app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(), ...headers }, body: form.toString() });
      remember(res);
      await readToken(res);
      return res;
    },
    async signIn(name = '张三') {
      const page = await (await client.get('/admin/login')).clone().text();
      const signin = page.match(/name="_signin" value="([^"]+)"/)![1]!;
      const res = await client.post('/admin/login', { _signin: signin, name, token: ADMIN_TOKEN });
      if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
      await client.get('/admin');
    },
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  function remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /Max-Age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
  }
  async function readToken(res: Response) {
    if (!res.headers.get('content-type')?.startsWith('text/html')) return;
    const token = csrfIn(await res.clone().text());
    if (token) client.csrf = token;
  }
  return client;
}
