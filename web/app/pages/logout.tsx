import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { wsClient } from '../apollo';
import { ErrorBox } from '../errors';
import { LOGOUT } from '../graphql/session';
import { loginUrl } from '../../shared/csrf';

/** Ends the session on the server, forgets everything cached, and goes to the login page. */
export function LogoutPage() {
  const client = useApolloClient();
  const [logout, { error }] = useMutation(LOGOUT);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    logout()
      .catch(() => undefined)
      .finally(async () => {
        await wsClient.dispose();
        await client.clearStore();
        location.assign(loginUrl('/app/'));
      });
  }, [client, logout]);
  return (
    <div className="page">
      <p>Logging out…</p>
      <ErrorBox error={error} />
    </div>
  );
}
