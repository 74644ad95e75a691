import { SECTION_HEAD } from './partials.liquid';

/** People as cards: photo (or initials), name, role, bio and their LinkedIn profile. */
export const TEAM_TEMPLATE = `
<div class="container">
${SECTION_HEAD}
<ul class="grid cols-{{ c.columns }}" role="list">
{% for m in c.members %}
<li class="card member">
{% assign src = '' %}{% if m.photo %}{% assign src = m.photo.url | safe_url %}{% endif %}
{% if src != blank %}<img class="member-photo" src="{{ src }}" alt="{{ m.photo.alt }}" width="112" height="112" loading="lazy" decoding="async">{% else %}<span class="member-photo member-initials" aria-hidden="true">{{ m.initials }}</span>{% endif %}
<h3>{{ m.name }}</h3>
{% if m.role != blank %}<p class="member-role">{{ m.role }}</p>{% endif %}
{% if m.bio != blank %}<p class="member-bio pre">{{ m.bio }}</p>{% endif %}
{% assign linkedin = m.linkedin_url | safe_url %}
{% if linkedin != blank %}<a class="member-link" href="{{ linkedin }}" aria-label="{{ m.name }} {{ ui.on_linkedin }}">LinkedIn</a>{% endif %}
</li>
{% endfor %}
</ul>
</div>
`;
