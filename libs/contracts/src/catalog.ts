import { allCommandContracts, allEventContracts, allSubscriptions } from './registry';
import { topicPatternMatches } from './topic-pattern';

/**
 * Renders the event and command catalog as Markdown. docs/architecture.md embeds this text between markers, and a
 * test fails when the two differ, so the documented catalog cannot go stale.
 */
export function renderContractCatalog(): string {
  const events = allEventContracts()
    .map((e) => `| \`${e.name}\` | ${e.producer} | \`${e.payload.name}\` | ${e.description} |`)
    .join('\n');
  const commands = allCommandContracts()
    .map((c) => {
      const reply = c.reply === 'none' ? '(none)' : `\`${c.reply.name}\``;
      const traits = [c.scope === 'workspace' ? 'workspace' : 'platform', c.mutation ? 'changes state' : 'read'].join(
        ', ',
      );
      return `| \`${c.name}\` | ${c.service} | \`${c.request.name}\` | ${reply} | ${traits} | ${c.description} |`;
    })
    .join('\n');
  const subscriptions = allSubscriptions()
    .map((s) => {
      const matched = allEventContracts()
        .filter((e) => topicPatternMatches(s.pattern, e.name))
        .map((e) => `\`${e.name}\``);
      return `| ${s.service} | \`${s.pattern}\` | ${matched.join(', ') || '(none yet)'} | ${s.description} |`;
    })
    .join('\n');
  return [
    '### Events (topic exchange `<prefix>.events`, routing key = event name)',
    '',
    '| event | producer | payload class | meaning |',
    '|---|---|---|---|',
    events,
    '',
    '### Commands (request/reply, exchange `<prefix>.commands`, routing key = command name)',
    '',
    '| command | handled by | request class | reply class | scope, effect | meaning |',
    '|---|---|---|---|---|---|',
    commands,
    '',
    '### Subscriptions (who consumes what; queue `<prefix>.<service>.events`)',
    '',
    '| consumer | pattern | events it matches today | why |',
    '|---|---|---|---|',
    subscriptions,
  ].join('\n');
}
