import { Router, type Request, type Response } from 'express';
import type { AppServices } from '../context';
import { INVALID_LOGIN_MESSAGE } from '../modules/auth/auth.service';
import { LOGIN_URL, TooManyRequestsError } from '../errors';
import { destroySession, logIn } from './auth-session';
import { escapeHtml } from './html';

export const DEFAULT_AFTER_LOGIN = '/app/';

/** Only a path on this site: no scheme, no host, no `//` or `/\` tricks, no control characters. */
export function safeNext(next: unknown): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return null;
  try {
    const base = 'http://same.invalid';
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}


interface FormState {
  token: string;
  next: string;
  username?: string;
  error?: string;
  user?: string | null;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | Energy CMMS</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f5f7;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);width:min(22rem,90vw)}
h1{font-size:1.3rem;margin:0 0 1rem}label{display:block;margin:.8rem 0 .3rem;font-weight:600}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #bbb;border-radius:4px}
button{margin-top:1.2rem;width:100%;padding:.7rem;font-size:1rem;background:#0b5cad;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{background:#fdecea;color:#8a1c13;padding:.6rem;border-radius:4px}p.note{color:#555;font-size:.9rem}
</style></head><body><main>${body}</main></body></html>`;
}

function loginForm(s: FormState): string {
  return page(
    'Log in',
    `<h1>Energy CMMS</h1>
${s.user ? `<p class="note">You are logged in as <strong>${escapeHtml(s.user)}</strong>. Log in as another user below, or <a href="${escapeHtml(s.next)}">continue</a>.</p>` : ''}
${s.error ? `<p class="error" role="alert">${escapeHtml(s.error)}</p>` : ''}
<form method="post" action="${LOGIN_URL}">
<input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(s.token)}">
<input type="hidden" name="next" value="${escapeHtml(s.next)}">
<label for="id_username">Username</label>
<input type="text" name="username" id="id_username" autocomplete="username" maxlength="150" required autofocus value="${escapeHtml(s.username ?? '')}">
<label for="id_password">Password</label>
<input type="password" name="password" id="id_password" autocomplete="current-password" required>
<button type="submit">Log in</button>
</form>`,
  );
}

/** The old system's HTML login at /admin/login/ and logout at /admin/logout/. */
export function loginPageRoutes(services: AppServices): Router {
  const router = Router();
  const { config } = services;

  router.get(LOGIN_URL, (req: Request, res: Response) => {
    const next = safeNext(req.query.next) ?? DEFAULT_AFTER_LOGIN;
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(loginForm({ token: req.csrf!.getToken(), next, user: req.user?.username }));
  });

  router.post(LOGIN_URL, async (req: Request, res: Response, nextFn) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next) ?? DEFAULT_AFTER_LOGIN;
    const fail = (status: number, error: string) => {
      res.setHeader('Cache-Control', 'no-store');
      res.status(status).type('html').send(loginForm({ token: req.csrf!.getToken(), next, username, error }));
    };
    try {
      if (!username || !password) return fail(200, 'Both username and password are required.');
      const user = await logIn(services, req, username, password);
      if (!user) return fail(200, INVALID_LOGIN_MESSAGE);
      res.redirect(302, next);
    } catch (err) {
      if (err instanceof TooManyRequestsError) {
        res.setHeader('Retry-After', String(err.extensions.retryAfter));
        return fail(429, err.message);
      }
      nextFn(err);
    }
  });

  router.get('/admin/logout/', (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(
      page(
        'Log out',
        `<h1>Log out</h1>${req.user ? `<p class="note">Logged in as <strong>${escapeHtml(req.user.username)}</strong>.</p>` : '<p class="note">You are not logged in.</p>'}
<form method="post" action="/admin/logout/"><input type="hidden" name="csrfmiddlewaretoken" value="${escapeHtml(req.csrf!.getToken())}"><button type="submit">Log out</button></form>`,
      ),
    );
  });

  router.post('/admin/logout/', async (req: Request, res: Response, nextFn) => {
    try {
      await destroySession(req);
      res.clearCookie(config.session.cookieName, { path: '/' });
      res.redirect(302, LOGIN_URL);
    } catch (err) {
      nextFn(err);
    }
  });

  return router;
}
