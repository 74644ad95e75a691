import { BOOKING_FORM_TEMPLATE } from './booking-form.liquid';
import { CONTACT_FORM_TEMPLATE } from './contact-form.liquid';
import { CTA_BUTTON_TEMPLATE } from './cta-button.liquid';
import { FAQ_TEMPLATE } from './faq.liquid';
import { FEATURES_TEMPLATE } from './features.liquid';
import { FOOTER_TEMPLATE } from './footer.liquid';
import { GALLERY_TEMPLATE } from './gallery.liquid';
import { HERO_TEMPLATE } from './hero.liquid';
import { LOGO_CLOUD_TEMPLATE } from './logo-cloud.liquid';
import { MENU_TEMPLATE } from './menu.liquid';
import { NEWSLETTER_SIGNUP_TEMPLATE } from './newsletter-signup.liquid';
import { PRICING_TABLE_TEMPLATE } from './pricing-table.liquid';
import { SCHEDULE_TEMPLATE } from './schedule.liquid';
import { STATS_TEMPLATE } from './stats.liquid';
import { TEAM_TEMPLATE } from './team.liquid';
import { TESTIMONIALS_TEMPLATE } from './testimonials.liquid';

/** The Liquid template of each component type, by type (the keys of the component catalogue). */
export const COMPONENT_TEMPLATES: Readonly<Record<string, string>> = {
  hero: HERO_TEMPLATE,
  features: FEATURES_TEMPLATE,
  pricing_table: PRICING_TABLE_TEMPLATE,
  testimonials: TESTIMONIALS_TEMPLATE,
  contact_form: CONTACT_FORM_TEMPLATE,
  newsletter_signup: NEWSLETTER_SIGNUP_TEMPLATE,
  booking_form: BOOKING_FORM_TEMPLATE,
  cta_button: CTA_BUTTON_TEMPLATE,
  faq: FAQ_TEMPLATE,
  gallery: GALLERY_TEMPLATE,
  team: TEAM_TEMPLATE,
  stats: STATS_TEMPLATE,
  logo_cloud: LOGO_CLOUD_TEMPLATE,
  menu: MENU_TEMPLATE,
  schedule: SCHEDULE_TEMPLATE,
  footer: FOOTER_TEMPLATE,
};
