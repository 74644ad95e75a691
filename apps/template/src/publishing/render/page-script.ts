/**
 * The one inline script of every published page, identical on every page and every site (its CSP hash is computed
 * once): what differs, it reads from `<body>` — `data-mab-ingest` (where to post), `data-mab-page` (the site page
 * path reported in events) and `data-mab-preview` (send nothing). Plain ES2017 with no dependency, so it runs in every
 * browser still in use; it never throws on a missing API (storage, IntersectionObserver, crypto.randomUUID, fetch).
 *
 * Events posted to the ingestion path: `{type, component_id?, visitor_id, event_id, occurred_at, page, referrer?,
 * utm?, device, data?}`, nothing else (the gateway refuses unknown keys). A network error is retried twice with the
 * same event_id, which the server deduplicates by.
 *
 * Kept as a string (never evaluated on the server); String.raw keeps its regular expressions' backslashes. It must
 * not contain a backtick, `${` or `</script`. Every statement ends with a semicolon and comments sit on lines of
 * their own, so the page gets it without indentation and comment lines.
 */
const SOURCE = String.raw`(function () {
  'use strict';
  var doc = document;
  var body = doc.body;
  var endpoint = body.getAttribute('data-mab-ingest') || '';
  var pagePath = body.getAttribute('data-mab-page') || '/';
  var preview = body.hasAttribute('data-mab-preview');
  var canSend = !preview && !!endpoint && typeof window.fetch === 'function';
  var nav = navigator;
  var ua = nav.userAgent || '';

  // Cuts a string without splitting a surrogate pair: the server refuses lone surrogates.
  function cut(value, max) {
    var s = String(value).slice(0, max);
    var last = s.charCodeAt(s.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
  }

  function uuid() {
    var c = window.crypto;
    try {
      return c.randomUUID();
    } catch (e) {
      // No crypto.randomUUID (older browser, not a secure context): a version 4 UUID by hand.
    }
    var b = c && c.getRandomValues ? c.getRandomValues(new Uint8Array(16)) : [];
    var h = '';
    for (var i = 0; i < 16; i++) {
      var v = i in b ? b[i] : Math.floor(Math.random() * 256);
      if (i === 6) v = (v & 15) | 64;
      if (i === 8) v = (v & 63) | 128;
      h += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + (v + 256).toString(16).slice(1);
    }
    return h;
  }

  // One visitor id per site: every site on the platform's host shares its origin (and localStorage), and one id
  // across sites would let workspaces link their visitors.
  var vidKey = 'mab_vid:' + endpoint;
  var visitorId = null;
  try {
    visitorId = localStorage.getItem(vidKey);
  } catch (e) {
    // Storage blocked (private mode, cookies off): this page load keeps its own id.
  }
  if (!visitorId || visitorId.length > 200) {
    visitorId = uuid();
    try {
      localStorage.setItem(vidKey, visitorId);
    } catch (e) {
      // As above.
    }
  }

  var width = window.innerWidth || 0;
  var device = (nav.userAgentData && nav.userAgentData.mobile) || /Mobi|iPhone|iPod/.test(ua) ? 'mobile' : /iPad|Tablet|Android/.test(ua) ? 'tablet' : width && width < 768 ? 'mobile' : width && width < 1024 ? 'tablet' : 'desktop';
  var referrer = cut(doc.referrer || '', 2000);
  var utm = null;
  try {
    var params = new URLSearchParams(location.search);
    ['source', 'medium', 'campaign', 'term', 'content'].forEach(function (key) {
      var value = params.get('utm_' + key);
      if (value) {
        utm = utm || {};
        utm[key] = cut(value, 200);
      }
    });
  } catch (e) {
    utm = null;
  }

  function makeEvent(type, componentId, data) {
    var event = { type: type, visitor_id: visitorId, event_id: uuid(), occurred_at: new Date().toISOString(), page: pagePath, device: device };
    if (componentId) event.component_id = componentId;
    if (referrer) event.referrer = referrer;
    if (utm) event.utm = utm;
    if (data) event.data = data;
    return event;
  }

  // Resolves with the response (any status); a request that did not get through is retried twice, same event_id.
  function post(event, attempt) {
    return fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event), keepalive: true }).catch(function (error) {
      if (attempt >= 2) throw error;
      return new Promise(function (resolve) {
        setTimeout(resolve, 700 * (attempt + 1));
      }).then(function () {
        return post(event, attempt + 1);
      });
    });
  }

  function send(type, componentId, data) {
    if (canSend) post(makeEvent(type, componentId, data), 0).catch(function () {});
  }

  send('page_view', null, { title: cut(doc.title, 500) });

  // component_view: once per component per page load, when half of it is visible (or, for a component taller than
  // the screen, when it fills half of the screen).
  var sections = doc.querySelectorAll('section[data-component-id]');
  if (window.IntersectionObserver) {
    var thresholds = [];
    for (var t = 0; t <= 10; t++) thresholds.push(t / 10);
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var root = entry.rootBounds;
        var fills = root && entry.intersectionRect.height >= root.height / 2;
        if (entry.isIntersecting && (entry.intersectionRatio >= 0.5 || fills)) {
          observer.unobserve(entry.target);
          send('component_view', entry.target.getAttribute('data-component-id'));
        }
      });
    }, { threshold: thresholds });
    for (var s = 0; s < sections.length; s++) observer.observe(sections[s]);
  }

  function fraction(offset, size) {
    return size > 0 ? Math.round(Math.min(1, Math.max(0, offset / size)) * 1000) / 1000 : 0;
  }

  doc.addEventListener('click', function (ev) {
    var control = ev.target.closest && ev.target.closest('a, button, summary');
    var section = control && control.closest('section[data-component-id]');
    if (!section) return;
    var box = section.getBoundingClientRect();
    var x = ev.clientX;
    var y = ev.clientY;
    if (!ev.detail && !x && !y) {
      // Activated from the keyboard: no pointer position, take the middle of what was activated.
      var own = control.getBoundingClientRect();
      x = own.left + own.width / 2;
      y = own.top + own.height / 2;
    }
    var label = (control.getAttribute('aria-label') || control.textContent || '').replace(/\s+/g, ' ').trim();
    send('component_interaction', section.getAttribute('data-component-id'), { action: 'click', target: cut(label || control.tagName.toLowerCase(), 100), x: fraction(x - box.left, box.width), y: fraction(y - box.top, box.height) });
  }, true);

  // Forms: native validation runs first (no novalidate), then the submission is sent as a form_submission event.
  doc.addEventListener('submit', function (ev) {
    var form = ev.target;
    var componentId = form.getAttribute('data-component-id');
    if (!componentId) return;
    ev.preventDefault();
    var button = form.querySelector('[type="submit"]');
    if (button && button.disabled) return;
    var status = form.querySelector('[data-status]');
    function done(ok) {
      if (status) {
        status.textContent = form.getAttribute(ok ? 'data-success' : 'data-error') || '';
        status.className = 'form-status ' + (ok ? 'is-success' : 'is-error');
      }
      if (ok) form.reset();
      if (button) button.disabled = false;
    }
    if (preview || !canSend) return done(preview);
    var data = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      var value = el.value;
      if (!el.name || el.disabled || /submit|button|reset/.test(el.type)) continue;
      if (el.type === 'checkbox') value = el.checked;
      else if (el.type === 'number' && value !== '' && isFinite(value)) value = Number(value);
      else value = String(value).replace(/\u0000/g, '');
      if (el.name !== '_hp' || value) data[el.name] = value;
    }
    if (status) status.textContent = '';
    if (button) button.disabled = true;
    post(makeEvent('form_submission', componentId, { form_data: data }), 0).then(function (response) {
      done(response.ok);
    }, function () {
      done(false);
    });
  });
})();`;

/** The script as the page carries it (and as its CSP hash is computed): no indentation, no comment lines. */
export const PAGE_SCRIPT = SOURCE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//'))
  .join('\n');
