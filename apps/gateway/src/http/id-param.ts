import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiError } from './api-error';

/**
 * A path id (`:site_id`): anything but a uuid answers 404 "<what> was not found", exactly like a uuid of another
 * workspace, so a malformed id tells a caller nothing a well-formed one would not.
 */
export const IdParam = (name: string, what: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => ApiError.notFound(what) }));
