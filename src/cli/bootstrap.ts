import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseConfig, type Config } from '../config';
import { loadEnvFile } from '../env-file';
import { createLogger } from '../logger';
import { openDatabase, type Database } from '../db/database';
import { initOrm, migrate } from '../db/orm';

export interface CliRuntime {
  config: Config;
  orm: MikroORM;
  db: Database;
  close(): Promise<void>;
}

/** The same database the server uses (embedded or DATABASE_URL), migrated. */
export async function openForCli(): Promise<CliRuntime> {
  loadEnvFile();
  const config = parseConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', ...process.env });
  const logger = createLogger(config);
  const db = await openDatabase(config, logger);
  const orm = await initOrm(db.url, config.db);
  await migrate(orm);
  return {
    config,
    orm,
    db,
    async close() {
      await orm.close(true);
      await db.stop();
    },
  };
}

/** `--name value` and `--name=value` flags; `--flag` alone is "true". */
export function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags.set(arg.slice(2), argv[++i]!);
    else flags.set(arg.slice(2), 'true');
  }
  return flags;
}

/** Asks on the terminal without echoing (for passwords). */
export async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('No terminal to ask on: pass --password or set the environment variable.');
  process.stdout.write(question);
  return new Promise((resolve) => {
    const chars: string[] = [];
    process.stdin.setRawMode(true);
    process.stdin.resume();
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(chars.join(''));
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') chars.pop();
        else chars.push(ch);
      }
    };
    process.stdin.on('data', onData);
  });
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export function describeProblems(err: unknown): string | null {
  const ext = (err as { extensions?: { problems?: Array<{ field: string; message: string }> } }).extensions;
  if (ext?.problems) return ext.problems.map((p) => `  ${p.field}: ${p.message}`).join('\n');
  const e = err as { extensions?: { code?: string }; message?: string };
  if (e.extensions?.code) return `  ${e.message}`;
  return null;
}
