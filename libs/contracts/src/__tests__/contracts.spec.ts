import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  EVENT_NAME_PATTERN,
  allCommandContracts,
  allEventContracts,
  defineCommand,
  defineEvent,
  renderContractCatalog,
  validateContract,
  ProbeEmittedV1,
  SERVICE_NAMES,
} from '..';

describe('contracts registry', () => {
  it('names every event <service>.<entity>.<event>.v<N> after its producer', () => {
    expect(allEventContracts().length).toBeGreaterThan(0);
    for (const e of allEventContracts()) {
      expect(e.name).toMatch(EVENT_NAME_PATTERN);
      expect(SERVICE_NAMES).toContain(e.name.split('.')[0]);
      expect(e.name.startsWith(`${e.producer}.`)).toBe(true);
    }
    for (const c of allCommandContracts()) expect(c.name.startsWith(`${c.service}.`)).toBe(true);
  });

  it('refuses badly named, unversioned, foreign or duplicate contracts', () => {
    expect(() =>
      defineEvent({ name: 'crm.contact.created', producer: 'crm', payload: ProbeEmittedV1, description: 'no version' }),
    ).toThrow(/v<N>/);
    expect(() =>
      defineEvent({
        name: 'crm.contact.created.v1',
        producer: 'ai',
        payload: ProbeEmittedV1,
        description: 'wrong producer',
      }),
    ).toThrow(/producer/);
    expect(() =>
      defineEvent({ name: 'crm.probe.emitted.v1', producer: 'crm', payload: ProbeEmittedV1, description: 'again' }),
    ).toThrow(/twice/);
    const command = {
      service: 'crm',
      request: ProbeEmittedV1,
      reply: 'none',
      scope: 'platform',
      mutation: false,
      description: 'x',
    } as const;
    expect(() => defineCommand({ ...command, name: 'crm.ping' })).toThrow(/<service>.<entity>.<verb>/);
    expect(() => defineCommand({ ...command, name: 'ai.thing.do' })).toThrow(/its service/);
    expect(() => defineCommand({ ...command, name: 'crm.probe.emit' })).toThrow(/twice/);
  });

  it('validates payloads: strips unknown fields for events, reports every problem', async () => {
    const ok = await validateContract(ProbeEmittedV1, {
      probe_id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
      emitted_by: 'crm',
      added_later: 1,
    });
    expect(ok).toEqual({ ok: true, value: expect.objectContaining({ emitted_by: 'crm' }) });
    expect((ok as { value: object }).value).not.toHaveProperty('added_later');

    const bad = await validateContract(ProbeEmittedV1, { probe_id: 'nope', emitted_by: 'mars' });
    expect(bad.ok).toBe(false);
    expect((bad as { problems: { field: string }[] }).problems.map((p) => p.field).sort()).toEqual([
      'emitted_by',
      'probe_id',
    ]);

    expect((await validateContract(ProbeEmittedV1, 'a string')).ok).toBe(false);
    expect((await validateContract(ProbeEmittedV1, [1, 2])).ok).toBe(false);
    const strict = await validateContract(
      ProbeEmittedV1,
      { probe_id: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', emitted_by: 'crm', extra: 1 },
      true,
    );
    expect(strict.ok).toBe(false);
  });

  it('is documented: docs/architecture.md carries the current catalog', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../../docs/architecture.md'), 'utf8');
    const start = '<!-- contract-catalog:start -->';
    const end = '<!-- contract-catalog:end -->';
    const embedded = doc.slice(doc.indexOf(start) + start.length, doc.indexOf(end)).trim();
    // On failure: run `npm run catalog` to regenerate the section from libs/contracts.
    expect(embedded).toBe(renderContractCatalog().trim());
  });
});
