/**
 * Company details, contact, links and social profiles (the footer's own, then the site's). The page places footer
 * components inside its `<footer>` landmark, after `<main>`.
 */
export const FOOTER_TEMPLATE = `
<div class="container footer-grid">
<div class="footer-brand">
{% if c.company_name != blank %}<h2 id="{{ heading_id }}" class="footer-name">{{ c.company_name }}</h2>{% endif %}
{% if c.tagline != blank %}<p class="footer-tagline">{{ c.tagline }}</p>{% endif %}
{% if c.address != blank %}<p class="footer-address pre">{{ c.address }}</p>{% endif %}
</div>
{% if c.email != blank or c.phone != blank %}
<div class="footer-col">
<p class="footer-title">{{ ui.contact }}</p>
<ul role="list">
{% if c.email != blank %}{% assign mail = c.email | mailto_url %}<li>{% if mail != blank %}<a href="{{ mail }}">{{ c.email }}</a>{% else %}{{ c.email }}{% endif %}</li>{% endif %}
{% if c.phone != blank %}{% assign tel = c.phone | tel_url %}<li>{% if tel != blank %}<a href="{{ tel }}">{{ c.phone }}</a>{% else %}{{ c.phone }}{% endif %}</li>{% endif %}
</ul>
</div>
{% endif %}
{% if c.links.size > 0 %}
<div class="footer-col">
<p class="footer-title">{{ ui.links }}</p>
<ul role="list">
{% for link in c.links %}{% assign href = link.url | safe_url %}{% if href != blank %}<li><a href="{{ href }}">{{ link.label }}</a></li>{% endif %}{% endfor %}
</ul>
</div>
{% endif %}
{% if c.social.size > 0 %}
<div class="footer-col">
<p class="footer-title">{{ ui.follow_us }}</p>
<ul class="social" role="list">
{% for s in c.social %}{% assign href = s.url | safe_url %}{% if href != blank %}<li><a class="social-link" href="{{ href }}"{% if s.me %} rel="me"{% endif %}>{{ s.label }}</a></li>{% endif %}{% endfor %}
</ul>
</div>
{% endif %}
</div>
{% if c.copyright != blank %}<div class="container footer-bottom"><p>{{ c.copyright }}</p></div>{% endif %}
`;
