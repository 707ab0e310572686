import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBareSchema, printAppSchema } from '../schema';

// npm run schema:emit writes schema.graphql; npm run schema:check fails when it is stale.

async function run(): Promise<void> {
  const file = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'schema.graphql');
  const text = printAppSchema(await buildBareSchema());
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      process.stderr.write('schema.graphql is out of date with the code: run `npm run schema:emit` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('schema.graphql is up to date.\n');
    return;
  }
  writeFileSync(file, text);
  process.stdout.write(`wrote ${file}\n`);
}

void run();
