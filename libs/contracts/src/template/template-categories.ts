/** The categories of the template library, in the order the gallery shows them. */
export const TEMPLATE_CATEGORIES = [
  'saas',
  'agency',
  'professional_services',
  'ecommerce',
  'restaurant',
  'portfolio',
  'event',
  'nonprofit',
  'health_wellness',
  'real_estate',
  'education',
] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

export const TEMPLATE_CATEGORY_LABELS: Record<TemplateCategory, string> = {
  saas: 'SaaS & software',
  agency: 'Agencies & studios',
  professional_services: 'Professional services',
  ecommerce: 'E-commerce & retail',
  restaurant: 'Restaurants & cafés',
  portfolio: 'Portfolios',
  event: 'Events & conferences',
  nonprofit: 'Nonprofits & causes',
  health_wellness: 'Health & wellness',
  real_estate: 'Real estate',
  education: 'Education & courses',
};
