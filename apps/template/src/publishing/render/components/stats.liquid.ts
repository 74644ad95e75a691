import { SECTION_HEAD } from './partials.liquid';

/** Key figures as a description list (label, then value); CSS shows the value big and on top. */
export const STATS_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
<dl class="stats-list cols-{{ c.columns }}">
{% for item in c.items %}<div class="stat"><dt>{{ item.label }}</dt><dd>{{ item.value }}</dd></div>{% endfor %}
</dl>
</div>
`;
