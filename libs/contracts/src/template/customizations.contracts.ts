import { ApiProperty } from '@nestjs/swagger';
import { Color, Email, HttpUrl, Nested, OneOf, Text } from '../fields';

/** Social profiles a site links to (footer, header); each an absolute http(s) URL. */
export class SocialLinks {
  @HttpUrl({ optional: true, example: 'https://www.linkedin.com/company/northwind' }) linkedin?: string;
  @HttpUrl({ optional: true }) x?: string;
  @HttpUrl({ optional: true }) facebook?: string;
  @HttpUrl({ optional: true }) instagram?: string;
  @HttpUrl({ optional: true }) youtube?: string;
  @HttpUrl({ optional: true }) tiktok?: string;
  @HttpUrl({ optional: true }) github?: string;
  @HttpUrl({ optional: true }) mastodon?: string;
}
export const SOCIAL_NETWORKS = [
  'linkedin',
  'x',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'github',
  'mastodon',
] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** Type faces a published page may use: system font stacks only (no external fonts on a published page). */
export const FONT_STYLES = ['sans', 'serif', 'rounded', 'mono'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

/** Languages a published page can declare in `<html lang>` (BCP 47 tags). */
export const SITE_LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/**
 * What a person changes when they make a template theirs. Every key is validated (colors are colors, URLs are
 * http(s) only, emails are emails, lengths are bounded) and an unknown key answers 400. A template's texts name
 * these keys as `{{company_name}}` tokens, filled in at instantiation; the theme keys (colors, font, logo) and the
 * contact keys are read again at every render, so changing them later restyles the whole site.
 */
export class SiteCustomizations {
  @Color({ optional: true, example: '#0f766e', description: 'Buttons, links and accents' })
  primary_color?: string;

  @Color({ optional: true, example: '#f59e0b', description: 'Highlights and secondary buttons' })
  secondary_color?: string;

  @Text({ optional: true, min: 1, max: 120, trim: true, example: 'Harbor & Co. Accountants' })
  company_name?: string;

  @Text({ optional: true, max: 200, trim: true, example: 'Clear numbers, calm founders.' })
  tagline?: string;

  @HttpUrl({ optional: true, example: 'https://cdn.example.com/harbor/logo.svg' })
  logo_url?: string;

  @Email({ optional: true, example: 'hello@harbor.example' })
  contact_email?: string;

  @Text({ optional: true, max: 40, trim: true, pattern: /^[+0-9 ().\-/]{3,40}$/, example: '+1 415 555 0134' })
  phone?: string;

  @Text({ optional: true, max: 300, trim: true, multiline: true, example: '18 Pier Street, San Francisco, CA 94111' })
  address?: string;

  @Nested(() => SocialLinks, { optional: true })
  social_links?: SocialLinks;

  @OneOf(FONT_STYLES, { optional: true, example: 'sans' })
  font_style?: FontStyle;

  @Text({
    optional: true,
    max: 10,
    pattern: SITE_LANGUAGE_PATTERN,
    patternMessage: 'must be a language tag such as en or fr-CA',
    example: 'en',
  })
  language?: string;
}

/** The keys of SiteCustomizations that a template's texts may name as `{{key}}` tokens. */
export const TEXT_CUSTOMIZATION_KEYS = ['company_name', 'tagline', 'contact_email', 'phone', 'address'] as const;
export type TextCustomizationKey = (typeof TEXT_CUSTOMIZATION_KEYS)[number];

export const CUSTOMIZATION_KEYS = [
  'primary_color',
  'secondary_color',
  'company_name',
  'tagline',
  'logo_url',
  'contact_email',
  'phone',
  'address',
  'social_links',
  'font_style',
  'language',
] as const;
export type CustomizationKey = (typeof CUSTOMIZATION_KEYS)[number];

export class SiteCustomizationsView {
  @ApiProperty({ required: false }) primary_color?: string;
  @ApiProperty({ required: false }) secondary_color?: string;
  @ApiProperty({ required: false }) company_name?: string;
  @ApiProperty({ required: false }) tagline?: string;
  @ApiProperty({ required: false }) logo_url?: string;
  @ApiProperty({ required: false }) contact_email?: string;
  @ApiProperty({ required: false }) phone?: string;
  @ApiProperty({ required: false }) address?: string;
  @ApiProperty({ required: false, type: SocialLinks }) social_links?: SocialLinks;
  @ApiProperty({ required: false, enum: FONT_STYLES }) font_style?: FontStyle;
  @ApiProperty({ required: false }) language?: string;
}
