import { Liquid } from 'liquidjs';
import {
  checkEmailTemplate,
  EmailTemplateEngine,
  EmailTemplateError,
  htmlToPlainText,
  MAX_SUBJECT_LENGTH,
  singleLineSubject,
  type EmailContent,
  type EmailMergeData,
} from './email-template-engine';

function mergeData(overrides: Partial<EmailMergeData['contact']> = {}, data?: Record<string, unknown>): EmailMergeData {
  return {
    contact: {
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      first_name: 'Ada',
      last_name: 'Lovelace',
      phone: null,
      tags: ['vip', 'speaker'],
      lead_score: 73,
      custom_fields: { company: 'Analytical Engines Ltd', seats: 12 },
      ...overrides,
    },
    workspace: { name: 'Byron & Co', postal_address: '1 Main St, London' },
    data,
  };
}

describe('EmailTemplateEngine.render', () => {
  const engine = new EmailTemplateEngine();

  it('personalises subject, HTML and text with contact fields, custom fields, workspace and workflow data', () => {
    const rendered = engine.render(
      {
        subject: 'Hello {{ contact.first_name }} from {{ workspace.name }}',
        html: '<p>{{ contact.custom_fields.company }} has {{ contact.custom_fields.seats }} seats ({{ contact.tags | join: ", " }})</p><p>{{ data.booking_date }}</p>',
        text: 'Score {{ contact.lead_score }} for {{ contact.email }} at {{ workspace.name }} on {{ data.booking_date }}',
      },
      mergeData({}, { booking_date: 'Friday 3 May' }),
    );
    expect(rendered.subject).toBe('Hello Ada from Byron & Co');
    expect(rendered.html).toBe('<p>Analytical Engines Ltd has 12 seats (vip, speaker)</p><p>Friday 3 May</p>');
    expect(rendered.text).toBe('Score 73 for ada@example.com at Byron & Co on Friday 3 May');
  });

  it('renders missing values as empty and honours defaults', () => {
    const rendered = engine.render(
      {
        subject: 'Hi {{ contact.first_name | default: "there" }}',
        html: '<p>[{{ contact.custom_fields.missing }}][{{ data.nothing.deeper }}][{{ contact.phone }}]</p>',
        text: 'Hi {{ contact.first_name | default: "there" }}, {{ contact.custom_fields.company | default: "your team" }}',
      },
      mergeData({ first_name: null, custom_fields: {} }),
    );
    expect(rendered.subject).toBe('Hi there');
    expect(rendered.html).toBe('<p>[][][]</p>');
    expect(rendered.text).toBe('Hi there, your team');
  });

  it('treats an empty string like a missing value for defaults and conditions', () => {
    const rendered = engine.render(
      {
        subject: 'Welcome{% if contact.first_name %}, {{ contact.first_name }}{% endif %}!',
        html: '{{ contact.first_name | default: "there" }}',
      },
      mergeData({ first_name: '' }),
    );
    expect(rendered.subject).toBe('Welcome!');
    expect(rendered.html).toBe('there');
  });

  it('never exposes prototypes to templates', () => {
    const rendered = engine.render(
      { subject: 's', html: '[{{ contact.constructor }}][{{ contact.__proto__ }}][{{ contact.tags.constructor }}]' },
      mergeData(),
    );
    expect(rendered.html).toBe('[][][]');
  });

  it('escapes merge values in the HTML but not in the subject or the text', () => {
    const name = '<script>alert("x")</script> & Co';
    const rendered = engine.render(
      {
        subject: 'For {{ contact.first_name }}',
        html: '<p title="{{ contact.first_name }}">{{ contact.first_name }}</p>',
        text: 'For {{ contact.first_name }}',
      },
      mergeData({ first_name: name }),
    );
    expect(rendered.html).toBe(
      '<p title="&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co</p>',
    );
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.subject).toBe(`For ${name}`);
    expect(rendered.text).toBe(`For ${name}`);
  });

  it('does not double-escape when the text is generated from the escaped HTML', () => {
    const rendered = engine.render(
      { subject: 's', html: '<p>Hello {{ contact.first_name }}</p>' },
      mergeData({ first_name: '<b>Tom & Jerry</b>' }),
    );
    expect(rendered.html).toContain('&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;');
    expect(rendered.text).toBe('Hello <b>Tom & Jerry</b>');
  });

  it('lets `| raw` through for markup the author means, as on published pages', () => {
    const rendered = engine.render(
      { subject: 's', html: '{{ data.snippet | raw }}' },
      mergeData({}, { snippet: '<strong>ok</strong>' }),
    );
    expect(rendered.html).toBe('<strong>ok</strong>');
  });

  it('makes header injection through the subject impossible', () => {
    const rendered = engine.render(
      { subject: '  Hi {{ contact.first_name }}\t!\r\n', html: 'x' },
      mergeData({ first_name: 'Ada\r\nBcc: victim@example.com\n\nbody\u2028more\u0000' }),
    );
    expect(rendered.subject).toBe('Hi Ada Bcc: victim@example.com body more !');
    expect(rendered.subject).not.toMatch(/[\r\n\t\u2028\u0000]/);
  });

  it('caps the subject at 998 characters', () => {
    const rendered = engine.render(
      { subject: '{{ data.long }}', html: 'x' },
      mergeData({}, { long: 'a'.repeat(5000) }),
    );
    expect(rendered.subject).toHaveLength(MAX_SUBJECT_LENGTH);
  });

  it('generates the text from the HTML when there is none, keeping links and dropping images', () => {
    const content: EmailContent = {
      subject: 's',
      html: `<!DOCTYPE html><html><head><title>Ignored</title><style>p { color: red }</style></head><body>
        <div class="preheader" style="display:none;max-height:0">Hidden preview line</div>
        <table role="presentation"><tr><td>{{ workspace.name }}</td></tr><tr><td>
          <h1>Welcome, {{ contact.first_name }}</h1>
          <p>Read <a href="https://example.com/guide?a=1&amp;b=2">our guide</a> or write to <a href="mailto:help@example.com">help@example.com</a>.</p>
          <p><img src="https://example.com/logo.png" alt="Logo" /> ${'word '.repeat(40)}</p>
        </td></tr></table>
      </body></html>`,
    };
    for (const text of [undefined, null, '', '   ']) {
      const rendered = engine.render({ ...content, text }, mergeData());
      expect(rendered.text).toContain('Byron & Co');
      expect(rendered.text).toContain('Welcome, Ada');
      expect(rendered.text).toContain('our guide [https://example.com/guide?a=1&b=2]');
      expect(rendered.text).toContain('help@example.com');
      expect(rendered.text).not.toContain('Logo');
      expect(rendered.text).not.toContain('logo.png');
      expect(rendered.text).not.toContain('Hidden preview line');
      expect(rendered.text).not.toContain('Ignored');
      expect(rendered.text).not.toContain('color: red');
      for (const line of rendered.text.split('\n')) expect(line.length).toBeLessThanOrEqual(78);
    }
  });

  it('turns layout tables into one line per row, without runs of blank lines', () => {
    const rendered = engine.render(
      {
        subject: 's',
        html: `<table><tr><td>{{ workspace.name }}</td></tr><tr><td></td></tr><tr><td>&nbsp;</td></tr><tr><td></td></tr>
          <tr><td><table><tr><td>Date</td><td>{{ data.date }}</td></tr><tr><td>Time</td><td>10:30</td></tr></table></td></tr></table>`,
      },
      mergeData({}, { date: 'Friday 3 May' }),
    );
    expect(rendered.text).toBe('Byron & Co\n\nDate Friday 3 May\nTime 10:30');
  });

  it('keeps a written text as written, apart from the blank lines Liquid tags leave behind', () => {
    const rendered = engine.render(
      { subject: 's', html: 'x', text: 'Hi,\r\n{% if data.a %}\n\n{% endif %}\n\n\nBye\n-- \nSig' },
      mergeData(),
    );
    expect(rendered.text).toBe('Hi,\n\nBye\n-- \nSig');
  });

  it('generates the text when the text template renders to nothing', () => {
    const rendered = engine.render(
      { subject: 's', html: '<p>From the HTML</p>', text: '{% if data.never %}never{% endif %}' },
      mergeData(),
    );
    expect(rendered.text).toBe('From the HTML');
  });

  it('offers safe_url so merge data cannot put javascript: into an href', () => {
    const content = { subject: 's', html: '<a href="{{ data.url | safe_url }}">x</a>' };
    expect(engine.render(content, mergeData({}, { url: 'javascript:alert(1)' })).html).toBe('<a href="">x</a>');
    expect(engine.render(content, mergeData({}, { url: 'https://example.com/?a=1&b=2' })).html).toBe(
      '<a href="https://example.com/?a=1&amp;b=2">x</a>',
    );
  });

  it('throws an EmailTemplateError naming the field when a template does not parse', () => {
    let thrown: unknown;
    try {
      engine.render({ subject: 'Hi {{ contact.name', html: '<p>{% if x %}</p>' }, mergeData());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EmailTemplateError);
    expect((thrown as EmailTemplateError).issues.map((issue) => issue.field)).toEqual(['subject', 'html']);
  });

  it('throws an EmailTemplateError naming the field when rendering fails', () => {
    expect(() =>
      engine.render({ subject: 's', html: '{% for i in (1..100000000) %}x{% endfor %}' }, mergeData()),
    ).toThrow(EmailTemplateError);
  });
});

describe('EmailTemplateEngine cache', () => {
  afterEach(() => jest.restoreAllMocks());

  it('parses a template once and reuses the parsed form for every recipient', () => {
    const engine = new EmailTemplateEngine();
    const parse = jest.spyOn(Liquid.prototype, 'parse');
    const content: EmailContent = {
      subject: 'Hi {{ contact.first_name }}',
      html: '<p>{{ contact.email }}</p>',
      text: 'T',
    };

    const first = engine.compile(content);
    // A different object with the same sources hits the cache as well: the key is the content's hash.
    const second = engine.compile({ ...content });
    expect(second.subject).toBe(first.subject);
    expect(second.html).toBe(first.html);
    expect(second.text).toBe(first.text);

    for (let i = 0; i < 500; i++) {
      const rendered = engine.render(content, mergeData({ first_name: `Reader ${i}`, email: `r${i}@example.com` }));
      expect(rendered.subject).toBe(`Hi Reader ${i}`);
    }
    expect(parse).toHaveBeenCalledTimes(3);
    expect(engine.cachedSources).toBe(3);
  });

  it('keys the subject/text and HTML engines apart (escaping is decided when parsing)', () => {
    const engine = new EmailTemplateEngine();
    const rendered = engine.render(
      { subject: '{{ contact.first_name }}', html: '{{ contact.first_name }}', text: '{{ contact.first_name }}' },
      mergeData({ first_name: 'A&B' }),
    );
    expect(rendered).toEqual({ subject: 'A&B', html: 'A&amp;B', text: 'A&B' });
  });

  it('evicts the least recently used sources beyond its size', () => {
    const engine = new EmailTemplateEngine({ cacheSize: 2 });
    const parse = jest.spyOn(Liquid.prototype, 'parse');
    const a = engine.compile({ subject: 'same', html: 'a' }).html;
    engine.compile({ subject: 'same', html: 'b' });
    // 'a' is evicted by now (the cache holds the subject and 'b'), so it is parsed again.
    expect(engine.compile({ subject: 'same', html: 'a' }).html).not.toBe(a);
    expect(engine.cachedSources).toBe(2);
    expect(parse).toHaveBeenCalledTimes(4);
  });

  it('applies each field its own maximum length, although subject and text share cache entries', () => {
    const engine = new EmailTemplateEngine();
    const long = 'x'.repeat(3000);
    expect(() => engine.render({ subject: long, html: 'x' }, mergeData())).toThrow(/at most 2000 characters/);
    expect(engine.render({ subject: 's', html: 'x', text: long }, mergeData()).text).toBe(long);
  });

  it('caches a parse failure too, so a broken template is parsed once for a whole segment', () => {
    const engine = new EmailTemplateEngine();
    const parse = jest.spyOn(Liquid.prototype, 'parse');
    for (let i = 0; i < 10; i++) {
      expect(() => engine.render({ subject: 's', html: '{% if %}' }, mergeData())).toThrow(EmailTemplateError);
    }
    expect(parse).toHaveBeenCalledTimes(2);
  });
});

describe('checkEmailTemplate', () => {
  it('answers an empty list for a valid template', () => {
    expect(
      checkEmailTemplate({
        subject: 'Hi {{ contact.first_name | default: "there" }}',
        html: '<p>{% if contact.custom_fields.company %}{{ contact.custom_fields.company | upcase }}{% endif %}</p>',
        text: null,
      }),
    ).toEqual([]);
  });

  it('names the field and says where a parse error is, in words', () => {
    const issues = checkEmailTemplate({
      subject: 'ok',
      html: '<p>Hello</p>\n<p>{% if contact.name %}{{ contact.name }}</p>',
      text: 'Hi {{ contact.name',
    });
    expect(issues).toEqual([
      { field: 'html', constraints: ['line 2, column 4: {% if contact.name %} is never closed'] },
      { field: 'text', constraints: ['line 1, column 4: "{{ contact.name" is never closed (a "}}" is missing)'] },
    ]);
  });

  it('refuses unknown filters', () => {
    expect(checkEmailTemplate({ subject: 'Hi {{ contact.name | shout }}', html: 'x' })).toEqual([
      { field: 'subject', constraints: ['line 1, column 4: unknown filter "shout"'] },
    ]);
  });

  it('refuses unknown tags', () => {
    expect(checkEmailTemplate({ subject: 's', html: '{% exec "ls" %}' })).toEqual([
      { field: 'html', constraints: ['line 1, column 1: unknown tag "exec"'] },
    ]);
  });

  it.each(['{% include "secrets" %}', '{% render "/etc/passwd" %}', '{% layout "base" %}'])(
    'refuses tags that could read files: %s',
    (tag) => {
      const issues = checkEmailTemplate({ subject: 's', html: `<p>a</p>\n  ${tag}` });
      expect(issues).toHaveLength(1);
      expect(issues[0].field).toBe('html');
      expect(issues[0].constraints[0]).toMatch(
        /^line 2, column 3: the \{% (include|render|layout) %\} tag cannot be used/,
      );
    },
  );

  it('catches errors that only show when rendering, by a dry run with a sample contact', () => {
    expect(checkEmailTemplate({ subject: 's', html: '{{ "a" | append }}' })).toEqual([
      { field: 'html', constraints: ['line 1, column 1: append expect 2 arguments'] },
    ]);
    const [issue] = checkEmailTemplate({ subject: 's', html: 'x', text: '{% for i in (1..1000000000) %}{% endfor %}' });
    expect(issue.field).toBe('text');
    expect(issue.constraints[0]).toMatch(/too much output/);
  });

  it('refuses an empty subject or HTML, values that are not strings and oversized sources', () => {
    expect(checkEmailTemplate({ subject: '  ', html: '' })).toEqual([
      { field: 'subject', constraints: ['subject must not be empty'] },
      { field: 'html', constraints: ['html must not be empty'] },
    ]);
    expect(checkEmailTemplate({ subject: 's', html: 'x', text: 42 as unknown as string })).toEqual([
      { field: 'text', constraints: ['text must be a string'] },
    ]);
    expect(checkEmailTemplate({ subject: 'x'.repeat(2001), html: 'x' })).toEqual([
      { field: 'subject', constraints: ['subject must be at most 2000 characters'] },
    ]);
  });
});

describe('singleLineSubject', () => {
  it('collapses every line break and control character into one space', () => {
    expect(singleLineSubject('a\r\nb\rc\nd\te\u0085f\u2028g\u2029h\u000bi\u001fj')).toBe('a b c d e f g h i j');
  });

  it('never cuts an emoji in half when truncating', () => {
    const subject = singleLineSubject(`${'a'.repeat(MAX_SUBJECT_LENGTH - 1)}😀`);
    expect(subject).toBe('a'.repeat(MAX_SUBJECT_LENGTH - 1));
  });
});

describe('htmlToPlainText', () => {
  it('keeps a link whose text is its URL once', () => {
    expect(htmlToPlainText('<a href="https://example.com">https://example.com</a>')).toBe('https://example.com');
  });
});
