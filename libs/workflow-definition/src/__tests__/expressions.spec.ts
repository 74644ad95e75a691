import {
  ExpressionError,
  evaluateNodeConfig,
  evaluateValue,
  expressionProblem,
  isWholeExpression,
  type ExpressionContext,
} from '../expressions';
import { nodeType } from '../node-catalogue';

const context = {
  trigger: { form_data: { email: 'ada@example.com', name: 'Ada', party_size: '12', tags: ['a', 'b'] } },
  steps: { create_contact: { output: { contact: { id: 'c-1' }, created: true } } },
  execution: { id: 'e-1', started_at: '2027-01-01T00:00:00.000Z' },
};

describe('workflow expressions (JSONata)', () => {
  it('keeps the type of a value that is one expression, and writes embedded ones into text', async () => {
    expect(await evaluateValue('{{ trigger.form_data.email }}', context)).toBe('ada@example.com');
    expect(await evaluateValue('{{ $number(trigger.form_data.party_size) }}', context)).toBe(12);
    expect(await evaluateValue('{{ trigger.form_data.tags }}', context)).toEqual(['a', 'b']);
    expect(await evaluateValue('{{ steps.create_contact.output }}', context)).toEqual({
      contact: { id: 'c-1' },
      created: true,
    });
    expect(
      await evaluateValue(
        'Hello {{ trigger.form_data.name }}, you are {{ steps.create_contact.output.contact.id }}',
        context,
      ),
    ).toBe('Hello Ada, you are c-1');
    expect(await evaluateValue('Missing: [{{ trigger.nothing }}]', context)).toBe('Missing: []');
    expect(await evaluateValue({ to: '{{ trigger.form_data.email }}', n: 3, list: ['{{ 1 + 1 }}'] }, context)).toEqual({
      to: 'ada@example.com',
      n: 3,
      list: [2],
    });
    expect(isWholeExpression('  {{ a }} ')).toBe(true);
    expect(isWholeExpression('{{ a }} and {{ b }}')).toBe(false);
  });

  it('names the expression that fails, and why', async () => {
    expect(expressionProblem('trigger.(')).toMatch(/does not parse/);
    await expect(evaluateValue('{{ $number("x") + }}', context)).rejects.toBeInstanceOf(ExpressionError);
    const failure = await evaluateValue('{{ $undefinedFunction(1) }}', context).catch((e: ExpressionError) => e);
    expect(failure).toBeInstanceOf(ExpressionError);
    expect((failure as ExpressionError).expression).toBe(' $undefinedFunction(1) ');
    expect((failure as ExpressionError).message).toContain('{{ $undefinedFunction(1) }}');
  });

  it('can never reach process, require, a constructor or a prototype', async () => {
    for (const probe of [
      'process',
      '$process',
      'require',
      '$require("fs")',
      'trigger.constructor',
      'trigger.__proto__',
      'trigger.form_data.tags.constructor',
      'trigger.constructor.constructor("return process")()',
      '$lookup(trigger, "constructor")',
      '$string.constructor',
      '"x".constructor',
      'global',
      'globalThis',
      '$merge([{"__proto__": {"polluted": true}}]).polluted',
    ]) {
      const result = await evaluateValue(`{{ ${probe} }}`, context).catch((e: Error) => e);
      if (result instanceof Error) expect(result).toBeInstanceOf(ExpressionError);
      else expect(result).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('offers neither $eval nor regular expressions (a pattern can backtrack past any timeout)', () => {
    expect(expressionProblem('$eval("1 + 1")')).toMatch(/\$eval is not available/);
    expect(expressionProblem('($e := $eval; $e("1"))')).toMatch(/\$eval is not available/);
    expect(expressionProblem('$match(trigger.form_data.email, /(a+)+$/)')).toMatch(/regular expressions/);
  });

  it('stops a runaway expression with an error instead of stalling', async () => {
    const started = Date.now();
    await expect(evaluateValue('{{ ($f := function($n) { $f($n + 1) }; $f(0)) }}', context)).rejects.toBeInstanceOf(
      ExpressionError,
    );
    await expect(evaluateValue('{{ $count([1..100000000]) }}', context)).rejects.toBeInstanceOf(ExpressionError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('values inserted into templates rendered downstream', () => {
  const visitor = { form_data: { name: 'Eve <script>x</script>', message: '{{ 7 * 7 }} {% if true %}hi{% endif %}' } };
  const ctx: ExpressionContext = { trigger: visitor, steps: {} };

  it("escapes a visitor's answers in an email's HTML, subject and text, so they are shown, never run", async () => {
    const config = await evaluateNodeConfig(
      {
        subject: 'New lead: {{ trigger.form_data.name }}',
        html: '<p>{{ trigger.form_data.name }} wrote: {{ trigger.form_data.message }}</p>',
        text: '{{ trigger.form_data.message }}',
        to: '{{ trigger.form_data.name }}',
      },
      nodeType('send_email')!.config,
      ctx,
    );
    expect(config.html).toBe(
      '<p>Eve &lt;script&gt;x&lt;/script&gt; wrote: &#123;&#123; 7 * 7 &#125;&#125; &#123;% if true %&#125;hi&#123;% endif %&#125;</p>',
    );
    expect(config.subject).toBe('New lead: Eve <script>x</script>');
    expect(config.text).not.toMatch(/\{\{|\{%/);
    expect(String(config.text).replace(/\u2060/g, '')).toBe(visitor.form_data.message);
    // Two values cannot join into a tag either.
    const joined = await evaluateNodeConfig(
      { subject: '{{ trigger.a }}{{ trigger.b }}' },
      nodeType('send_email')!.config,
      { trigger: { a: '{', b: '{ contact.email }}' }, steps: {} },
    );
    expect(joined.subject).not.toMatch(/\{\{|\}\}|\{%/);
    // A field that is not a template is left as the expression gave it.
    expect(config.to).toBe('Eve <script>x</script>');
  });
});
