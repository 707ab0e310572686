import 'reflect-metadata';
import http from 'node:http';
import { handlers, pool, type Handler } from './limit-handlers';

// The limit the bench measures the server against: node:http + pg, no framework, no
// sessions, no GraphQL. It answers the bench's request bodies (by operationName) with the
// same SQL statements the server sends and writes the same JSON, so the gap between the
// two is what the server's pipeline costs. Started by bench/run.ts with DATABASE_URL and PORT.

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let handler: Handler | undefined;
    let variables: Record<string, unknown> = {};
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string; variables?: Record<string, unknown> };
      handler = handlers[body.operationName ?? ''];
      variables = body.variables ?? {};
    } catch {
      /* answered below */
    }
    if (!handler) return send(res, 400, { errors: [{ message: 'unknown operation' }] });
    handler(variables).then(
      (data) => send(res, 200, { data }),
      (err: Error) => send(res, 500, { errors: [{ message: err.message }] }),
    );
  });
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
