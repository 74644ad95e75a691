import { SECTION_HEAD } from './partials.liquid';

/** Native disclosure widgets: keyboard and screen-reader accessible with no script at all. */
export const FAQ_TEMPLATE = `
<div class="container narrow">
${SECTION_HEAD}
<div class="faq-list">
{% for item in c.items %}
<details class="faq-item">
<summary>{{ item.question }}</summary>
<div class="faq-answer"><p class="pre">{{ item.answer }}</p></div>
</details>
{% endfor %}
</div>
</div>
`;
