/**
 * The stylesheet of every published page: mobile first, themed only through the custom properties of theme.ts, no
 * external font or image. It is a constant (the theme's `:root` rule is prepended per site), so it must not contain
 * `</style`. Class names are the ones the component templates write.
 */
export const BASE_CSS = `
:root{--c-text:#111827;--c-muted:#4b5563;--c-faint:#6b7280;--c-bg:#fff;--c-surface:#f8fafc;--c-border:#e5e7eb;--c-border-strong:#8b93a1;--c-error:#b42318;--c-success:#067647;--radius:.625rem;--radius-lg:1rem;--shadow-sm:0 1px 2px rgb(16 24 40/.06);--shadow:0 1px 3px rgb(16 24 40/.08),0 8px 24px -6px rgb(16 24 40/.1);--shadow-lg:0 24px 48px -12px rgb(16 24 40/.22);--space:clamp(3.5rem,7vw,6.5rem);--font-heading:var(--font)}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;scroll-behavior:smooth;scroll-padding-top:5rem}
body{margin:0;font-family:var(--font);font-size:1.0625rem;line-height:1.65;color:var(--c-text);background:var(--c-bg);-webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility}
img,svg{display:block;max-width:100%}
img{height:auto}
h1,h2,h3{font-family:var(--font-heading);line-height:1.15;letter-spacing:-.015em;margin:0 0 .6em;text-wrap:balance}
h1{font-size:clamp(2.25rem,1.6rem + 3.2vw,4rem);font-weight:800;letter-spacing:-.025em}
h2{font-size:clamp(1.75rem,1.4rem + 1.6vw,2.6rem);font-weight:750}
h3{font-size:1.2rem;font-weight:700}
p{margin:0 0 1em}
p:last-child{margin-bottom:0}
ul,ol{margin:0;padding:0}
ul[role=list],ol[role=list]{list-style:none}
a{color:var(--c-primary-ink);text-decoration-thickness:.08em;text-underline-offset:.18em}
a:hover{text-decoration-thickness:.14em}
:focus-visible{outline:3px solid var(--c-primary-ink);outline-offset:3px;border-radius:4px}
.pre{white-space:pre-line}
.container{width:min(100% - 2.5rem,72rem);margin-inline:auto}
.narrow{width:min(100% - 2.5rem,46rem)}
.visually-hidden,.hp{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.skip-link{position:absolute;left:1rem;top:-5rem;z-index:100;padding:.75rem 1.1rem;border-radius:var(--radius);background:var(--c-text);color:#fff;font-weight:600;text-decoration:none}
.skip-link:focus{top:1rem}
main:focus{outline:none}
.preview-banner{position:sticky;top:0;z-index:60;height:2.5rem;padding:.5rem 1rem;line-height:1.5rem;overflow:hidden;background:repeating-linear-gradient(-45deg,#fde68a 0 12px,#fcd34d 12px 24px);color:#111827;font-size:.9rem;font-weight:700;text-align:center;letter-spacing:.02em}
.site-header{position:relative;z-index:50;background:rgb(255 255 255/.92);border-bottom:1px solid var(--c-border);-webkit-backdrop-filter:saturate(180%) blur(10px);backdrop-filter:saturate(180%) blur(10px)}
.header-inner{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 2rem;padding-block:.85rem}
.brand{display:inline-flex;align-items:center;gap:.6rem;color:var(--c-text);font-weight:800;font-size:1.2rem;letter-spacing:-.01em;text-decoration:none}
.brand img{height:2.5rem;width:auto}
.site-nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.site-nav a{display:inline-block;padding:.4rem 0;border-bottom:2px solid transparent;color:var(--c-muted);font-weight:550;text-decoration:none}
.site-nav a:hover{color:var(--c-text);border-bottom-color:var(--c-border-strong)}
.site-nav a[aria-current=page]{color:var(--c-text);border-bottom-color:var(--c-primary)}
.page-head{padding-block:clamp(2.5rem,5vw,4rem) 0;background:linear-gradient(180deg,var(--c-primary-softer),var(--c-bg))}
.page-head h1{margin:0}
.block{position:relative;padding-block:var(--space)}
.block+.block{padding-top:calc(var(--space)*.75)}
.section-head{max-width:44rem;margin:0 auto clamp(2rem,4vw,3.25rem);text-align:center}
.section-head h2{margin-bottom:.4em}
.lead{font-size:clamp(1.075rem,1rem + .35vw,1.25rem);color:var(--c-muted)}
.card{background:#fff;border:1px solid var(--c-border);border-radius:var(--radius-lg);padding:clamp(1.4rem,2.5vw,2rem);box-shadow:var(--shadow-sm)}
.grid{display:grid;gap:clamp(1rem,2.5vw,1.75rem);grid-template-columns:1fr}
.grid.cols-1{max-width:42rem;margin-inline:auto}
.grid.cols-1>.member{max-width:24rem;width:100%;justify-self:center}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:.5rem;min-height:2.75rem;padding:.7rem 1.4rem;border:2px solid transparent;border-radius:var(--radius);font:inherit;font-weight:650;line-height:1.2;text-align:center;text-decoration:none;cursor:pointer;transition:transform .15s ease,box-shadow .15s ease,background-color .15s ease,color .15s ease}
.btn:hover{transform:translateY(-1px);box-shadow:0 8px 20px -6px rgb(16 24 40/.35)}
.btn:active{transform:none}
.btn-primary{background:var(--c-primary);color:var(--c-on-primary)}
.btn-secondary{background:var(--c-secondary);color:var(--c-on-secondary)}
.btn-outline{background:transparent;border-color:currentColor;color:var(--c-primary-ink)}
.btn-outline:hover{background:var(--c-primary-softer)}
.btn-small{min-height:2.25rem;padding:.45rem .95rem;font-size:.925rem}
.btn-large{min-height:3.25rem;padding:.9rem 1.9rem;font-size:1.1rem}
.btn-block{display:flex;width:100%}
.btn[disabled]{opacity:.65;cursor:progress;transform:none;box-shadow:none}
.btn.is-inert{cursor:default;opacity:.75;transform:none;box-shadow:none}
.block-hero{display:grid;align-items:center;min-height:min(78vh,44rem);padding-block:clamp(4rem,10vw,8rem);overflow:hidden;isolation:isolate}
.hero-light{background:radial-gradient(120% 90% at 10% 0%,var(--c-primary-soft),transparent 60%),radial-gradient(90% 80% at 100% 100%,var(--c-secondary-soft),transparent 55%),var(--c-bg)}
.hero-dark{background:radial-gradient(120% 100% at 0% 0%,var(--c-primary-deep),var(--c-primary-deep-2));color:#fff}
.hero-dark a:not(.btn){color:#fff}
.hero-dark .hero-lead{color:rgb(255 255 255/.86)}
.hero-media{position:absolute;inset:0;z-index:-1}
.hero-media img{width:100%;height:100%;object-fit:cover}
.hero-media::after{content:"";position:absolute;inset:0}
.hero-dark .hero-media::after{background:linear-gradient(180deg,rgb(8 10 20/.55),rgb(8 10 20/.78))}
.hero-light .hero-media::after{background:linear-gradient(180deg,rgb(255 255 255/.82),rgb(255 255 255/.93))}
.hero-inner{position:relative}
.hero-center .hero-inner{text-align:center}
.hero-center .hero-title,.hero-center .hero-lead{margin-inline:auto}
.hero-title{max-width:20ch;margin-bottom:.45em}
.hero-lead{max-width:40rem;font-size:clamp(1.125rem,1rem + .6vw,1.4rem);color:var(--c-muted)}
.hero-actions{margin-top:2rem}
.feature .feature-icon{display:inline-grid;place-items:center;width:3rem;height:3rem;margin-bottom:1.1rem;border-radius:.85rem;background:var(--c-primary-soft);color:var(--c-primary-ink);font-size:1.4rem;line-height:1}
.feature .icon-svg{width:1.5rem;height:1.5rem}
.feature h3{margin-bottom:.4em}
.feature p{color:var(--c-muted)}
.plans{display:grid;gap:1.5rem;grid-template-columns:1fr;align-items:stretch;max-width:26rem;margin-inline:auto}
.plan{position:relative;display:flex;flex-direction:column}
.plan-featured{border:2px solid var(--c-primary);box-shadow:var(--shadow-lg);background:linear-gradient(180deg,var(--c-primary-softer),#fff 40%)}
.plan-badge{position:absolute;top:0;left:50%;transform:translate(-50%,-50%);margin:0;padding:.25rem .8rem;border-radius:999px;background:var(--c-primary);color:var(--c-on-primary);font-size:.75rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;white-space:nowrap}
.plan-name{font-size:1.1rem;color:var(--c-muted);font-weight:650}
.plan-price{display:flex;flex-wrap:wrap;align-items:baseline;gap:.35rem;margin-bottom:.75rem}
.plan-price .amount{font-size:clamp(2.25rem,1.8rem + 1.5vw,2.9rem);font-weight:800;letter-spacing:-.03em;line-height:1}
.plan-price .period{color:var(--c-faint);font-weight:550}
.plan-desc{color:var(--c-muted)}
.checklist{display:grid;gap:.6rem;margin:1rem 0 1.75rem;flex:1}
.checklist li{position:relative;padding-left:1.75rem}
.checklist li::before{content:"";position:absolute;left:.2rem;top:.42em;width:.85rem;height:.45rem;border-left:2.5px solid var(--c-primary);border-bottom:2.5px solid var(--c-primary);transform:rotate(-45deg)}
.plan .btn{margin-top:auto}
.quote{display:flex;flex-direction:column;justify-content:space-between;gap:1.5rem;height:100%;margin:0}
.quote blockquote{position:relative;margin:0;padding-top:1.75rem;font-size:1.1rem}
.quote blockquote::before{content:"\\201C";position:absolute;top:-.6rem;left:-.1rem;font-size:4rem;line-height:1;color:var(--c-primary);font-family:Georgia,serif}
.quote figcaption{display:flex;align-items:center;gap:.8rem}
.quote-by{display:flex;flex-direction:column;line-height:1.35}
.byline{color:var(--c-faint);font-size:.925rem}
.avatar{flex:none;width:3rem;height:3rem;border-radius:50%;object-fit:cover}
.avatar-initials{display:grid;place-items:center;background:var(--c-primary-soft);color:var(--c-primary-ink);font-weight:700}
.split{display:grid;gap:clamp(2rem,5vw,4rem);align-items:start}
.form-intro .lead{margin-bottom:1.5rem}
.form-card{box-shadow:var(--shadow)}
.form{display:grid;gap:1.15rem}
.field{display:grid;gap:.4rem}
.field label{font-weight:600}
.req{color:var(--c-error)}
.field input,.field select,.field textarea{width:100%;min-height:2.9rem;padding:.65rem .85rem;border:1px solid var(--c-border-strong);border-radius:var(--radius);background:#fff;color:inherit;font:inherit;transition:border-color .15s ease,box-shadow .15s ease}
.field textarea{min-height:8rem;resize:vertical}
.field input:focus,.field select:focus,.field textarea:focus{border-color:var(--c-primary);box-shadow:0 0 0 3px var(--c-primary-soft);outline:2px solid transparent}
.field input:user-invalid,.field select:user-invalid,.field textarea:user-invalid{border-color:var(--c-error)}
.field-check{grid-template-columns:auto 1fr;align-items:start;column-gap:.65rem}
.field-check input{width:1.25rem;height:1.25rem;min-height:0;margin:.2rem 0 0;accent-color:var(--c-primary)}
.field-check label{font-weight:500}
.field-check .help{grid-column:2}
.help{margin:0;color:var(--c-faint);font-size:.9rem}
.consent{margin:0;color:var(--c-faint);font-size:.9rem}
.form-actions{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.25rem}
.form-actions .btn{width:100%}
.form-status{margin:0;font-weight:600}
.form-status.is-success{color:var(--c-success)}
.form-status.is-error{color:var(--c-error)}
.contact-list{display:grid;gap:1rem;margin-top:1.5rem}
.contact-list li{display:grid;gap:.1rem}
.contact-label,.aside-title{color:var(--c-faint);font-size:.8rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase}
.aside-title{margin-bottom:.25rem}
.aside-block{margin-top:1.5rem}
.block-newsletter-signup{background:var(--c-primary-softer)}
.newsletter-box{padding:clamp(1.75rem,4vw,3rem);border-radius:var(--radius-lg);background:#fff;box-shadow:var(--shadow)}
.newsletter-intro{text-align:center;margin-bottom:1.5rem}
.newsletter-intro h2{font-size:clamp(1.5rem,1.3rem + 1vw,2rem)}
.block-cta-button{padding-block:clamp(2rem,4vw,3rem)}
.cta-wrap{display:flex;justify-content:center}
.faq-list{border-top:1px solid var(--c-border)}
.faq-item{border-bottom:1px solid var(--c-border)}
.faq-item summary{display:flex;align-items:center;justify-content:space-between;gap:1rem;padding:1.15rem .25rem;font-weight:650;font-size:1.075rem;cursor:pointer;list-style:none}
.faq-item summary::-webkit-details-marker{display:none}
.faq-item summary::after{content:"+";flex:none;display:grid;place-items:center;width:1.75rem;height:1.75rem;border-radius:50%;background:var(--c-primary-soft);color:var(--c-primary-ink);font-size:1.2rem;line-height:1;transition:transform .2s ease}
.faq-item[open] summary::after{transform:rotate(45deg)}
.faq-answer{padding:0 .25rem 1.25rem;color:var(--c-muted)}
.gallery figure,.carousel figure{margin:0}
.gallery img,.carousel img{width:100%;border-radius:var(--radius-lg);background:var(--c-surface)}
.gallery-grid{display:grid;gap:1rem;grid-template-columns:repeat(2,1fr)}
.gallery-grid img{aspect-ratio:4/3;object-fit:cover}
.gallery-masonry{columns:2 11rem;column-gap:1rem}
.gallery-masonry li{break-inside:avoid;margin-bottom:1rem}
figcaption{margin-top:.5rem;color:var(--c-faint);font-size:.925rem}
.carousel{overflow-x:auto;overscroll-behavior-x:contain;scroll-snap-type:x mandatory;padding-bottom:1rem;border-radius:var(--radius-lg)}
.carousel-track{display:grid;grid-auto-flow:column;grid-auto-columns:min(85%,28rem);gap:1rem}
.carousel-track li{scroll-snap-align:start}
.carousel img{aspect-ratio:3/2;object-fit:cover}
.member{text-align:center}
.member-photo{width:7rem;height:7rem;margin:0 auto 1rem;border-radius:50%;object-fit:cover}
.member-initials{display:grid;place-items:center;background:linear-gradient(135deg,var(--c-primary),var(--c-secondary));color:#fff;font-size:2rem;font-weight:800;text-shadow:0 1px 2px rgb(0 0 0/.3)}
.member h3{margin-bottom:.15em}
.member-role{color:var(--c-primary-ink);font-weight:600}
.member-bio{color:var(--c-muted);font-size:.975rem}
.member-link{display:inline-block;margin-top:.75rem;font-weight:600}
.block-stats{background:linear-gradient(135deg,var(--c-primary-deep),var(--c-primary-deep-2));color:#fff}
.block-stats .lead{color:rgb(255 255 255/.8)}
.stats-list{display:grid;gap:2rem 1.5rem;grid-template-columns:repeat(2,1fr);margin:0;text-align:center}
.stats-list.cols-1{grid-template-columns:1fr}
.stat{display:flex;flex-direction:column-reverse;gap:.35rem}
.stat dd{margin:0;font-size:clamp(2.25rem,1.8rem + 2vw,3.5rem);font-weight:800;letter-spacing:-.03em;line-height:1}
.stat dt{color:rgb(255 255 255/.82);font-weight:500}
.block-logo-cloud .section-head h2{font-size:.95rem;font-weight:700;letter-spacing:.1em;text-transform:uppercase;color:var(--c-faint)}
.logos{display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:1.5rem 3rem}
.logos img{height:2.5rem;width:auto;max-width:10rem;object-fit:contain;filter:grayscale(1);opacity:.7;transition:filter .2s ease,opacity .2s ease}
.logos img:hover,.logos a:focus-visible img{filter:none;opacity:1}
.menu-sections{display:grid;gap:2.5rem 4rem}
.menu-sections.cols-1{max-width:40rem;margin-inline:auto}
.menu-section h3{padding-bottom:.5rem;border-bottom:2px solid var(--c-primary);font-size:1.35rem}
.menu-items{display:grid;gap:1.25rem;margin-top:1.25rem}
.menu-line{display:flex;align-items:baseline;gap:.5rem;margin:0;font-weight:650}
.leader{flex:1;min-width:1.5rem;border-bottom:2px dotted var(--c-border-strong);transform:translateY(-.3em)}
.menu-price{white-space:nowrap;color:var(--c-primary-ink);font-variant-numeric:tabular-nums}
.menu-desc{margin:.25rem 0 0;color:var(--c-muted);font-size:.95rem}
.tags{display:flex;flex-wrap:wrap;gap:.35rem;margin-top:.45rem}
.tags li{padding:.1rem .55rem;border-radius:999px;background:var(--c-secondary-soft);color:var(--c-text);font-size:.775rem;font-weight:600}
.day+.day{margin-top:2.75rem}
.day-label{display:inline-block;padding:.35rem .9rem;border-radius:999px;background:var(--c-primary);color:var(--c-on-primary);font-size:1rem}
.timeline{list-style:none;margin-top:1.25rem;border-left:2px solid var(--c-border)}
.session{position:relative;display:grid;gap:.25rem 1.5rem;padding:0 0 1.75rem 1.5rem}
.session:last-child{padding-bottom:0}
.session::before{content:"";position:absolute;left:-.5rem;top:.45rem;width:.875rem;height:.875rem;border:3px solid var(--c-primary);border-radius:50%;background:#fff}
.session-time{margin:0;color:var(--c-primary-ink);font-weight:700;font-variant-numeric:tabular-nums}
.session-title{margin:0;font-weight:700;font-size:1.075rem}
.session-speaker{margin:0;color:var(--c-muted);font-weight:550}
.session-desc{margin:.35rem 0 0;color:var(--c-muted)}
.site-footer{background:#0f172a;color:#cbd5e1;font-size:.975rem}
.site-footer .block{padding-block:clamp(3rem,6vw,4.5rem) 0}
.site-footer a{color:#fff}
.site-footer :focus-visible{outline-color:#fff}
.footer-grid{display:grid;gap:2rem}
.footer-name{color:#fff;font-size:1.3rem;margin-bottom:.4rem}
.footer-tagline{color:#94a3b8}
.footer-title{margin-bottom:.6rem;color:#fff;font-size:.8rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase}
.footer-col ul{display:grid;gap:.45rem}
.footer-col .social{display:flex;flex-wrap:wrap;gap:.5rem}
.social-link{display:inline-block;padding:.35rem .85rem;border:1px solid #334155;border-radius:999px;text-decoration:none;font-size:.9rem}
.social-link:hover{border-color:#94a3b8;background:#1e293b}
.footer-bottom{margin-top:2.5rem;padding-block:1.5rem;border-top:1px solid #1e293b;color:#94a3b8;font-size:.9rem}
.site-footer>.footer-bottom{margin-top:0}
@media (min-width:40rem){
.site-header{position:sticky;top:0}
.preview-banner+.site-header{top:2.5rem}
.grid.cols-2,.grid.cols-3,.grid.cols-4{grid-template-columns:repeat(2,1fr)}
.gallery-grid.cols-3,.gallery-grid.cols-4,.gallery-grid.cols-5{grid-template-columns:repeat(3,1fr)}
.gallery-masonry{columns:3 11rem}
.stats-list.cols-3{grid-template-columns:repeat(3,1fr)}
.footer-grid{grid-template-columns:repeat(2,1fr)}
.form-actions .btn{width:auto}
.session{grid-template-columns:5.5rem 1fr}
}
@media (min-width:56rem){
.plans{max-width:none}
.plans-2{grid-template-columns:repeat(2,minmax(0,22rem));justify-content:center}
.plans-3{grid-template-columns:repeat(3,1fr)}
.plans-4{grid-template-columns:repeat(4,1fr)}
.plan-featured{transform:translateY(-.75rem)}
.split-2{grid-template-columns:minmax(0,.85fr) minmax(0,1.15fr)}
.menu-sections.cols-2{grid-template-columns:repeat(2,1fr)}
.stats-list.cols-4{grid-template-columns:repeat(4,1fr)}
.footer-grid{grid-template-columns:1.6fr repeat(3,1fr)}
}
@media (min-width:64rem){
.grid.cols-3{grid-template-columns:repeat(3,1fr)}
.grid.cols-4{grid-template-columns:repeat(4,1fr)}
.gallery-grid.cols-4{grid-template-columns:repeat(4,1fr)}
.gallery-grid.cols-5{grid-template-columns:repeat(5,1fr)}
.gallery-masonry.cols-4,.gallery-masonry.cols-5{columns:4 11rem}
}
@media (prefers-reduced-motion:reduce){
html{scroll-behavior:auto}
*,*::before,*::after{animation-duration:.01ms!important;animation-iteration-count:1!important;transition-duration:.01ms!important;scroll-behavior:auto!important}
.btn:hover{transform:none}
}
@media (forced-colors:active){
.btn,.card,.plan-badge,.day-label{border:1px solid CanvasText}
}
@media print{
.site-header,.skip-link,.preview-banner,.hp,.form-actions{display:none}
.block{padding-block:1.5rem}
}
`.trim();
