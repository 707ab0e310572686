import net from 'node:net';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServerProcess, type ServerProcess } from './server-process';

// SIGTERM during a request: the request still gets its answer, new connections are
// refused, the pools close and the process exits 0 within the grace period.

let db: TestDatabase;
let server: ServerProcess;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServerProcess({ DATABASE_URL: db.url, SHUTDOWN_GRACE_MS: '5000' });
}, 90_000);
afterAll(async () => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await db.drop();
});

it('finishes the request in flight, then exits 0', async () => {
  const { port } = new URL(server.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  const body = JSON.stringify({ query: '{ me { id } }' });
  let answer = '';
  socket.on('data', (d) => (answer += d));
  // Half of the request: it is in flight while the signal arrives.
  socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`);
  await new Promise((r) => setTimeout(r, 200));
  const started = Date.now();
  server.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  socket.write(body.slice(5));
  await new Promise((r) => socket.once('close', r));
  // Answered (the 401 of an anonymous query is still an answer), not cut off.
  expect(answer).toMatch(/^HTTP\/1\.1 401/);
  const { code } = await server.exited;
  expect(code).toBe(0);
  expect(Date.now() - started).toBeLessThan(5000 + 3000);
  expect(server.output()).toMatch(/"msg":"stopped"/);
}, 30_000);
