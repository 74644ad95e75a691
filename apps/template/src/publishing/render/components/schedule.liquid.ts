import { SECTION_HEAD } from './partials.liquid';

/** The programme, day by day, each day a vertical timeline of its sessions. */
export const SCHEDULE_TEMPLATE = `
<div class="container narrow">
${SECTION_HEAD}
{% for day in c.days %}
<div class="day">
<h3 class="day-label">{{ day.label }}</h3>
<ol class="timeline">
{% for s in day.sessions %}
<li class="session">
<p class="session-time">{{ s.time }}</p>
<div class="session-body">
<p class="session-title">{{ s.title }}</p>
{% if s.speaker != blank %}<p class="session-speaker">{{ s.speaker }}</p>{% endif %}
{% if s.description != blank %}<p class="session-desc pre">{{ s.description }}</p>{% endif %}
</div>
</li>
{% endfor %}
</ol>
</div>
{% endfor %}
</div>
`;
