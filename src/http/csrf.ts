// Hand-written: no maintained library implements Django's masked-token CSRF scheme with trusted-origin wildcards, which existing frontends rely on.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse, serialize, type SerializeOptions } from 'cookie';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

// Same values as django.middleware.csrf, so cookies and tokens issued by the old
// system keep verifying here and vice versa.
export const CSRF_SECRET_LENGTH = 32;
export const CSRF_TOKEN_LENGTH = 2 * CSRF_SECRET_LENGTH;
export const CSRF_ALLOWED_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const REASON_NO_REFERER = 'Referer checking failed - no Referer.';
export const REASON_MALFORMED_REFERER = 'Referer checking failed - Referer is malformed.';
export const REASON_INSECURE_REFERER = 'Referer checking failed - Referer is insecure while host is secure.';
export const REASON_NO_CSRF_COOKIE = 'CSRF cookie not set.';
export const REASON_CSRF_TOKEN_MISSING = 'CSRF token missing.';
export const reasonBadOrigin = (origin: string): string =>
  `Origin checking failed - ${origin} does not match any trusted origins.`;
export const reasonBadReferer = (referer: string): string =>
  `Referer checking failed - ${referer} does not match any trusted origins.`;

export const FAILURE_MESSAGE = 'CSRF verification failed. Request aborted.';

/** Django's InvalidTokenFormat reasons: phrases without a subject (cookie or token). */
export type TokenFormatProblem = 'has incorrect length' | 'has invalid characters';

const CHARS_COUNT = CSRF_ALLOWED_CHARS.length;
// Char code -> position in CSRF_ALLOWED_CHARS (-1 if not allowed); avoids indexOf per char.
const CHAR_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < CHARS_COUNT; i++) CHAR_INDEX[CSRF_ALLOWED_CHARS.charCodeAt(i)] = i;

function charIndex(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code < 128 ? CHAR_INDEX[code]! : -1;
}

function hasOnlyAllowedChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (charIndex(s, i) < 0) return false;
  return true;
}

function randomString(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // Rejection sampling: 248 = 4 * 62, so `byte % 62` stays uniform.
      if (byte >= 4 * CHARS_COUNT) continue;
      out += CSRF_ALLOWED_CHARS[byte % CHARS_COUNT];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new 32-char secret: the value of the CSRF cookie. */
export function generateSecret(): string {
  return randomString(CSRF_SECRET_LENGTH);
}

/** A 64-char token (random mask + secret shifted by the mask); differs on every call. */
export function maskSecret(secret: string): string {
  if (secret.length !== CSRF_SECRET_LENGTH || !hasOnlyAllowedChars(secret)) {
    throw new TypeError('maskSecret expects a 32-char CSRF secret');
  }
  const mask = randomString(CSRF_SECRET_LENGTH);
  let cipher = '';
  for (let i = 0; i < CSRF_SECRET_LENGTH; i++) {
    cipher += CSRF_ALLOWED_CHARS[(charIndex(secret, i) + charIndex(mask, i)) % CHARS_COUNT];
  }
  return mask + cipher;
}

/** The secret inside a 64-char masked token. */
export function unmaskToken(token: string): string {
  if (token.length !== CSRF_TOKEN_LENGTH || !hasOnlyAllowedChars(token)) {
    throw new TypeError('unmaskToken expects a 64-char CSRF token');
  }
  let secret = '';
  for (let i = 0; i < CSRF_SECRET_LENGTH; i++) {
    const shifted = charIndex(token, CSRF_SECRET_LENGTH + i) - charIndex(token, i);
    secret += CSRF_ALLOWED_CHARS[(shifted + CHARS_COUNT) % CHARS_COUNT];
  }
  return secret;
}

/** Django's _check_token_format: null when the value is a bare secret or a masked token. */
export function checkTokenFormat(token: string): TokenFormatProblem | null {
  if (token.length !== CSRF_TOKEN_LENGTH && token.length !== CSRF_SECRET_LENGTH) return 'has incorrect length';
  if (!hasOnlyAllowedChars(token)) return 'has invalid characters';
  return null;
}

/** Whether a request token (masked, or the bare secret) belongs to `secret`; constant-time. */
export function tokensMatch(requestToken: string, secret: string): boolean {
  if (checkTokenFormat(requestToken) !== null) return false;
  if (secret.length !== CSRF_SECRET_LENGTH || !hasOnlyAllowedChars(secret)) return false;
  const candidate = requestToken.length === CSRF_TOKEN_LENGTH ? unmaskToken(requestToken) : requestToken;
  return timingSafeEqual(Buffer.from(candidate, 'latin1'), Buffer.from(secret, 'latin1'));
}

export interface CsrfOptions {
  cookieName: string;
  /** Request header carrying the token, e.g. 'x-csrftoken' (Django's X-CSRFToken). */
  headerName: string;
  /** Form field carrying the token in urlencoded POST bodies, e.g. 'csrfmiddlewaretoken'. */
  formField: string;
  cookieSecure: boolean;
  cookieSameSite: 'lax' | 'strict' | 'none';
  cookieDomain?: string;
  /** Django's CSRF_COOKIE_AGE is 31449600 (one year). */
  cookieMaxAgeSeconds: number;
  /** Django's CSRF_TRUSTED_ORIGINS: 'https://app.example.org', 'https://*.example.org'. */
  trustedOrigins: string[];
  /** Replaces the default 403 answer; the request goes no further either way. */
  onFailure?: (req: Request, res: Response, reason: string) => void;
  /** Unsafe-method requests that change nothing (a GraphQL query sent by POST), treated like a GET. */
  isReadOnly?: (req: Request) => boolean;
}

export interface CsrfHandle {
  /** A fresh masked token for the current secret; the cookie is (re)sent with this response. */
  getToken(): string;
  /** Replaces the secret (at login) and sends the new cookie with this response. */
  rotate(): void;
  readonly secret: string;
}

declare global {
  namespace Express {
    interface Request {
      /** Set by the CSRF middleware; absent on routes mounted without it. */
      csrf?: CsrfHandle;
    }
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

interface SplitUrl {
  scheme: string;
  netloc: string;
}

/**
 * Scheme and netloc as Python's urllib.parse.urlsplit gives them, since Django
 * compares exactly those (WHATWG URL would normalise hosts and ports and accept
 * things Django refuses). null where urlsplit raises ValueError.
 */
function urlSplit(input: string): SplitUrl | null {
  let url = input.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
  let scheme = '';
  const colon = url.indexOf(':');
  if (colon > 0 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(url.slice(0, colon))) {
    scheme = url.slice(0, colon).toLowerCase();
    url = url.slice(colon + 1);
  }
  let netloc = '';
  if (url.startsWith('//')) {
    const rest = url.slice(2);
    const end = rest.search(/[/?#]/);
    netloc = end === -1 ? rest : rest.slice(0, end);
    if (netloc.includes('[') !== netloc.includes(']')) return null; // "Invalid IPv6 URL"
  }
  return { scheme, netloc };
}

/** django.utils.http.is_same_domain: '.example.org' matches example.org and any subdomain. */
function isSameDomain(host: string, pattern: string): boolean {
  if (!pattern) return false;
  const p = pattern.toLowerCase();
  return (p.startsWith('.') && (host.endsWith(p) || host === p.slice(1))) || p === host;
}

interface TrustedOrigins {
  exact: Set<string>;
  /** scheme -> netlocs with the leading '*' removed ('.example.org'). */
  subdomains: Map<string, string[]>;
  /** Every trusted netloc, wildcard or not, for the Referer check. */
  hosts: string[];
}

function compileTrustedOrigins(origins: string[]): TrustedOrigins {
  const trusted: TrustedOrigins = { exact: new Set(), subdomains: new Map(), hosts: [] };
  for (const origin of origins) {
    const parsed = urlSplit(origin);
    // Django's system check (4_0.E001) insists on a scheme; without one nothing could match.
    if (!origin.includes('://') || parsed === null || parsed.scheme === '' || parsed.netloc === '') {
      throw new Error(`CSRF trusted origin "${origin}" must look like https://app.example.org or https://*.example.org`);
    }
    const netloc = parsed.netloc.replace(/^\*+/, '');
    trusted.hosts.push(netloc);
    if (origin.includes('*')) {
      const list = trusted.subdomains.get(parsed.scheme) ?? [];
      list.push(netloc);
      trusted.subdomains.set(parsed.scheme, list);
    } else {
      trusted.exact.add(origin);
    }
  }
  return trusted;
}

type OriginCheck = (origin: string, requestOrigin: string | undefined) => boolean;

/** Django's _origin_verified: the request's own origin (scheme://Host), an exact trusted origin, or a subdomain of a trusted wildcard with the same scheme. */
function originMatcher(trusted: TrustedOrigins): OriginCheck {
  return (origin, requestOrigin) => {
    if (requestOrigin !== undefined && origin === requestOrigin) return true;
    if (trusted.exact.has(origin)) return true;
    const parsed = urlSplit(origin);
    if (parsed === null) return false;
    return (trusted.subdomains.get(parsed.scheme) ?? []).some((h) => isSameDomain(parsed.netloc, h));
  };
}

/** The CSRF middleware's Origin rule on its own, for requests it does not see (the WebSocket upgrade). */
export function createOriginCheck(trustedOrigins: string[]): OriginCheck {
  return originMatcher(compileTrustedOrigins(trustedOrigins));
}

/** Django names the header in reasons as HttpHeaders.parse_header_name does: 'X-Csrftoken'. */
function headerLabel(headerName: string): string {
  return headerName
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/(^|[^a-z])([a-z])/g, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

function hostPort(host: string | undefined): string | undefined {
  return host === undefined ? undefined : /:(\d+)$/.exec(host)?.[1];
}

interface CookieSecret {
  /** Usable secret from the request cookie, or null (missing or malformed). */
  secret: string | null;
  /** Why the cookie is unusable, for the rejection reason. */
  problem: TokenFormatProblem | 'missing' | null;
  /** Valid but in the pre-4.1 masked form: send it back as the bare secret. */
  needsReset: boolean;
}

function readCookieSecret(header: string | undefined, name: string): CookieSecret {
  // cookie.parse never throws; the value is whatever the client sent, of any size.
  const value = header === undefined ? undefined : parse(header)[name];
  if (value === undefined) return { secret: null, problem: 'missing', needsReset: false };
  const problem = checkTokenFormat(value);
  if (problem !== null) return { secret: null, problem, needsReset: false };
  if (value.length === CSRF_TOKEN_LENGTH) return { secret: unmaskToken(value), problem: null, needsReset: true };
  return { secret: value, problem: null, needsReset: false };
}

/** Django's QueryDict.get: the last value when a field repeats. */
function formValue(body: unknown, field: string): string {
  if (typeof body !== 'object' || body === null) return '';
  const raw: unknown = (body as Record<string, unknown>)[field];
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  return typeof value === 'string' ? value : '';
}

function validateOptions(options: CsrfOptions): void {
  if (!Number.isInteger(options.cookieMaxAgeSeconds) || options.cookieMaxAgeSeconds <= 0) {
    throw new Error('CSRF cookieMaxAgeSeconds must be a positive integer');
  }
  if (options.cookieSameSite === 'none' && !options.cookieSecure) {
    // Browsers drop SameSite=None cookies that are not Secure.
    throw new Error('CSRF cookieSameSite "none" requires cookieSecure');
  }
  if (!options.headerName || !options.formField) throw new Error('CSRF headerName and formField are required');
  // serialize() throws on an invalid name or domain; fail at startup, not per request.
  serialize(options.cookieName, generateSecret(), { domain: options.cookieDomain });
}

/** The JSON refusal (GraphQL error shape): the default, and what the app answers non-browsers. */
export function defaultFailure(_req: Request, res: Response, reason: string): void {
  res.status(403).json({ errors: [{ message: FAILURE_MESSAGE, extensions: { code: 'FORBIDDEN', reason } }] });
}

/**
 * Django's CsrfViewMiddleware: sets and renews the csrftoken cookie, and refuses
 * unsafe requests whose Origin/Referer is foreign or whose token does not match
 * the cookie. Mount it only where CSRF applies (not on the webhook route).
 */
export function createCsrfMiddleware(options: CsrfOptions): RequestHandler {
  validateOptions(options);
  const trusted = compileTrustedOrigins(options.trustedOrigins);
  const headerSource = `the '${headerLabel(options.headerName)}' HTTP header`;
  const onFailure = options.onFailure ?? defaultFailure;
  const cookieOptions: SerializeOptions = {
    path: '/',
    domain: options.cookieDomain,
    maxAge: options.cookieMaxAgeSeconds,
    secure: options.cookieSecure,
    sameSite: options.cookieSameSite,
    // JavaScript reads the cookie to send it back in X-CSRFToken.
    httpOnly: false,
  };

  const originMatches = originMatcher(trusted);
  function originVerified(req: Request, origin: string): boolean {
    const host = req.get('host');
    return originMatches(origin, host === undefined ? undefined : `${req.protocol}://${host}`);
  }

  function refererProblem(req: Request): string | null {
    const referer = req.headers.referer;
    if (referer === undefined) return REASON_NO_REFERER;
    const parsed = urlSplit(referer);
    if (parsed === null || parsed.scheme === '' || parsed.netloc === '') return REASON_MALFORMED_REFERER;
    if (parsed.scheme !== 'https') return REASON_INSECURE_REFERER;
    if (trusted.hosts.some((h) => isSameDomain(parsed.netloc, h))) return null;
    const host = req.get('host');
    let good: string | undefined;
    if (options.cookieDomain === undefined) {
      good = host;
    } else {
      // Django appends the server port unless it is 80/443; behind a proxy the public
      // port is the one in Host, so that is the one used here.
      const port = hostPort(host);
      good = port !== undefined && port !== '80' && port !== '443' ? `${options.cookieDomain}:${port}` : options.cookieDomain;
    }
    if (good === undefined || !isSameDomain(parsed.netloc, good)) return reasonBadReferer(referer);
    return null;
  }

  function tokenProblem(req: Request, cookie: CookieSecret): string | null {
    if (cookie.problem === 'missing') return REASON_NO_CSRF_COOKIE;
    if (cookie.problem !== null || cookie.secret === null) return `CSRF cookie ${cookie.problem}.`;

    // Like Django, the form field wins for POST forms and the header is the fallback.
    let token = '';
    let source = 'POST';
    if (req.method === 'POST' && req.is(['application/x-www-form-urlencoded', 'multipart/form-data'])) {
      token = formValue(req.body, options.formField);
    }
    if (token === '') {
      const header = req.get(options.headerName);
      if (header === undefined) return REASON_CSRF_TOKEN_MISSING;
      token = header;
      source = headerSource;
    }
    const format = checkTokenFormat(token);
    if (format !== null) return `CSRF token from ${source} ${format}.`;
    if (!tokensMatch(token, cookie.secret)) return `CSRF token from ${source} incorrect.`;
    return null;
  }

  return function csrfMiddleware(req: Request, res: Response, next: NextFunction): void {
    const cookie = readCookieSecret(req.headers.cookie, options.cookieName);
    let secret = cookie.secret ?? generateSecret();
    // A request without a usable cookie gets one on whatever response it receives.
    let sendCookie = cookie.secret === null || cookie.needsReset;

    // The cookie goes out just before the headers, so getToken()/rotate() called by
    // later handlers still decide its value.
    const writeHead = res.writeHead;
    res.writeHead = function writeHeadWithCsrfCookie(this: Response, ...args: unknown[]) {
      if (sendCookie) {
        sendCookie = false;
        this.append('Set-Cookie', serialize(options.cookieName, secret, {
          ...cookieOptions,
          expires: new Date(Date.now() + options.cookieMaxAgeSeconds * 1000),
        }));
        this.vary('Cookie');
      }
      return Reflect.apply(writeHead, this, args) as Response;
    } as Response['writeHead'];

    req.csrf = {
      getToken(): string {
        // Re-sending an existing cookie renews its expiry, as Django does.
        if (!res.headersSent) sendCookie = true;
        return maskSecret(secret);
      },
      rotate(): void {
        if (res.headersSent) throw new Error('CSRF secret cannot be rotated after the response headers were sent');
        secret = generateSecret();
        sendCookie = true;
      },
      get secret(): string {
        return secret;
      },
    };

    if (SAFE_METHODS.has(req.method) || options.isReadOnly?.(req)) {
      next();
      return;
    }

    // Django's order: Origin when present, else the strict Referer check over HTTPS, then the token.
    const origin = req.headers.origin;
    let reason: string | null = null;
    if (origin !== undefined) {
      if (!originVerified(req, origin)) reason = reasonBadOrigin(origin);
    } else if (req.secure) {
      reason = refererProblem(req);
    }
    reason ??= tokenProblem(req, cookie);

    if (reason === null) {
      next();
      return;
    }
    onFailure(req, res, reason);
  };
}
