/** The csrftoken cookie the server sets (readable by scripts, as in Django); sent back as X-CSRFToken. */
export function csrfToken(): string {
  const m = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : '';
}

export const GRAPHQL_PATH = '/graphql';

export function websocketUrl(path = GRAPHQL_PATH): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

export function loginUrl(next: string): string {
  return `/admin/login/?next=${encodeURIComponent(next)}`;
}
