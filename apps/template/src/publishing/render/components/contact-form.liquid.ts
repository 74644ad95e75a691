import { CONTACT_LIST, FORM_BODY, FORM_HEAD } from './partials.liquid';

/** The form in a card, with the heading and the site's contact details beside it on wide screens. */
export const CONTACT_FORM_TEMPLATE = `
<div class="container split{% if c.has_aside %} split-2{% endif %}">
<div class="form-intro">
${FORM_HEAD}
${CONTACT_LIST}
</div>
<div class="card form-card">
${FORM_BODY}
</div>
</div>
`;
