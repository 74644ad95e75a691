import { SECTION_HEAD } from './partials.liquid';

const FIGURE = `{% assign src = img.url | safe_url %}{% if src != blank %}<li><figure><img src="{{ src }}" alt="{{ img.alt }}" loading="lazy" decoding="async">{% if img.caption != blank %}<figcaption>{{ img.caption }}</figcaption>{% endif %}</figure></li>{% endif %}`;

/**
 * Images as a grid, a masonry (CSS columns) or a carousel (a scroll-snapping row: it scrolls by touch, trackpad and,
 * being focusable, by keyboard arrows, without a script).
 */
export const GALLERY_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
{% if c.layout == 'carousel' %}
<div class="carousel" role="region" tabindex="0" aria-label="{{ c.label }}">
<ul class="carousel-track" role="list">
{% for img in c.images %}${FIGURE}{% endfor %}
</ul>
</div>
{% else %}
<ul class="gallery gallery-{{ c.layout }} cols-{{ c.columns }}" role="list">
{% for img in c.images %}${FIGURE}{% endfor %}
</ul>
{% endif %}
</div>
`;
