import { FORM_BODY, FORM_HEAD } from './partials.liquid';

/** A compact band in the brand's soft tint: heading, the email field and the consent wording. */
export const NEWSLETTER_SIGNUP_TEMPLATE = `
<div class="container narrow">
<div class="newsletter-box">
<div class="newsletter-intro">
${FORM_HEAD}
</div>
${FORM_BODY}
</div>
</div>
`;
