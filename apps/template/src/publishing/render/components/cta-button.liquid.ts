/**
 * One prominent button. Without a safe URL it is shown as an inert label rather than a link that goes nowhere
 * (or somewhere it should not).
 */
export const CTA_BUTTON_TEMPLATE = `
<div class="container cta-wrap">
{% assign href = c.url | safe_url %}
{% if href != blank %}
<a class="btn btn-{{ c.style }} btn-{{ c.size }}" href="{{ href }}"{% if c.new_tab %} target="_blank" rel="noopener noreferrer"{% endif %}>{{ c.label }}{% if c.new_tab %}<span class="visually-hidden"> {{ ui.opens_in_new_tab }}</span>{% endif %}</a>
{% else %}
<span class="btn btn-{{ c.style }} btn-{{ c.size }} is-inert">{{ c.label }}</span>
{% endif %}
</div>
`;
