import { SECTION_HEAD } from './partials.liquid';

/** Plans side by side; a highlighted plan is framed in the brand color, lifted and labelled. */
export const PRICING_TABLE_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
<ul class="plans plans-{{ c.columns }}" role="list">
{% for plan in c.plans %}
<li class="card plan{% if plan.highlighted %} plan-featured{% endif %}">
{% if plan.highlighted %}<p class="plan-badge">{{ ui.most_popular }}</p>{% endif %}
<h3 class="plan-name">{{ plan.name }}</h3>
<p class="plan-price"><span class="amount">{{ plan.price }}</span> <span class="period">{{ c.period }}</span></p>
{% if plan.description != blank %}<p class="plan-desc">{{ plan.description }}</p>{% endif %}
{% if plan.features.size > 0 %}<ul class="checklist" role="list">{% for feature in plan.features %}<li>{{ feature }}</li>{% endfor %}</ul>{% endif %}
{% assign href = plan.cta_url | safe_url %}
{% if plan.cta_label != blank and href != blank %}<a class="btn {% if plan.highlighted %}btn-primary{% else %}btn-outline{% endif %} btn-block" href="{{ href }}">{{ plan.cta_label }}</a>{% endif %}
</li>
{% endfor %}
</ul>
</div>
`;
