/**
 * A type-level test: `npm test` compiles this file in its type-check step (tsc -p tsconfig.spec.json) and never
 * runs it. Each `@ts-expect-error` line must fail to compile, or the directive itself is an error: so this file
 * proves that a handler whose payload, reply or context does not match its contract, a request with the wrong
 * payload, and a workspace query without a workspace are compile errors, not runtime surprises.
 */
import { defineCommand, Text, Uuid } from '@mab/contracts';
import { WorkspaceRepository, type WorkspaceOwned } from '@mab/persistence';
import type { EntityManager } from 'typeorm';
import { OnCommand, type CommandContext } from '../handler.decorators';
import type { ServiceClient } from '../service-client';

class RenameThing {
  @Uuid() thing_id: string;
  @Text({ max: 50 }) name: string;
}

class GetThing {
  @Uuid() thing_id: string;
}

class ThingView {
  id: string;
  name: string;
}

class OtherView {
  count: number;
}

const RENAME_THING = defineCommand({
  name: 'crm.type-test.rename',
  service: 'crm',
  request: RenameThing,
  reply: ThingView,
  scope: 'workspace',
  mutation: true,
  description: 'type test',
});

const GET_THING = defineCommand({
  name: 'crm.type-test.get',
  service: 'crm',
  request: GetThing,
  reply: ThingView,
  scope: 'platform',
  mutation: false,
  description: 'type test',
});

class ThingEntity implements WorkspaceOwned {
  id: string;
  workspaceId: string;
  name: string;
}

class NotOwned {
  id: string;
}

export class TypedHandlers {
  // Matching payload, context and reply: compiles, and the context is as precise as the contract.
  @OnCommand(RENAME_THING)
  async rename(request: RenameThing, ctx: CommandContext<typeof RENAME_THING>): Promise<ThingView> {
    const manager: EntityManager = ctx.manager; // a mutation always has its transaction
    const workspaceId: string = ctx.workspaceId; // a workspace command always has its workspace
    const things = WorkspaceRepository.of(manager, ThingEntity, workspaceId);
    await things.update({ id: request.thing_id }, { name: request.name });
    return { id: request.thing_id, name: request.name };
  }

  // @ts-expect-error the payload is another contract's request
  @OnCommand(RENAME_THING)
  async wrongPayload(request: OtherView): Promise<ThingView> {
    return { id: String(request.count), name: '' };
  }

  // @ts-expect-error the reply is not the contract's reply
  @OnCommand(GET_THING)
  async wrongReply(request: GetThing): Promise<OtherView> {
    return { count: request.thing_id.length };
  }

  // @ts-expect-error a read-only command has no transaction, so a handler cannot demand one
  @OnCommand(GET_THING)
  async demandsTransaction(request: GetThing, ctx: { manager: EntityManager }): Promise<ThingView> {
    await ctx.manager.query('SELECT 1');
    return { id: request.thing_id, name: '' };
  }

  @OnCommand(GET_THING)
  async platformCommand(request: GetThing, ctx: CommandContext<typeof GET_THING>): Promise<ThingView> {
    // @ts-expect-error a platform command may come without a workspace: its id can be null
    const workspaceId: string = ctx.workspaceId;
    // @ts-expect-error …so a workspace repository cannot be made from it without deciding what null means
    WorkspaceRepository.of(ctx.manager!, ThingEntity, ctx.workspaceId);
    return { id: request.thing_id, name: workspaceId };
  }
}

export async function typedClient(client: ServiceClient, manager: EntityManager): Promise<void> {
  const reply: ThingView = await client.request(GET_THING, { thing_id: 'a' });
  void reply;
  // @ts-expect-error the payload is missing a field of the request
  await client.request(RENAME_THING, { thing_id: 'a' });
  // @ts-expect-error the reply is typed by the contract
  const wrong: OtherView = await client.request(GET_THING, { thing_id: 'a' });
  void wrong;

  const things = WorkspaceRepository.of(manager, ThingEntity, 'workspace-id');
  await things.find({ where: { name: 'x' } });
  // @ts-expect-error no query without a workspace: the repository needs one
  WorkspaceRepository.of(manager, ThingEntity, null);
  // @ts-expect-error …and a caller cannot point a scoped query at another workspace
  await things.find({ where: { workspaceId: 'another-workspace' } });
  // @ts-expect-error …nor move a row to another one
  await things.update({ id: 'a' }, { workspaceId: 'another-workspace' });
  // @ts-expect-error the scoped query builder offers no where() that would replace the workspace condition
  things.queryBuilder('t').where('t.name = :n', { n: 'x' });
  // @ts-expect-error only rows that belong to a workspace have a workspace repository
  WorkspaceRepository.of(manager, NotOwned, 'workspace-id');
}
