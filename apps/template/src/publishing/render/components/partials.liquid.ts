/**
 * Pieces several component templates share, joined into them as text when the module loads (one parsed template
 * per type, no `{% include %}` lookups at render time). Scope of every component template: `c` (its view from
 * component-views.ts), `id`, `dom_id`, `heading_id`, `ui`, `ingest`.
 */

/** A section's heading (h2, labels the section) and its supporting line. */
export const SECTION_HEAD = `
{% if c.heading != blank or c.subheading != blank %}
<div class="section-head">
{% if c.heading != blank %}<h2 id="{{ heading_id }}">{{ c.heading }}</h2>{% endif %}
{% if c.subheading != blank %}<p class="lead pre">{{ c.subheading }}</p>{% endif %}
</div>
{% endif %}
`;

/** A form's heading (forms call their supporting line `description`). */
export const FORM_HEAD = `
{% if c.heading != blank %}<h2 id="{{ heading_id }}">{{ c.heading }}</h2>{% endif %}
{% if c.subheading != blank %}<p class="lead pre">{{ c.subheading }}</p>{% endif %}
`;

/** Optional attributes every kind of field shares: required, help text. */
const FIELD_ATTRS = `{% if f.required %} required aria-required="true"{% endif %}{% if f.help_id != blank %} aria-describedby="{{ f.help_id }}"{% endif %}`;
const LENGTH_ATTRS = `{% if f.minlength != nil %} minlength="{{ f.minlength }}"{% endif %}{% if f.maxlength != nil %} maxlength="{{ f.maxlength }}"{% endif %}`;
const PLACEHOLDER = `{% if f.placeholder != blank %} placeholder="{{ f.placeholder }}"{% endif %}`;
const LABEL = `<label for="{{ f.id }}">{{ f.label }}{% if f.required %}<span class="req" aria-hidden="true"> *</span>{% endif %}</label>`;
const HELP = `{% if f.help_id != blank %}<p class="help" id="{{ f.help_id }}">{{ f.help }}</p>{% endif %}`;

/**
 * The form itself: posts to the ingestion path (the page script sends it as JSON; `method`/`action` keep it a real
 * form for assistive tech and native validation), a honeypot bots fill in and people never see, the consent text
 * above the button and a polite live region where the script writes the outcome.
 */
export const FORM_BODY = `
<form class="form" method="post" action="{{ ingest }}" data-component-id="{{ id }}" data-success="{{ c.success_message }}" data-error="{{ ui.form_error }}"{% if c.heading != blank %} aria-labelledby="{{ heading_id }}"{% endif %}>
{% for f in c.fields %}
{% case f.control %}
{% when 'checkbox' %}
<div class="field field-check"><input type="checkbox" id="{{ f.id }}" name="{{ f.name }}" value="true"${FIELD_ATTRS}>${LABEL}${HELP}</div>
{% when 'select' %}
<div class="field">${LABEL}<select id="{{ f.id }}" name="{{ f.name }}"${FIELD_ATTRS}>{% if f.empty_option %}<option value="">—</option>{% endif %}{% for o in f.options %}<option value="{{ o }}">{{ o }}</option>{% endfor %}</select>${HELP}</div>
{% when 'textarea' %}
<div class="field">${LABEL}<textarea id="{{ f.id }}" name="{{ f.name }}" rows="5"${FIELD_ATTRS}${LENGTH_ATTRS}${PLACEHOLDER}></textarea>${HELP}</div>
{% else %}
<div class="field">${LABEL}<input type="{{ f.type }}" id="{{ f.id }}" name="{{ f.name }}"${FIELD_ATTRS}${LENGTH_ATTRS}{% if f.min != nil %} min="{{ f.min }}"{% endif %}{% if f.max != nil %} max="{{ f.max }}"{% endif %}{% if f.step != nil %} step="{{ f.step }}"{% endif %}{% if f.autocomplete != blank %} autocomplete="{{ f.autocomplete }}"{% endif %}${PLACEHOLDER}>${HELP}</div>
{% endcase %}
{% endfor %}
<div class="hp" aria-hidden="true"><label for="{{ c.hp_id }}">{{ ui.honeypot }}</label><input type="text" id="{{ c.hp_id }}" name="_hp" value="" tabindex="-1" autocomplete="off" aria-hidden="true"></div>
{% if c.consent_text != blank %}<p class="consent pre">{{ c.consent_text }}</p>{% endif %}
<div class="form-actions"><button type="submit" class="btn btn-primary">{{ c.submit_label }}</button><p class="form-status" role="status" aria-live="polite" data-status></p></div>
</form>
`;

/** The site's contact details beside a contact or booking form (mailto:/tel: built by the renderer's filters). */
export const CONTACT_LIST = `
{% if c.contact %}
<ul class="contact-list" role="list">
{% if c.contact.email != blank %}{% assign mail = c.contact.email | mailto_url %}<li><span class="contact-label">{{ ui.email }}</span>{% if mail != blank %}<a href="{{ mail }}">{{ c.contact.email }}</a>{% else %}<span>{{ c.contact.email }}</span>{% endif %}</li>{% endif %}
{% if c.contact.phone != blank %}{% assign tel = c.contact.phone | tel_url %}<li><span class="contact-label">{{ ui.phone }}</span>{% if tel != blank %}<a href="{{ tel }}">{{ c.contact.phone }}</a>{% else %}<span>{{ c.contact.phone }}</span>{% endif %}</li>{% endif %}
{% if c.contact.address != blank %}<li><span class="contact-label">{{ ui.address }}</span><span class="pre">{{ c.contact.address }}</span></li>{% endif %}
</ul>
{% endif %}
`;
