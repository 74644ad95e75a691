import { SECTION_HEAD } from './partials.liquid';

/** Client logos, muted until hovered; linked when the logo has a safe URL. */
export const LOGO_CLOUD_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
<ul class="logos" role="list">
{% for logo in c.logos %}
{% assign src = logo.image.url | safe_url %}
{% if src != blank %}
{% assign href = logo.url | safe_url %}
<li>{% if href != blank %}<a href="{{ href }}"><img src="{{ src }}" alt="{{ logo.image.alt }}" loading="lazy" decoding="async"></a>{% else %}<img src="{{ src }}" alt="{{ logo.image.alt }}" loading="lazy" decoding="async">{% endif %}</li>
{% endif %}
{% endfor %}
</ul>
</div>
`;
