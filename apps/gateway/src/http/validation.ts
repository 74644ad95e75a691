import { ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors } from '@mab/contracts';
import { ApiError } from './api-error';

/** Whitelist, refuse unknown fields, convert types; the 400 lists every field and what is wrong with it. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const fields = details.map((d) => d.field).join(', ');
      return new ApiError(400, 'validation_failed', `request validation failed: ${fields}`, details);
    },
  });
}
