import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiError } from './api-error';

/**
 * A path id (`:site_id`): anything but a uuid answers 404 "<what> was not found", exactly like a uuid of another
 * workspace, so a malformed id tells a caller nothing a well-formed one would not.
 */
export const IdParam = (name: string, what: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => ApiError.notFound(what) }));

/** A version number in a path (`:version`): anything but a positive integer answers 404, like a version that does not exist. */
export const VersionParam = (name: string, what: string) =>
  Param(name, {
    transform: (value: string) => {
      if (!/^[1-9]\d{0,8}$/.test(value)) throw ApiError.notFound(what);
      return Number(value);
    },
  });
