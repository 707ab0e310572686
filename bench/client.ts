// The bench's own HTTP calls: logging in like a browser client and single requests for
// the data check and the statement counts.

export interface Auth {
  /** `Cookie` header: the CSRF cookie and the session cookie. */
  cookie: string;
  /** `X-CSRFToken` header. */
  csrf: string;
}

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** GET /csrf/, then the login mutation; returns what every later request sends. */
export async function login(baseUrl: string, username: string, password: string): Promise<Auth> {
  const jar = new Map<string, string>();
  const boot = await fetch(`${baseUrl}/csrf/`);
  cookiesOf(boot, jar);
  const { csrfToken } = (await boot.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: header(jar), 'x-csrftoken': csrfToken },
    body: JSON.stringify({
      query: 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: password },
    }),
  });
  cookiesOf(res, jar);
  const body = (await res.json()) as { errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`login failed (${res.status}): ${JSON.stringify(body)}`);
  const secret = [...jar].find(([k]) => k === 'csrftoken')?.[1];
  if (!secret || jar.size < 2) throw new Error(`login did not set the session and CSRF cookies: ${[...jar.keys()].join(', ')}`);
  // The CSRF cookie holds the bare secret, which Django-style checks accept as the header value too.
  return { cookie: header(jar), csrf: secret };
}

export async function post(url: string, body: string, auth?: Auth): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) Object.assign(headers, { cookie: auth.cookie, 'x-csrftoken': auth.csrf });
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* keep the text */
  }
  return { status: res.status, json };
}

/** JSON with object keys sorted at every level, for comparing answers regardless of key order. */
export function normalized(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(sort(value));
}
