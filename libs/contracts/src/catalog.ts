import { allCommandContracts, allEventContracts } from './registry';

/**
 * Renders the event and command catalog as Markdown. docs/architecture.md embeds this text between markers, and a
 * test fails when the two differ, so the documented catalog cannot go stale.
 */
export function renderContractCatalog(): string {
  const events = allEventContracts()
    .map((e) => `| \`${e.name}\` | ${e.producer} | \`${e.payload.name}\` | ${e.description} |`)
    .join('\n');
  const commands = allCommandContracts()
    .map((c) => `| \`${c.name}\` | ${c.service} | \`${c.request.name}\` | ${c.description} |`)
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
    '| command | handled by | request class | meaning |',
    '|---|---|---|---|',
    commands,
  ].join('\n');
}
