import { useEffect, useState } from 'react';
import { csrfToken, GRAPHQL_PATH, loginUrl } from '../shared/csrf';

type Who = { state: 'loading' } | { state: 'anonymous' } | { state: 'user'; username: string } | { state: 'error'; message: string };

/** Who is logged in (`{ me { username } }`), with links to log in as someone else and to the app. */
export function Header() {
  const [who, setWho] = useState<Who>({ state: 'loading' });
  useEffect(() => {
    fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'X-CSRFToken': csrfToken() },
      body: JSON.stringify({ query: '{ me { username } }' }),
    })
      .then(async (res) => {
        const body = (await res.json()) as { data?: { me?: { username: string } }; errors?: Array<{ message: string; extensions?: { code?: string } }> };
        if (body.data?.me) setWho({ state: 'user', username: body.data.me.username });
        else if (res.status === 401 || body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') setWho({ state: 'anonymous' });
        else setWho({ state: 'error', message: body.errors?.[0]?.message ?? `HTTP ${res.status}` });
      })
      .catch((err: unknown) => setWho({ state: 'error', message: String(err) }));
  }, []);
  const next = location.pathname;
  return (
    <header className="pg-header">
      <strong>Energy CMMS · GraphQL</strong>
      <span className="pg-who" data-testid="who">
        {who.state === 'loading' && 'Checking session…'}
        {who.state === 'user' && (
          <>
            Logged in as <b>{who.username}</b>
          </>
        )}
        {who.state === 'anonymous' && 'Not logged in: every operation but login answers 401.'}
        {who.state === 'error' && `Session check failed: ${who.message}`}
      </span>
      <a href={loginUrl(next)}>{who.state === 'user' ? 'Log in as someone else' : 'Log in'}</a>
      <a href="/app/">Open the app</a>
    </header>
  );
}
