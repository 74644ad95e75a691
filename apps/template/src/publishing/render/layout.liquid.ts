/**
 * The page around the components. `style` and `script` are the renderer's own constants (plus the checked theme
 * variables) and are written unescaped, byte for byte what the CSP hashes; `sections` and `footer_sections` are the
 * components, already rendered (and escaped) by their own templates. Everything else is escaped on output.
 */
export const LAYOUT_TEMPLATE = `
<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
{% if description != blank %}<meta name="description" content="{{ description }}">{% endif %}
{% if preview %}<meta name="robots" content="noindex, nofollow">{% endif %}
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="theme-color" content="{{ theme_color }}">
<meta property="og:type" content="website">
<meta property="og:title" content="{{ title }}">
{% if description != blank %}<meta property="og:description" content="{{ description }}">{% endif %}
<meta property="og:site_name" content="{{ brand.name }}">
{% assign og_image = og_image_url | safe_url %}
{% if og_image != blank %}<meta property="og:image" content="{{ og_image }}">{% endif %}
<meta name="twitter:card" content="{% if og_image != blank %}summary_large_image{% else %}summary{% endif %}">
<style>{{ style | raw }}</style>
</head>
<body data-mab-ingest="{{ ingest }}" data-mab-page="{{ page_path }}"{% if preview %} data-mab-preview="true"{% endif %}>
<a class="skip-link" href="#main">{{ ui.skip_to_content }}</a>
{% if preview %}<div class="preview-banner" role="note">Preview — not published</div>{% endif %}
<header class="site-header">
<div class="container header-inner">
{% assign logo = brand.logo_url | safe_url %}
<a class="brand" href="./">{% if logo != blank %}<img src="{{ logo }}" alt="{{ brand.name }}" height="40">{% else %}<span class="brand-name">{{ brand.name }}</span>{% endif %}</a>
{% if nav.size > 1 %}
<nav class="site-nav" aria-label="{{ ui.main_navigation }}">
<ul role="list">
{% for link in nav %}<li><a href="{{ link.href }}"{% if link.current %} aria-current="page"{% endif %}>{{ link.label }}</a></li>{% endfor %}
</ul>
</nav>
{% endif %}
</div>
</header>
<main id="main" tabindex="-1">
{% if page_h1 != blank %}<div class="page-head"><div class="container"><h1>{{ page_h1 }}</h1></div></div>{% endif %}
{% for s in sections %}{{ s | raw }}{% endfor %}
</main>
<footer class="site-footer">
{% for s in footer_sections %}{{ s | raw }}{% endfor %}
{% if footer_sections.size == 0 %}<div class="container footer-bottom"><p>© {{ brand.name }}</p></div>{% endif %}
</footer>
<script>{{ script | raw }}</script>
</body>
</html>
`;

/** Each component's section: `id`, data attributes the page script reads, labelled by its heading when it has one. */
export const SECTION_TEMPLATE = `
<section id="c-{{ s.dom_id }}" class="block block-{{ s.type_class }}{% for cls in s.classes %} {{ cls }}{% endfor %}" data-component-id="{{ s.id }}" data-component-type="{{ s.type }}"{% if s.labelled %} aria-labelledby="{{ s.heading_id }}"{% endif %}>
{{ s.html | raw }}
</section>
`;
