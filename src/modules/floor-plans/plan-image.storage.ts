import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../../config';

// Uploaded plan images live under UPLOAD_DIR/floor-plans with random names that the
// database stores; names are never taken from the client.

const STORED_NAME = /^[0-9a-f]{32}\.(png|jpg|svg)$/;

export function planImageDir(config: Config): string {
  return path.resolve(config.uploads.dir, 'floor-plans');
}

/** The absolute path of a stored file, or null when the name is not one we generate. */
export function planImagePath(config: Config, name: string): string | null {
  return STORED_NAME.test(name) ? path.join(planImageDir(config), name) : null;
}

/** Writes the bytes under a new random name: a temporary file first, then an atomic rename. */
export async function writePlanImage(config: Config, bytes: Buffer, ext: 'png' | 'jpg' | 'svg'): Promise<string> {
  const dir = planImageDir(config);
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString('hex')}.${ext}`;
  const tmp = path.join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, bytes, { flag: 'wx', mode: 0o640 });
    await rename(tmp, path.join(dir, name));
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return name;
}

/** Best effort: a file left behind is harmless, a failed request is not. */
export async function removePlanImage(config: Config, name: string, logger: Logger): Promise<void> {
  const file = planImagePath(config, name);
  if (!file) return;
  try {
    await rm(file, { force: true });
  } catch (err) {
    logger.warn({ err, file }, 'could not remove a floor plan image');
  }
}
