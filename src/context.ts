import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Pool } from 'pg';
import type { Config } from './config';
import type { AuthUser } from './modules/auth/auth-user';
import type { SessionStore } from './http/session';
import { Loaders } from './graphql/loaders';
import type { LoginThrottle } from './modules/auth/login-throttle';
import type { PubSub } from './graphql/pubsub';

/** Shared by every request: built once in createApp. */
export interface AppServices {
  config: Config;
  orm: MikroORM;
  /** The plain pg pool: sessions, login throttling, health, and the reads outside the ORM (loaders, searches). */
  pool: Pool;
  logger: Logger;
  sessionStore: SessionStore;
  loginThrottle: LoginThrottle;
  /** Live-update events (GraphQL subscriptions). */
  pubsub: PubSub;
}

/** Per request: its own EntityManager, the caller, and the HTTP pair when there is one. */
export interface Context {
  app: AppServices;
  em: EntityManager;
  user: AuthUser | null;
  requestId: string;
  logger: Logger;
  loaders: Loaders;
  req?: Request;
  res?: Response;
}

export function createContext(app: AppServices, user: AuthUser | null, http?: { req: Request; res: Response }): Context {
  return new RequestContext(app, user, http);
}

class RequestContext implements Context {
  readonly requestId: string;
  readonly logger: Logger;
  readonly loaders = new Loaders();
  readonly req?: Request;
  readonly res?: Response;
  // An own, enumerable field behind the em accessors on the prototype: Apollo runs each
  // operation on a copy of the context (Object.assign onto the same prototype), which then
  // still forks on first use instead of receiving an EntityManager forked for the copy.
  private forkedEm: EntityManager | undefined = undefined;

  constructor(
    readonly app: AppServices,
    readonly user: AuthUser | null,
    http?: { req: Request; res: Response },
  ) {
    this.requestId = http?.req.requestId ?? 'internal';
    this.logger = http?.req.log ?? app.logger;
    this.req = http?.req;
    this.res = http?.res;
  }

  /** Forked on first use: many requests never touch the ORM. */
  get em(): EntityManager {
    return (this.forkedEm ??= this.app.orm.em.fork());
  }

  /** A subscription takes a fresh one per event. */
  set em(value: EntityManager) {
    this.forkedEm = value;
  }
}
