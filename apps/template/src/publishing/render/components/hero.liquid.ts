/**
 * The first screen. Its background image is a real `<img>` behind the content (an inline `style` with
 * `background-image` would need `style-src 'unsafe-inline'`), with a scrim so the text stays readable.
 */
export const HERO_TEMPLATE = `
{% if c.image %}{% assign src = c.image.url | safe_url %}{% if src != blank %}
<div class="hero-media"><img src="{{ src }}" alt="{{ c.image.alt }}" decoding="async" fetchpriority="high"></div>
{% endif %}{% endif %}
<div class="container hero-inner">
{% if c.headline != blank %}<{{ c.level }} id="{{ heading_id }}" class="hero-title">{{ c.headline }}</{{ c.level }}>{% endif %}
{% if c.subheadline != blank %}<p class="hero-lead pre">{{ c.subheadline }}</p>{% endif %}
{% assign href = c.cta_url | safe_url %}
{% if c.cta_label != blank and href != blank %}<p class="hero-actions"><a class="btn {{ c.button }} btn-large" href="{{ href }}">{{ c.cta_label }}</a></p>{% endif %}
</div>
`;
