import { SECTION_HEAD } from './partials.liquid';

/** Quotes as cards: `<figure>` with the quote and who said it (photo or initials). */
export const TESTIMONIALS_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
<ul class="grid cols-{{ c.columns }}" role="list">
{% for item in c.items %}
<li>
<figure class="card quote">
<blockquote><p class="pre">{{ item.quote }}</p></blockquote>
<figcaption>
{% assign src = '' %}{% if item.avatar %}{% assign src = item.avatar.url | safe_url %}{% endif %}
{% if src != blank %}<img class="avatar" src="{{ src }}" alt="{{ item.avatar.alt }}" width="48" height="48" loading="lazy" decoding="async">{% elsif item.initials != blank %}<span class="avatar avatar-initials" aria-hidden="true">{{ item.initials }}</span>{% endif %}
<span class="quote-by"><strong>{{ item.author }}</strong>{% if item.byline != blank %}<span class="byline">{{ item.byline }}</span>{% endif %}</span>
</figcaption>
</figure>
</li>
{% endfor %}
</ul>
</div>
`;
