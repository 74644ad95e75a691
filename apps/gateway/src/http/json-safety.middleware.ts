import type { NextFunction, Request, Response } from 'express';
import { inspectJson, inspectQuery, jsonSafetyError } from './json-safety';

/**
 * Refuses unsafe input (too deep, NUL, unpaired surrogates, `__proto__`/`constructor`/`prototype` keys; see
 * json-safety.ts) in the query string and the parsed body of every request, before any route, guard, pipe or
 * service sees it. Registered with `app.use` right after the body parsers (the `/api/public` one included), so
 * `req.body` is already parsed here; the 400 goes through the global filter as the one error body.
 */
export function jsonSafetyMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const report = inspectQuery(req.query) ?? (req.body === undefined ? null : inspectJson(req.body));
  if (report) {
    next(jsonSafetyError(report));
    return;
  }
  next();
}
