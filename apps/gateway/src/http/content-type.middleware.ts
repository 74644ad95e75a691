import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './api-error';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A request with a body must say it is JSON (415 otherwise): a form or text body would otherwise reach validation
 * as an empty object and answer a confusing 400.
 */
@Injectable()
export class RequireJsonMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (BODY_METHODS.has(req.method) && hasBody) {
      const type = String(req.headers['content-type'] ?? '').toLowerCase();
      if (!/^application\/([a-z0-9.+-]+\+)?json(\s*;|$)/.test(type)) {
        res
          .status(415)
          .json(errorBody(415, 'unsupported_media_type', 'send the body as JSON (Content-Type: application/json)'));
        return;
      }
    }
    next();
  }
}
