import { useQuery } from '@apollo/client/react';
import { ErrorBox } from '../errors';
import { ME } from '../graphql/session';
import { useTitle } from '../router';

type MeData = {
  me: { id: string; username: string; displayName: string; email: string; isStaff: boolean; isSuperuser: boolean; lastLogin: string | null; permissions: string[]; groups: Array<{ id: string; name: string }> };
};

export function MePage() {
  useTitle('Who am I');
  const { data, error } = useQuery<MeData>(ME);
  const me = data?.me;
  return (
    <div className="page">
      <h1>Who am I</h1>
      <ErrorBox error={error} />
      {me && (
        <dl className="facts">
          <dt>Username</dt>
          <dd data-testid="me-username">{me.username}</dd>
          <dt>Name</dt>
          <dd>{me.displayName}</dd>
          <dt>Email</dt>
          <dd>{me.email || '—'}</dd>
          <dt>Staff</dt>
          <dd>{me.isStaff ? 'yes' : 'no'}{me.isSuperuser ? ' (superuser)' : ''}</dd>
          <dt>Groups</dt>
          <dd>{me.groups.map((g) => g.name).join(', ') || '—'}</dd>
          <dt>Permissions</dt>
          <dd>
            <ul className="plain">
              {me.permissions.map((p) => (
                <li key={p}><code>{p}</code></li>
              ))}
            </ul>
          </dd>
        </dl>
      )}
    </div>
  );
}
