import { SECTION_HEAD } from './partials.liquid';

/** Benefits as a grid of cards, each with an icon (inline SVG from icons.ts, or a short mark as text). */
export const FEATURES_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
<ul class="grid cols-{{ c.columns }}" role="list">
{% for item in c.items %}
<li class="card feature">
<span class="feature-icon">{% if item.icon.svg != blank %}{{ item.icon.svg | raw }}{% else %}<span aria-hidden="true">{{ item.icon.text }}</span>{% endif %}</span>
<h3>{{ item.title }}</h3>
{% if item.description != blank %}<p class="pre">{{ item.description }}</p>{% endif %}
</li>
{% endfor %}
</ul>
</div>
`;
