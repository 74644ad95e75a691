import { Inject, Injectable } from '@nestjs/common';
import { nodeType, secretFields, type WorkflowGraph } from '@mab/workflow-definition';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ENGINE_ENV } from '../workflow-engine.config';
import type { WorkflowEngineEnv } from '../workflow-engine.env';

/** A version's secrets: node id → field path (`config.auth.token`) → value. */
export type NodeSecrets = Record<string, Record<string, unknown>>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function read(config: Record<string, unknown>, path: string): unknown {
  let value: unknown = config;
  for (const key of path.split('.').slice(1)) value = isObject(value) ? value[key] : undefined;
  return value;
}

function write(config: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.').slice(1);
  let target = config;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(target[key])) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys.at(-1)!] = value;
}

function remove(config: Record<string, unknown>, path: string): void {
  const keys = path.split('.').slice(1);
  let target: unknown = config;
  for (const key of keys.slice(0, -1)) target = isObject(target) ? target[key] : undefined;
  if (isObject(target)) delete target[keys.at(-1)!];
}

/**
 * Secrets of workflow nodes (fields the catalogue marks secret: webhook secrets, HTTP credentials, chat webhook
 * URLs) never sit in a graph that is stored in clear, returned, exported or logged: they are split out when a
 * version is saved, sealed with AES-256-GCM under WORKFLOW_SECRETS_KEY, and put back only when a step runs.
 */
@Injectable()
export class WorkflowSecrets {
  private readonly key: Buffer;

  constructor(@Inject(ENGINE_ENV) env: WorkflowEngineEnv) {
    this.key = createHash('sha256').update(env.WORKFLOW_SECRETS_KEY).digest();
  }

  /** The graph without its secrets (a copy), and the secrets. */
  split(graph: WorkflowGraph): { graph: WorkflowGraph; secrets: NodeSecrets } {
    const copy = structuredClone(graph);
    const secrets: NodeSecrets = {};
    for (const node of copy.nodes) {
      const type = nodeType(node.type);
      if (!type || !isObject(node.config)) continue;
      for (const path of secretFields(type.config, node.config)) {
        const value = read(node.config, path);
        if (value === undefined || value === null || value === '') continue;
        (secrets[node.id] ??= {})[path] = value;
        remove(node.config, path);
      }
    }
    return { graph: copy, secrets };
  }

  /**
   * A secret the new definition leaves out is kept from the previous version when its node is still there with the
   * same type: an editor that never sees secrets can save a workflow without wiping them.
   */
  carryOver(next: WorkflowGraph, fresh: NodeSecrets, previous: { graph: WorkflowGraph; secrets: NodeSecrets } | null) {
    if (!previous) return fresh;
    const merged: NodeSecrets = structuredClone(fresh);
    for (const node of next.nodes) {
      const before = previous.graph.nodes.find((n) => n.id === node.id);
      const kept = previous.secrets[node.id];
      if (!before || before.type !== node.type || !kept) continue;
      for (const [path, value] of Object.entries(kept)) {
        if (merged[node.id]?.[path] === undefined) (merged[node.id] ??= {})[path] = value;
      }
    }
    return merged;
  }

  /** The graph with its secrets back in (for running it). */
  join(graph: WorkflowGraph, secrets: NodeSecrets): WorkflowGraph {
    const copy = structuredClone(graph);
    for (const node of copy.nodes) {
      for (const [path, value] of Object.entries(secrets[node.id] ?? {})) write(node.config, path, value);
    }
    return copy;
  }

  /** `node.config.field` for every secret that is set, for views ("set, not shown"). */
  listed(secrets: NodeSecrets): string[] {
    return Object.entries(secrets).flatMap(([node, fields]) => Object.keys(fields).map((path) => `${node}.${path}`));
  }

  seal(secrets: NodeSecrets): string | null {
    if (!Object.keys(secrets).length) return null;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
      '.',
    );
  }

  open(sealed: string | null): NodeSecrets {
    if (!sealed) return {};
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1') throw new Error(`workflow secrets sealed as ${version}: unknown format`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const text = Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    return JSON.parse(text) as NodeSecrets;
  }
}
