import { makePassword } from '../../src/modules/auth/password-hasher';
import { Browser } from '../support/http-browser';
import { startOwnPostgres, type OwnPostgres } from './own-postgres';
import { startServerProcess, type ServerProcess } from './server-process';

// PostgreSQL restarts while a logged-in client keeps sending requests: the server stays
// up, answers fast with a masked 503 meanwhile (never as anonymous or as someone else),
// and serves again by itself once the database is back.

const ACQUIRE_MS = 1000;
let pg: OwnPostgres;
let server: ServerProcess;

beforeAll(async () => {
  pg = await startOwnPostgres();
  server = await startServerProcess({ DATABASE_URL: pg.url, DB_POOL_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_MS), LOG_LEVEL: 'warn' });
  const hash = await makePassword('Restart-pass-123', 1000);
  await pg.sql(`insert into auth_user (username, password, is_staff) values ('alice', $1, true), ('bob', $1, true), ('carol', $1, false)`, [hash]);
}, 120_000);
afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await pg?.destroy();
}, 60_000);

interface Sample {
  at: number;
  status: number;
  ms: number;
  who: string | null;
  text: string;
}

it('stays up, fails fast and masked during the outage, and recovers alone', async () => {
  const alice = new Browser(server.url);
  const bob = new Browser(server.url);
  expect((await alice.login('alice', 'Restart-pass-123')).status).toBe(200);
  expect((await bob.login('bob', 'Restart-pass-123')).status).toBe(200);

  const samples: Sample[] = [];
  let running = true;
  const loop = async (b: Browser, name: string) => {
    while (running) {
      const at = Date.now();
      try {
        const res = await b.gql('{ me { username } }', undefined, 10_000);
        samples.push({ at, status: res.status, ms: res.ms, who: res.body?.data?.me?.username ?? null, text: `${name}:${res.text}` });
      } catch (err) {
        samples.push({ at, status: 0, ms: Date.now() - at, who: null, text: `${name}:${String(err)} ${String((err as { cause?: unknown }).cause)}` });
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  // Logging in during the outage too: never a session without the database.
  const loginLoop = async () => {
    while (running) {
      const at = Date.now();
      const carol = new Browser(server.url);
      try {
        const res = await carol.login('carol', 'Restart-pass-123');
        const who = res.body?.data?.login ? 'carol' : null;
        samples.push({ at, status: who ? 200 : res.status, ms: res.ms, who, text: `carol:${res.text}` });
      } catch (err) {
        samples.push({ at, status: 0, ms: Date.now() - at, who: null, text: `carol:${String(err)}` });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const loops = [loop(alice, 'alice'), loop(bob, 'bob'), loginLoop()];

  await new Promise((r) => setTimeout(r, 1000));
  const stopAt = Date.now();
  await pg.stop();
  // The outage starts when the database has stopped, not when asked to (slower under load).
  const stoppedAt = Date.now();
  await new Promise((r) => setTimeout(r, 3000));
  const startAt = Date.now();
  await pg.start();
  const upAt = Date.now();
  // Service returns without any help from the test.
  const deadline = Date.now() + 20_000;
  let recoveredAt = 0;
  while (Date.now() < deadline) {
    const ok = samples.filter((s) => s.at > upAt && s.status === 200);
    if (ok.length >= 10) {
      recoveredAt = ok[0]!.at;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 1000));
  running = false;
  await Promise.all(loops);

  if (process.env.FAULT_DEBUG) console.log(samples.filter((s) => s.status !== 200 || !s.who).map((s) => `${s.at - stopAt} ${s.status} ${s.ms} ${s.text.slice(0, 300)}`).join("\n"), server.output().slice(-6000));
  expect(server.child.exitCode).toBeNull();
  if (!recoveredAt) {
    const last = samples.slice(-8).map((s) => `${s.at - upAt} ms after the start: ${s.status} ${s.text.slice(0, 160)}`);
    throw new Error(`no recovery within 20 s of the database starting again; last answers:\n${last.join('\n')}`);
  }

  // Every sample breaking a rule, with its timing and text, so a failure says what happened.
  const seen = (s: Sample, rule: string) => `${rule}: ${s.at - stopAt} ms after the stop, ${s.status} in ${s.ms} ms, ${s.text.slice(0, 200)}`;
  const problems: string[] = [];
  for (const s of samples) {
    const name = s.text.slice(0, s.text.indexOf(':'));
    // Never anonymous, never someone else.
    if (s.status === 200) {
      if (s.who !== name) problems.push(seen(s, `answered as ${s.who ?? 'anonymous'}`));
    } else if (s.status !== 503 || !/SERVICE_UNAVAILABLE/.test(s.text)) {
      problems.push(seen(s, 'not a 503 SERVICE_UNAVAILABLE'));
    } else if (/select|insert|from |ECONN|postgres|stack|at \w+ \(/i.test(s.text)) {
      problems.push(seen(s, 'leaks internals'));
    } else if (s.ms >= ACQUIRE_MS * 2 + 500) {
      // Fast: a bounded wait for a connection, not a hang.
      problems.push(seen(s, 'slow refusal'));
    }
  }
  const during = samples.filter((s) => s.at > stoppedAt && s.at < startAt);
  const after = samples.filter((s) => s.at > recoveredAt);
  for (const s of during) if (s.status !== 503) problems.push(seen(s, 'served during the outage'));
  for (const s of after) if (s.status !== 200) problems.push(seen(s, 'refused after recovery'));
  expect(problems).toEqual([]);
  expect(during.length).toBeGreaterThan(5);
  expect(after.length).toBeGreaterThan(5);
  // The sessions survived: still logged in, no new login needed.
  expect((await alice.gql('{ me { username } }')).body.data.me.username).toBe('alice');
}, 120_000);
