import type { TemplateSeed } from './template-seed';
import { SAAS_TEMPLATES } from './templates/saas.templates';
import { AGENCY_TEMPLATES } from './templates/agency.templates';
import { PROFESSIONAL_SERVICES_TEMPLATES } from './templates/professional-services.templates';
import { ECOMMERCE_TEMPLATES } from './templates/ecommerce.templates';
import { RESTAURANT_TEMPLATES } from './templates/restaurant.templates';
import { PORTFOLIO_TEMPLATES } from './templates/portfolio.templates';
import { EVENT_TEMPLATES } from './templates/event.templates';
import { NONPROFIT_TEMPLATES } from './templates/nonprofit.templates';
import { HEALTH_WELLNESS_TEMPLATES } from './templates/health-wellness.templates';
import { REAL_ESTATE_TEMPLATES } from './templates/real-estate.templates';
import { EDUCATION_TEMPLATES } from './templates/education.templates';

/** The whole library, category by category. Each template is checked by template-library.spec.ts. */
export const TEMPLATE_LIBRARY: readonly TemplateSeed[] = [
  ...SAAS_TEMPLATES,
  ...AGENCY_TEMPLATES,
  ...PROFESSIONAL_SERVICES_TEMPLATES,
  ...ECOMMERCE_TEMPLATES,
  ...RESTAURANT_TEMPLATES,
  ...PORTFOLIO_TEMPLATES,
  ...EVENT_TEMPLATES,
  ...NONPROFIT_TEMPLATES,
  ...HEALTH_WELLNESS_TEMPLATES,
  ...REAL_ESTATE_TEMPLATES,
  ...EDUCATION_TEMPLATES,
];
