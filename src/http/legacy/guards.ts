import type { NextFunction, Request, Response } from 'express';
import { hasPerm } from '../../modules/auth/auth-user';

// The old REST endpoints answer refusals with the seed document's JSON bodies.

export const AUTH_REQUIRED_BODY = { error: 'Authentication required', redirect: '/admin/login/' } as const;

/** Logged in, staff, and holding every permission given; else 401/403 in the old JSON shape. */
export function requireStaffPerms(...codenames: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user) {
      res.status(401).json(AUTH_REQUIRED_BODY);
      return;
    }
    if (!req.user.isStaff) {
      res.status(403).json({ error: 'Permission denied', required_permission: 'is_staff' });
      return;
    }
    const missing = codenames.find((c) => !hasPerm(req.user, c));
    if (missing) {
      res.status(403).json({ error: 'Permission denied', required_permission: missing });
      return;
    }
    next();
  };
}
