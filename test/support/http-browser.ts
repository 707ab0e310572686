/** A minimal browser against a running server (fetch): keeps cookies, sends the CSRF header. */
export class Browser {
  readonly cookies = new Map<string, string>();
  csrfToken = '';
  constructor(public base: string) {}

  async request(path: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<{ status: number; body: any; text: string; ms: number; headers: Headers }> {
    const started = Date.now();
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('Cookie', this.cookieHeader());
    const res = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(init.timeoutMs ?? 20_000) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let body: any = null;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body, text, ms: Date.now() - started, headers: res.headers };
  }

  async csrf(): Promise<void> {
    const res = await this.request('/csrf/');
    this.csrfToken = res.body.csrfToken;
  }

  async gql(query: string, variables?: Record<string, unknown>, timeoutMs?: number) {
    if (!this.csrfToken) await this.csrf();
    return this.request('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRFToken': this.csrfToken },
      body: JSON.stringify({ query, variables }),
      timeoutMs,
    });
  }

  /** The Cookie header this browser sends now. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async login(username: string, password: string) {
    const res = await this.gql('mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', { u: username, p: password });
    await this.csrf();
    return res;
  }
}
