import { CONTACT_LIST, FORM_BODY, FORM_HEAD } from './partials.liquid';

/** Like the contact form, with the opening hours beside it; time fields step by the slot length. */
export const BOOKING_FORM_TEMPLATE = `
<div class="container split{% if c.has_aside %} split-2{% endif %}">
<div class="form-intro">
${FORM_HEAD}
{% if c.opening_hours != blank %}<div class="aside-block"><p class="aside-title">{{ ui.opening_hours }}</p><p class="pre">{{ c.opening_hours }}</p></div>{% endif %}
${CONTACT_LIST}
</div>
<div class="card form-card">
${FORM_BODY}
</div>
</div>
`;
