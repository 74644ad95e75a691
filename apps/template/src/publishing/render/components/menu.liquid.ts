import { SECTION_HEAD } from './partials.liquid';

/** A menu in sections; each dish and its price joined by a dotted leader, dietary marks as small tags. */
export const MENU_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
<div class="menu-sections cols-{{ c.columns }}">
{% for section in c.sections %}
<div class="menu-section">
<h3>{{ section.title }}</h3>
<ul class="menu-items" role="list">
{% for item in section.items %}
<li class="menu-item">
<p class="menu-line"><span class="menu-name">{{ item.name }}</span>{% if item.price != blank %}<span class="leader" aria-hidden="true"></span><span class="menu-price">{{ item.price }}</span>{% endif %}</p>
{% if item.description != blank %}<p class="menu-desc pre">{{ item.description }}</p>{% endif %}
{% if item.dietary.size > 0 %}<ul class="tags" role="list">{% for mark in item.dietary %}<li>{{ mark }}</li>{% endfor %}</ul>{% endif %}
</li>
{% endfor %}
</ul>
</div>
{% endfor %}
</div>
</div>
`;
