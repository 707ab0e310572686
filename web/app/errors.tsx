import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

type Problem = { message: string; code?: string; field?: string; permission?: string };

/** Every problem an operation reported, with the field or permission it names. */
export function problemsOf(error: unknown): Problem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((e): Problem[] => {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      const nested = Array.isArray(ext.problems) ? (ext.problems as Array<{ message: string; field?: string }>) : null;
      if (nested?.length) return nested.map((p) => ({ message: p.message, field: p.field, code: String(ext.code ?? '') }));
      return [{ message: e.message, code: ext.code as string | undefined, field: ext.field as string | undefined, permission: ext.required_permission as string | undefined }];
    });
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      if (body.errors?.length) return body.errors.map((e) => ({ message: e.message, code: e.extensions?.code as string, permission: e.extensions?.required_permission as string }));
    } catch {
      // not JSON: fall through to the status line
    }
    return [{ message: `The server answered ${error.statusCode}.` }];
  }
  return [{ message: error instanceof Error ? error.message : String(error) }];
}

/** Shows what went wrong; never hides an error. */
export function ErrorBox({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const problems = problemsOf(error);
  if (!problems.length) return null;
  return (
    <div className="error" role="alert">
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.message}
            {p.permission && <span className="muted"> (needs {p.permission})</span>}
            {p.field && <span className="muted"> [{p.field}]</span>}
          </li>
        ))}
      </ul>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
