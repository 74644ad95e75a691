import { topicMatches, topologyNames } from '../topology';

describe('topology', () => {
  it('matches AMQP topic patterns like the broker does', () => {
    expect(topicMatches('crm.contact.created.v1', 'crm.contact.created.v1')).toBe(true);
    expect(topicMatches('*.probe.emitted.v1', 'crm.probe.emitted.v1')).toBe(true);
    expect(topicMatches('*.probe.emitted.v1', 'workflow-engine.probe.emitted.v1')).toBe(true);
    expect(topicMatches('*.probe.emitted.v1', 'crm.probe.emitted.v2')).toBe(false);
    expect(topicMatches('crm.#', 'crm.contact.created.v1')).toBe(true);
    expect(topicMatches('crm.#', 'crm')).toBe(true);
    expect(topicMatches('#', 'anything.at.all')).toBe(true);
    expect(topicMatches('crm.*', 'crm.contact.created')).toBe(false);
    expect(topicMatches('#.v1', 'crm.contact.created.v1')).toBe(true);
  });

  it('derives every name from the prefix, so namespaces never collide', () => {
    const a = topologyNames('mab', 'crm');
    expect(a).toMatchObject({
      eventsExchange: 'mab.events',
      commandsExchange: 'mab.commands',
      eventsQueue: 'mab.crm.events',
      commandsQueue: 'mab.crm.commands',
      deadLetterQueue: 'mab.crm.dead-letters',
    });
    expect(a.retryQueue(5000)).toBe('mab.crm.retry.5000ms');
    expect(topologyNames('t-1', 'crm').eventsQueue).toBe('t-1.crm.events');
  });
});
