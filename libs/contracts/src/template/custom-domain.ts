import { ApiProperty } from '@nestjs/swagger';
import { isIP } from 'node:net';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';

export const CUSTOM_DOMAIN_MAX_LENGTH = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** Names that resolve to the machine itself or are reserved for tests and examples of local networks. */
const RESERVED_SUFFIXES = ['localhost', 'local', 'internal', 'invalid', 'test', 'home.arpa'];

/**
 * Why a host name cannot be a site's custom domain, or null when it can: a public DNS name of at least two
 * labels, lower-case, ending in a real-looking top-level domain; never an IP address, `localhost` or a name
 * reserved for private use (RFC 6761). The caller lower-cases first.
 */
export function customDomainProblem(domain: string): string | null {
  if (domain.length > CUSTOM_DOMAIN_MAX_LENGTH) return `must be at most ${CUSTOM_DOMAIN_MAX_LENGTH} characters`;
  if (isIP(domain) || isIP(domain.replace(/^\[|\]$/g, ''))) return 'must be a domain name, not an IP address';
  const labels = domain.split('.');
  if (labels.length < 2) return 'must be a full domain name such as www.example.com';
  if (!labels.every((label) => LABEL.test(label))) return 'must be a valid domain name (letters, digits, hyphens)';
  if (!TLD.test(labels[labels.length - 1])) return 'must end in a real top-level domain';
  if (RESERVED_SUFFIXES.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`)))
    return 'must be a public domain name (not localhost or a private-use name)';
  return null;
}

/** Host names compare case-insensitively; a trailing dot (the DNS root) is the same name. */
export function normalizeHostName(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** A PLATFORM_HOSTS setting (comma-separated host names, as the gateway and the template service both read it). */
export function parseHostList(list: string): string[] {
  return [...new Set(list.split(',').map(normalizeHostName).filter(Boolean))];
}

/** A custom domain: trimmed and lower-cased, then checked by customDomainProblem. */
export function CustomDomain(o: { optional?: boolean; nullable?: boolean } = {}): PropertyDecorator {
  const decorators: PropertyDecorator[] = [
    ApiProperty({
      type: String,
      required: !o.optional,
      nullable: o.nullable ?? false,
      format: 'hostname',
      maxLength: CUSTOM_DOMAIN_MAX_LENGTH,
      example: 'www.bistro-lumiere.example',
      description:
        'A public host name that serves the published site (point its DNS at the platform). One site per domain, ' +
        'in any letter case; never an IP address or localhost. null removes it.',
    }),
    Transform(({ value }) => (typeof value === 'string' ? normalizeHostName(value) : value)),
    o.optional && o.nullable
      ? IsOptional()
      : o.optional
        ? ValidateIf((_, v) => v !== undefined)
        : ValidateIf((_, v) => v !== null),
    IsString(),
    ValidateBy({
      name: 'customDomain',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && customDomainProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'custom_domain'} ${
            typeof args?.value === 'string' ? customDomainProblem(args.value) : 'must be a domain name'
          }`,
      },
    }),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
}
