/**
 * Checks the deployment files (docker/, k8s/, .dockerignore) against the code, without Docker or a cluster: every
 * YAML file parses, every kustomization resolves (a small in-process renderer of the kustomize features the overlays
 * use), every workload probes, exposes and configures the port its env class listens on, every variable set anywhere
 * is one the services read (typos fail here, not in a crash loop), and the resulting environment of each pod passes
 * the very validation the service runs at boot.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { parseAllDocuments } from 'yaml';
import { ServiceEnv, validateEnv } from '@mab/config';

/** A manifest: free-form JSON walked by path. */
type Obj = Record<string, any>;

const ROOT = resolve(__dirname, '../..');
const K8S = join(ROOT, 'k8s');
const BASE = join(K8S, 'base');
const OVERLAYS = ['dev', 'prod'] as const;
const COMPOSE_FILE = join(ROOT, 'docker', 'docker-compose.yml');
const DOCKERFILE = join(ROOT, 'docker', 'Dockerfile');

const APP_NAMES = ['gateway', 'template', 'workflow-engine', 'crm', 'ai', 'analytics'] as const;
type AppName = (typeof APP_NAMES)[number];
const HPA_APPS: AppName[] = ['gateway', 'workflow-engine', 'crm', 'analytics'];
const IMAGE = 'mab/platform';
const CONFIG_MAP = 'platform-config';
const SECRET = 'platform-secrets';
/** Read by the image's entrypoint (docker/entrypoint.sh), not by the services. */
const IMAGE_VARS = ['APP'];
/** Secrets (and secrets of features still to come): allowed in the Secret template only, never in the ConfigMap. */
const FUTURE_SECRETS = [
  'JWT_SECRET',
  'INVITATION_TOKEN_SECRET',
  'EMAIL_TOKEN_SECRET',
  'WORKFLOW_SECRETS_KEY',
  'SENDGRID_API_KEY',
  'SENDGRID_WEBHOOK_PUBLIC_KEY',
  'ANTHROPIC_API_KEY',
];
/** Carry credentials: must come from the Secret, never from the ConfigMap. */
const CREDENTIAL_VARS = ['DATABASE_URL', 'AMQP_URL', 'REDIS_URL'];

// ---------------------------------------------------------------------------------------------------------------------
// The apps' env classes: the source of truth for ports and variable names.
// They are loaded by path, as data: a static import of an app from a library would break the module boundaries.
// ---------------------------------------------------------------------------------------------------------------------
type EnvClass = new () => ServiceEnv;

function loadEnvClass(app: AppName): EnvClass {
  const file = join(ROOT, 'apps', app, 'src', `${app}.env.ts`);
  const mod = require(file) as Record<string, unknown>;
  const found = Object.values(mod).find(
    (value): value is EnvClass => typeof value === 'function' && value.prototype instanceof ServiceEnv,
  );
  if (!found) throw new Error(`${relative(ROOT, file)} exports no class extending ServiceEnv`);
  return found;
}

const ENV: Record<AppName, EnvClass> = Object.fromEntries(APP_NAMES.map((app) => [app, loadEnvClass(app)])) as Record<
  AppName,
  EnvClass
>;
const PORT = Object.fromEntries(APP_NAMES.map((app) => [app, new ENV[app]().PORT])) as Record<AppName, number>;

/** Every variable the app reads: the properties with a default plus the optional, validated ones (no default). */
function knownVars(app: AppName): Set<string> {
  const validated = getMetadataStorage()
    .getTargetValidationMetadatas(ENV[app], '', true, false)
    .map((m) => m.propertyName);
  return new Set([...Object.keys(new ENV[app]()), ...validated]);
}
const KNOWN: Record<AppName, Set<string>> = Object.fromEntries(APP_NAMES.map((a) => [a, knownVars(a)])) as Record<
  AppName,
  Set<string>
>;
const KNOWN_BY_ANY_APP = new Set(APP_NAMES.flatMap((a) => [...KNOWN[a]]));

// ---------------------------------------------------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------------------------------------------------
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

/** Every document of a file (multi-document aware, YAML 1.1 merge keys as docker compose reads them). */
function loadYaml(file: string): unknown[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const problems = list.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
  if (problems.length) throw new Error(`${relative(ROOT, file)}:\n${problems.join('\n')}`);
  return list.map((d) => d.toJS({ maxAliasCount: 1000 })).filter((d) => d !== null && d !== undefined);
}

function loadOne(file: string): Obj {
  const docs = loadYaml(file);
  if (docs.length !== 1) throw new Error(`${relative(ROOT, file)}: expected one document, found ${docs.length}`);
  return docs[0] as Obj;
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

// ---------------------------------------------------------------------------------------------------------------------
// A minimal kustomize: the features these manifests use, failing loudly on anything else (so a new feature in a
// kustomization cannot be silently ignored here). No kustomize renderer is installable from the npm registry
// without downloading a binary.
// ---------------------------------------------------------------------------------------------------------------------
const SUPPORTED_KUSTOMIZATION_FIELDS = new Set([
  'apiVersion',
  'kind',
  'namespace',
  'resources',
  'patches',
  'images',
  'replicas',
  'labels',
]);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PriorityClass', 'StorageClass']);

interface Target {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  labelSelector?: string;
}

function groupVersion(apiVersion: string): { group: string; version: string } {
  const [a, b] = apiVersion.split('/');
  return b === undefined ? { group: '', version: a } : { group: a, version: b };
}

function matches(obj: Obj, target: Target): boolean {
  const gv = groupVersion(obj.apiVersion);
  if (target.group !== undefined && target.group !== gv.group) return false;
  if (target.version !== undefined && target.version !== gv.version) return false;
  if (target.kind !== undefined && target.kind !== obj.kind) return false;
  if (target.name !== undefined && target.name !== obj.metadata?.name) return false;
  if (target.labelSelector !== undefined) {
    for (const pair of target.labelSelector.split(',')) {
      const [k, v] = pair.split('=');
      if (obj.metadata?.labels?.[k.trim()] !== v?.trim()) return false;
    }
  }
  return true;
}

/**
 * Strategic merge, simplified: maps merge recursively, `null` deletes a key, lists of named objects (containers,
 * env, volumes, ports...) merge by `name`, other lists are replaced.
 */
function strategicMerge(base: unknown, patch: unknown): unknown {
  if (isObject(base) && isObject(patch)) {
    const out: Obj = { ...base };
    for (const [key, value] of Object.entries(patch)) {
      if (key === '$patch') continue;
      if (value === null) delete out[key];
      else out[key] = key in base ? strategicMerge(base[key], value) : clone(value);
    }
    return out;
  }
  const named = (list: unknown[]) => list.every((e) => isObject(e) && typeof e.name === 'string');
  if (Array.isArray(base) && Array.isArray(patch) && named(base) && named(patch)) {
    const out = base.map((e) => clone(e)) as Obj[];
    for (const item of patch as Obj[]) {
      const i = out.findIndex((e) => e.name === item.name);
      if (i >= 0) out[i] = strategicMerge(out[i], item) as Obj;
      else out.push(clone(item));
    }
    return out;
  }
  return clone(patch);
}

/** RFC 6902 add / replace / remove (the operations a kustomize JSON patch uses here). */
function jsonPatch(doc: Obj, ops: Obj[], where: string): void {
  for (const op of ops) {
    const parts = String(op.path)
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    if (last === undefined) throw new Error(`${where}: empty JSON patch path`);
    let parent: Obj = doc;
    for (const p of parts) {
      if (parent[p] === undefined) throw new Error(`${where}: ${op.path} does not exist`);
      parent = parent[p];
    }
    const exists = Array.isArray(parent) ? last === '-' || Number(last) < parent.length : last in parent;
    switch (op.op) {
      case 'add':
        if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, clone(op.value));
        else parent[last] = clone(op.value);
        break;
      case 'replace':
        if (!exists || last === '-') throw new Error(`${where}: replace of missing ${op.path}`);
        parent[Array.isArray(parent) ? Number(last) : last] = clone(op.value);
        break;
      case 'remove':
        if (!exists || last === '-') throw new Error(`${where}: remove of missing ${op.path}`);
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      default:
        throw new Error(`${where}: unsupported JSON patch op ${op.op}`);
    }
  }
}

function podSpecs(obj: Obj): Obj[] {
  if (obj.kind === 'Job' || obj.kind === 'Deployment' || obj.kind === 'StatefulSet' || obj.kind === 'DaemonSet') {
    return obj.spec?.template?.spec ? [obj.spec.template.spec] : [];
  }
  if (obj.kind === 'CronJob') return [obj.spec?.jobTemplate?.spec?.template?.spec].filter(Boolean);
  return [];
}

const id = (o: Obj) => `${o.kind}/${o.metadata?.name}`;

/** Renders a kustomization directory; throws on a missing path, a patch that matches nothing, a duplicate... */
function kustomize(dir: string): Obj[] {
  const where = relative(ROOT, join(dir, 'kustomization.yaml'));
  const k = loadOne(join(dir, 'kustomization.yaml'));
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization') {
    throw new Error(`${where}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
  }
  const unsupported = Object.keys(k).filter((f) => !SUPPORTED_KUSTOMIZATION_FIELDS.has(f));
  if (unsupported.length) throw new Error(`${where}: fields this check does not render: ${unsupported.join(', ')}`);

  let objects: Obj[] = [];
  for (const entry of (k.resources ?? []) as string[]) {
    const path = resolve(dir, entry);
    if (!existsSync(path)) throw new Error(`${where}: resource ${entry} does not exist`);
    const found = statSync(path).isDirectory() ? kustomize(path) : (loadYaml(path) as Obj[]);
    for (const o of found) {
      if (!o.apiVersion || !o.kind || !o.metadata?.name) throw new Error(`${where}: ${entry} holds a bad object`);
      if (objects.some((x) => id(x) === id(o))) throw new Error(`${where}: ${id(o)} defined twice`);
      objects.push(o);
    }
  }

  for (const entry of (k.patches ?? []) as Obj[]) {
    const label = `${where}: patch ${entry.path ?? '(inline)'}`;
    let docs: unknown[];
    if (entry.path) {
      const path = resolve(dir, entry.path);
      if (!existsSync(path)) throw new Error(`${label} does not exist`);
      docs = loadYaml(path);
    } else if (typeof entry.patch === 'string') {
      docs = parseAllDocuments(entry.patch).map((d) => d.toJS());
    } else {
      throw new Error(`${label}: neither path nor patch`);
    }
    const target = entry.target as Target | undefined;
    if (docs.length === 1 && Array.isArray(docs[0])) {
      if (!target) throw new Error(`${label}: a JSON patch needs a target`);
      const hits = objects.filter((o) => matches(o, target));
      if (!hits.length) throw new Error(`${label}: target ${JSON.stringify(target)} matches nothing`);
      for (const o of hits) jsonPatch(o, docs[0] as Obj[], `${label} on ${id(o)}`);
      continue;
    }
    for (const doc of docs as Obj[]) {
      const selector: Target = target ?? {
        ...groupVersion(doc.apiVersion),
        kind: doc.kind,
        name: doc.metadata?.name,
      };
      const hits = objects.filter((o) => matches(o, selector));
      if (!hits.length) throw new Error(`${label}: ${doc.kind}/${doc.metadata?.name} is not in the resources`);
      if (doc.$patch === 'delete') {
        objects = objects.filter((o) => !hits.includes(o));
      } else {
        objects = objects.map((o) => (hits.includes(o) ? (strategicMerge(o, doc) as Obj) : o));
      }
    }
  }

  for (const r of (k.replicas ?? []) as Obj[]) {
    const hits = objects.filter((o) => ['Deployment', 'StatefulSet'].includes(o.kind) && o.metadata.name === r.name);
    if (!hits.length) throw new Error(`${where}: replicas for ${r.name}, which is not a Deployment here`);
    for (const o of hits) o.spec.replicas = r.count;
  }

  for (const img of (k.images ?? []) as Obj[]) {
    let used = false;
    for (const spec of objects.flatMap(podSpecs)) {
      for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])] as Obj[]) {
        const [name, tag] = splitImage(c.image);
        if (name !== img.name) continue;
        used = true;
        c.image = `${img.newName ?? name}${img.digest ? `@${img.digest}` : `:${img.newTag ?? tag ?? 'latest'}`}`;
      }
    }
    if (!used) throw new Error(`${where}: image ${img.name} is used by no container`);
  }

  for (const set of (k.labels ?? []) as Obj[]) {
    if (set.includeSelectors) throw new Error(`${where}: labels with includeSelectors are not rendered here`);
    for (const o of objects) {
      o.metadata.labels = { ...o.metadata.labels, ...set.pairs };
      if (set.includeTemplates && o.spec?.template?.metadata) {
        o.spec.template.metadata.labels = { ...o.spec.template.metadata.labels, ...set.pairs };
      }
    }
  }

  if (k.namespace) {
    for (const o of objects) if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
  }
  return objects;
}

function splitImage(image: string): [string, string | undefined] {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? [image.slice(0, at), image.slice(at + 1)] : [image, undefined];
}

// ---------------------------------------------------------------------------------------------------------------------
// Helpers over rendered objects
// ---------------------------------------------------------------------------------------------------------------------
function find(objects: Obj[], kind: string, name: string): Obj {
  const o = objects.find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`${kind}/${name} is missing`);
  return o;
}

function mainContainer(workload: Obj): Obj {
  const containers = workload.spec.template.spec.containers as Obj[];
  expect(containers).toHaveLength(1);
  return containers[0];
}

function envOf(container: Obj): Record<string, string> {
  return Object.fromEntries(
    ((container.env ?? []) as Obj[]).map((e) => [
      e.name,
      e.valueFrom ? `from-${e.valueFrom.fieldRef?.fieldPath}` : String(e.value),
    ]),
  );
}

function secretData(secret: Obj): Record<string, string> {
  const data = Object.fromEntries(
    Object.entries((secret.data ?? {}) as Record<string, string>).map(([k, v]) => [
      k,
      Buffer.from(v, 'base64').toString(),
    ]),
  );
  return { ...data, ...(secret.stringData ?? {}) };
}

/** The environment a container sees: envFrom sources in order, then `env` (which wins, as in Kubernetes). */
function effectiveEnv(container: Obj, objects: Obj[], fallbackSecret?: Obj): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of (container.envFrom ?? []) as Obj[]) {
    if (source.configMapRef) Object.assign(env, find(objects, 'ConfigMap', source.configMapRef.name).data);
    if (source.secretRef) {
      const secret =
        objects.find((o) => o.kind === 'Secret' && o.metadata.name === source.secretRef.name) ?? fallbackSecret;
      if (!secret) throw new Error(`Secret/${source.secretRef.name} is missing`);
      Object.assign(env, secretData(secret));
    }
  }
  return { ...env, ...envOf(container) };
}

function containerPort(container: Obj, port: string | number): number {
  if (typeof port === 'number') return port;
  const named = ((container.ports ?? []) as Obj[]).find((p) => p.name === port);
  if (!named) throw new Error(`container ${container.name} has no port named ${port}`);
  return named.containerPort;
}

function cpu(q: string | number): number {
  const s = String(q);
  return s.endsWith('m') ? Number(s.slice(0, -1)) / 1000 : Number(s);
}

function bytes(q: string | number): number {
  const units: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, K: 1e3, M: 1e6, G: 1e9 };
  const m = /^(\d+(?:\.\d+)?)([KMG]i?)?$/.exec(String(q));
  if (!m) throw new Error(`bad quantity ${q}`);
  return Number(m[1]) * (m[2] ? units[m[2]] : 1);
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

const objectsOf = (objects: Obj[], kind: string) => objects.filter((o) => o.kind === kind);

// ---------------------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------------------
describe('deployment files', () => {
  it('read the six apps from their env classes', () => {
    expect(PORT).toEqual({
      gateway: 3000,
      template: 3001,
      'workflow-engine': 3002,
      crm: 3003,
      ai: 3004,
      analytics: 3005,
    });
    expect([...KNOWN.gateway]).toEqual(
      expect.arrayContaining(['REDIS_URL', 'READINESS_PING_TIMEOUT_MS', 'SERVICE_INSTANCE_ID']),
    );
    expect(KNOWN.crm.has('REDIS_URL')).toBe(false);
  });

  describe('YAML', () => {
    const files = [...yamlFiles(join(ROOT, 'docker')), ...yamlFiles(K8S)];

    it('finds the compose file, the base and both overlays', () => {
      const rel = files.map((f) => relative(ROOT, f));
      expect(rel).toEqual(
        expect.arrayContaining([
          'docker/docker-compose.yml',
          'k8s/base/kustomization.yaml',
          'k8s/overlays/dev/kustomization.yaml',
          'k8s/overlays/prod/kustomization.yaml',
        ]),
      );
    });

    it.each(files.map((f) => [relative(ROOT, f), f]))('%s parses', (_rel, file) => {
      const docs = loadYaml(file);
      expect(docs.length).toBeGreaterThan(0);
      if (file.startsWith(K8S)) {
        for (const doc of docs) {
          // Either a JSON patch (a list of operations) or an object with its identity.
          if (Array.isArray(doc)) {
            for (const op of doc as Obj[]) expect(['add', 'replace', 'remove']).toContain(op.op);
          } else {
            const o = doc as Obj;
            expect(typeof o.apiVersion).toBe('string');
            expect(typeof o.kind).toBe('string');
            if (o.kind !== 'Kustomization') expect(typeof o.metadata?.name).toBe('string');
          }
        }
      }
    });

    it.each(files.filter((f) => f.endsWith('kustomization.yaml')).map((f) => [relative(ROOT, f), f]))(
      '%s references only files that exist',
      (_rel, file) => {
        const k = loadOne(file);
        const paths = [...(k.resources ?? []), ...((k.patches ?? []) as Obj[]).map((p) => p.path).filter(Boolean)];
        expect(paths.length).toBeGreaterThan(0);
        for (const p of paths)
          expect({ path: p, exists: existsSync(resolve(dirname(file), p)) }).toEqual({ path: p, exists: true });
      },
    );
  });

  describe('k8s/base', () => {
    const base = kustomize(BASE);
    const config = find(base, 'ConfigMap', CONFIG_MAP);
    const secret = find(base, 'Secret', SECRET);

    it('is namespace-agnostic', () => {
      expect(base.filter((o) => o.metadata.namespace)).toEqual([]);
      expect(objectsOf(base, 'Namespace')).toEqual([]);
    });

    it('has a Deployment, a Service and a migration Job for each of the six apps, and nothing for others', () => {
      for (const kind of ['Deployment', 'Service']) {
        expect(
          objectsOf(base, kind)
            .map((o) => o.metadata.name)
            .sort(),
        ).toEqual([...APP_NAMES].sort());
      }
      expect(
        objectsOf(base, 'Job')
          .map((o) => o.metadata.name)
          .sort(),
      ).toEqual(APP_NAMES.map((a) => `${a}-migrate`).sort());
    });

    describe.each(APP_NAMES)('%s', (app) => {
      const deployment = find(base, 'Deployment', app);
      const container = mainContainer(deployment);
      const pod = deployment.spec.template;

      it('is labelled app.kubernetes.io/name and selects its own pods', () => {
        expect(deployment.metadata.labels['app.kubernetes.io/name']).toBe(app);
        expect(pod.metadata.labels['app.kubernetes.io/name']).toBe(app);
        expect(deployment.spec.selector.matchLabels).toEqual({ 'app.kubernetes.io/name': app });
      });

      it(`runs the platform image with APP=${app} on the env class's port (${PORT[app]})`, () => {
        expect(splitImage(container.image)[0]).toBe(IMAGE);
        const env = envOf(container);
        expect(env.APP).toBe(app);
        expect(Number(env.PORT)).toBe(PORT[app]);
        expect(container.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: PORT[app] })]);
      });

      it('probes liveness on /health and readiness on /health/ready of that port', () => {
        expect(container.livenessProbe.httpGet.path).toBe('/health');
        expect(containerPort(container, container.livenessProbe.httpGet.port)).toBe(PORT[app]);
        expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
        expect(containerPort(container, container.readinessProbe.httpGet.port)).toBe(PORT[app]);
        if (container.startupProbe) {
          expect(container.startupProbe.httpGet.path).toBe('/health');
          expect(containerPort(container, container.startupProbe.httpGet.port)).toBe(PORT[app]);
        }
      });

      it('is scraped by Prometheus on /metrics of that port', () => {
        expect(pod.metadata.annotations).toMatchObject({
          'prometheus.io/scrape': 'true',
          'prometheus.io/port': String(PORT[app]),
          'prometheus.io/path': '/metrics',
        });
      });

      it('drains before it stops: preStop sleep and a grace period of 30 s or more', () => {
        expect(pod.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
        const preStop = container.lifecycle?.preStop;
        const sleeps =
          preStop?.sleep?.seconds ?? (preStop?.exec?.command?.[0] === 'sleep' ? Number(preStop.exec.command[1]) : 0);
        expect(sleeps).toBeGreaterThan(0);
        expect(sleeps).toBeLessThan(pod.spec.terminationGracePeriodSeconds);
      });

      it('has resource requests and limits and runs non-root on a read-only root filesystem', () => {
        for (const r of ['cpu', 'memory']) {
          expect(container.resources.requests[r]).toBeDefined();
          expect(container.resources.limits[r]).toBeDefined();
        }
        expect(bytes(container.resources.limits.memory)).toBeGreaterThanOrEqual(
          bytes(container.resources.requests.memory),
        );
        expect(pod.spec.securityContext.runAsNonRoot ?? container.securityContext.runAsNonRoot).toBe(true);
        expect(container.securityContext).toMatchObject({
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
        });
        expect(container.securityContext.capabilities.drop).toContain('ALL');
      });

      it('takes its settings from the ConfigMap and the Secret, and only variables it reads', () => {
        expect(container.envFrom).toEqual(
          expect.arrayContaining([{ configMapRef: { name: CONFIG_MAP } }, { secretRef: { name: SECRET } }]),
        );
        const unknown = Object.keys(envOf(container)).filter((k) => !KNOWN[app].has(k) && !IMAGE_VARS.includes(k));
        expect(unknown).toEqual([]);
      });

      it('gets an environment its env class accepts, pointing at the cluster services, with MIGRATIONS_RUN=false', () => {
        const env = effectiveEnv(container, base);
        const required = app === 'gateway' ? CREDENTIAL_VARS : CREDENTIAL_VARS.filter((v) => v !== 'REDIS_URL');
        for (const v of required) {
          expect({ v, value: env[v] }).toEqual({ v, value: expect.any(String) });
          expect(['127.0.0.1', 'localhost']).not.toContain(hostOf(env[v]));
        }
        expect(env.MIGRATIONS_RUN).toBe('false');
        const validated = validateEnv(app, ENV[app], env);
        expect(validated.PORT).toBe(PORT[app]);
        expect(validated.NODE_ENV).toBe('production');
      });

      it('has a ClusterIP Service on that port selecting its pods', () => {
        const service = find(base, 'Service', app);
        expect(service.spec.type ?? 'ClusterIP').toBe('ClusterIP');
        expect(pod.metadata.labels).toMatchObject(service.spec.selector);
        expect(service.spec.ports).toHaveLength(1);
        expect(containerPort(container, service.spec.ports[0].targetPort)).toBe(PORT[app]);
      });

      it(`has a ${app}-migrate Job running \`main.js migrate\` once with the same settings`, () => {
        const job = find(base, 'Job', `${app}-migrate`);
        const c = mainContainer(job);
        const args: string[] = [...(c.command ?? []), ...(c.args ?? [])];
        expect(args[args.length - 1]).toBe('migrate');
        expect(splitImage(c.image)[0]).toBe(IMAGE);
        expect(envOf(c).APP).toBe(app);
        expect(c.envFrom).toEqual(container.envFrom);
        expect(['Never', 'OnFailure']).toContain(job.spec.template.spec.restartPolicy);
        expect(job.spec.backoffLimit).toEqual(expect.any(Number));
        expect(c.resources.limits.memory).toBeDefined();
        expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
        expect(job.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
        // Its pods must never be selected by the app's Service (they serve nothing) or counted by its HPA/PDB.
        const service = find(base, 'Service', app);
        const selected = Object.entries(service.spec.selector).every(
          ([k, v]) => job.spec.template.metadata.labels?.[k] === v,
        );
        expect(selected).toBe(false);
        expect(() => validateEnv(app, ENV[app], effectiveEnv(c, base))).not.toThrow();
      });
    });

    it('shares one ConfigMap of known, non-secret variables with MIGRATIONS_RUN=false', () => {
      const keys = Object.keys(config.data);
      expect(keys.filter((k) => !KNOWN_BY_ANY_APP.has(k))).toEqual([]);
      expect(keys.filter((k) => CREDENTIAL_VARS.includes(k) || FUTURE_SECRETS.includes(k))).toEqual([]);
      expect(config.data.MIGRATIONS_RUN).toBe('false');
      // A ConfigMap only holds strings: a YAML number or boolean would be rejected by the API server.
      for (const [k, v] of Object.entries(config.data)) expect({ k, type: typeof v }).toEqual({ k, type: 'string' });
    });

    // The Deployments switch boot-time migrations off (the migrate Jobs run them); the env parser must agree.
    it('makes the services read MIGRATIONS_RUN="false" as false', () => {
      const env = effectiveEnv(mainContainer(find(base, 'Deployment', 'crm')), base);
      expect(env.MIGRATIONS_RUN).toBe('false');
      expect(validateEnv('crm', ENV.crm, env).MIGRATIONS_RUN).toBe(false);
    });

    it('has a Secret template with the credentials and the future secrets, all placeholders', () => {
      expect(secret.type).toBe('Opaque');
      const data = secretData(secret);
      expect(Object.keys(data).sort()).toEqual([...CREDENTIAL_VARS, ...FUTURE_SECRETS].sort());
      expect(Object.keys(data).filter((k) => !KNOWN_BY_ANY_APP.has(k) && !FUTURE_SECRETS.includes(k))).toEqual([]);
      // Nothing real is committed: every value carries the placeholder to replace.
      for (const [k, v] of Object.entries(data))
        expect({ k, v }).toEqual({ k, v: expect.stringContaining('CHANGE_ME') });
      expect(readFileSync(join(BASE, 'platform-secrets.yaml'), 'utf8')).toMatch(/TEMPLATE - REPLACE EVERY "CHANGE_ME"/);
    });

    it('autoscales the gateway, workflow-engine, crm and analytics (autoscaling/v2), which leave replicas to their HPA', () => {
      const hpas = objectsOf(base, 'HorizontalPodAutoscaler');
      expect(hpas.map((h) => h.spec.scaleTargetRef.name).sort()).toEqual([...HPA_APPS].sort());
      for (const hpa of hpas) {
        expect(hpa.apiVersion).toBe('autoscaling/v2');
        expect(hpa.spec.scaleTargetRef).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
        const target = find(base, 'Deployment', hpa.spec.scaleTargetRef.name);
        expect(target.spec.replicas).toBeUndefined();
        expect(mainContainer(target).resources.requests.cpu).toBeDefined();
        expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(1);
        expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
        expect(hpa.spec.metrics.length).toBeGreaterThan(0);
      }
    });

    it('gives every pod the ServiceAccount it declares, with no API token', () => {
      const sa = objectsOf(base, 'ServiceAccount');
      for (const spec of base.flatMap(podSpecs)) {
        expect(sa.map((s) => s.metadata.name)).toContain(spec.serviceAccountName);
        expect(spec.automountServiceAccountToken).toBe(false);
      }
    });
  });

  describe.each(OVERLAYS)('k8s/overlays/%s', (overlay) => {
    const base = kustomize(BASE);
    const rendered = kustomize(join(K8S, 'overlays', overlay));
    const baseSecret = find(base, 'Secret', SECRET);
    const namespace = loadOne(join(K8S, 'overlays', overlay, 'kustomization.yaml')).namespace as string;
    const hpaTargets = new Set(objectsOf(rendered, 'HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name));

    it('renders every app with its Deployment, Service, Job, and the HPAs', () => {
      expect(objectsOf(rendered, 'Deployment')).toHaveLength(APP_NAMES.length);
      expect(objectsOf(rendered, 'Service')).toHaveLength(APP_NAMES.length);
      expect(objectsOf(rendered, 'Job')).toHaveLength(APP_NAMES.length);
      expect([...hpaTargets].sort()).toEqual([...HPA_APPS].sort());
    });

    it('puts everything in its own namespace, which it creates', () => {
      expect(namespace).toMatch(/^[a-z0-9-]+$/);
      expect(find(rendered, 'Namespace', namespace)).toBeDefined();
      for (const o of rendered.filter((x) => x.kind !== 'Namespace')) expect(o.metadata.namespace).toBe(namespace);
    });

    it('pins the platform image to a tag', () => {
      for (const spec of rendered.flatMap(podSpecs)) {
        for (const c of spec.containers as Obj[]) {
          const [name, tag] = splitImage(c.image);
          expect(name.endsWith(IMAGE.split('/')[1])).toBe(true);
          expect(tag).toBeDefined();
          expect(tag).not.toBe('latest');
        }
      }
    });

    it.each(APP_NAMES)('%s keeps MIGRATIONS_RUN=false and an environment its env class accepts', (app) => {
      const deployment = find(rendered, 'Deployment', app);
      const container = mainContainer(deployment);
      // prod leaves the Secret out of its output (created out of band): check with the template's keys.
      const env = effectiveEnv(container, rendered, baseSecret);
      expect(env.MIGRATIONS_RUN).toBe('false');
      const validated = validateEnv(app, ENV[app], env);
      expect(validated.PORT).toBe(PORT[app]);
      expect(container.livenessProbe.httpGet.path).toBe('/health');
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
    });

    if (overlay === 'dev') {
      it('runs one replica of everything and logs at debug', () => {
        for (const d of objectsOf(rendered, 'Deployment')) {
          if (hpaTargets.has(d.metadata.name)) expect(d.spec.replicas).toBeUndefined();
          else
            expect({ app: d.metadata.name, replicas: d.spec.replicas }).toEqual({ app: d.metadata.name, replicas: 1 });
        }
        for (const h of objectsOf(rendered, 'HorizontalPodAutoscaler')) expect(h.spec.minReplicas).toBe(1);
        expect(find(rendered, 'ConfigMap', CONFIG_MAP).data.LOG_LEVEL).toBe('debug');
        expect(find(rendered, 'Secret', SECRET)).toBeDefined();
      });
    }

    if (overlay === 'prod') {
      it('runs several replicas of everything', () => {
        for (const d of objectsOf(rendered, 'Deployment')) {
          if (hpaTargets.has(d.metadata.name)) expect(d.spec.replicas).toBeUndefined();
          else expect(d.spec.replicas).toBeGreaterThanOrEqual(2);
        }
        for (const h of objectsOf(rendered, 'HorizontalPodAutoscaler'))
          expect(h.spec.minReplicas).toBeGreaterThanOrEqual(2);
        expect(find(rendered, 'ConfigMap', CONFIG_MAP).data.LOG_LEVEL).not.toMatch(/debug|trace/);
      });

      it('gives every service more resources than the base', () => {
        for (const app of APP_NAMES) {
          const before = mainContainer(find(base, 'Deployment', app)).resources;
          const after = mainContainer(find(rendered, 'Deployment', app)).resources;
          expect(cpu(after.requests.cpu)).toBeGreaterThan(cpu(before.requests.cpu));
          expect(bytes(after.requests.memory)).toBeGreaterThan(bytes(before.requests.memory));
          expect(bytes(after.limits.memory)).toBeGreaterThanOrEqual(bytes(before.limits.memory));
          expect(bytes(after.limits.memory)).toBeGreaterThanOrEqual(bytes(after.requests.memory));
        }
      });

      it('never overwrites the real Secret: the template is not rendered, the pods still reference it', () => {
        expect(rendered.filter((o) => o.kind === 'Secret')).toEqual([]);
        for (const d of objectsOf(rendered, 'Deployment')) {
          expect(mainContainer(d).envFrom).toContainEqual({ secretRef: { name: SECRET } });
        }
      });

      it('exposes only the gateway, through an Ingress to its Service port', () => {
        const ingresses = objectsOf(rendered, 'Ingress');
        expect(ingresses).toHaveLength(1);
        const backends = (ingresses[0].spec.rules as Obj[]).flatMap((r) =>
          r.http.paths.map((p: Obj) => p.backend.service),
        );
        expect(backends.length).toBeGreaterThan(0);
        const service = find(rendered, 'Service', 'gateway');
        for (const b of backends) {
          expect(b.name).toBe('gateway');
          expect(service.spec.ports.some((p: Obj) => p.name === b.port.name || p.port === b.port.number)).toBe(true);
        }
        for (const s of objectsOf(rendered, 'Service')) expect(s.spec.type ?? 'ClusterIP').toBe('ClusterIP');
      });
    }
  });

  describe('docker/docker-compose.yml', () => {
    const compose = loadOne(COMPOSE_FILE);
    const services = compose.services as Record<string, Obj>;

    /**
     * `${VAR:-default}` and `${VAR}` the way compose interpolates them with VAR unset; `${VAR:?message}` is a value
     * the operator must provide (compose refuses to start without it), stood in for by a valid placeholder.
     */
    const interpolate = (value: unknown) =>
      String(value).replace(
        /\$\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?\}/g,
        (_m, _name: string, op?: string, arg?: string) =>
          op?.endsWith('?') ? 'operator-provided-value-0123456789abcdef' : (arg ?? ''),
      );

    function environment(service: Obj): Record<string, string> {
      const env = service.environment ?? {};
      const entries: [string, unknown][] = Array.isArray(env)
        ? env.map((e: string) => [e.split('=')[0], e.split('=').slice(1).join('=')])
        : Object.entries(env);
      return Object.fromEntries(entries.map(([k, v]) => [k, interpolate(v)]));
    }

    function dependsOn(service: Obj): Record<string, string> {
      const d = service.depends_on ?? {};
      return Array.isArray(d)
        ? Object.fromEntries(d.map((n: string) => [n, 'service_started']))
        : Object.fromEntries(Object.entries(d).map(([n, v]) => [n, (v as Obj).condition ?? 'service_started']));
    }

    it('runs the six services, PostgreSQL, RabbitMQ with its management plugin, and Redis 7', () => {
      expect(Object.keys(services).sort()).toEqual([...APP_NAMES, 'postgres', 'rabbitmq', 'redis'].sort());
      expect(services.postgres.image).toMatch(/^postgres:1[56]\b/);
      expect(services.rabbitmq.image).toMatch(/^rabbitmq:.*management/);
      expect(services.redis.image).toMatch(/^redis:7\b/);
      for (const infra of ['postgres', 'rabbitmq', 'redis']) expect(services[infra].healthcheck?.test).toBeDefined();
    });

    describe.each(APP_NAMES)('%s', (app) => {
      const service = services[app];
      const env = environment(service);

      it('runs from the one image built by docker/Dockerfile, with a healthcheck', () => {
        expect(interpolate(service.image)).toBe(interpolate(services.gateway.image));
        const context = resolve(dirname(COMPOSE_FILE), service.build.context);
        expect(context).toBe(ROOT);
        expect(resolve(context, service.build.dockerfile)).toBe(DOCKERFILE);
        expect(service.healthcheck.test).toBeDefined();
        expect(service.read_only).toBe(true);
      });

      it(`selects APP=${app} on its port and sets only variables it reads`, () => {
        expect(env.APP).toBe(app);
        expect(Number(env.PORT)).toBe(PORT[app]);
        expect(Object.keys(env).filter((k) => !KNOWN[app].has(k) && !IMAGE_VARS.includes(k))).toEqual([]);
        expect(() => validateEnv(app, ENV[app], env)).not.toThrow();
      });

      it('points at the compose hosts with their credentials and waits for them to be healthy', () => {
        const pg = environment(services.postgres);
        const db = new URL(env.DATABASE_URL);
        expect(db.hostname).toBe('postgres');
        expect([db.username, db.password, db.pathname.slice(1)]).toEqual([
          pg.POSTGRES_USER,
          pg.POSTGRES_PASSWORD,
          pg.POSTGRES_DB,
        ]);
        const mq = environment(services.rabbitmq);
        const amqp = new URL(env.AMQP_URL);
        expect(amqp.hostname).toBe('rabbitmq');
        expect([amqp.username, amqp.password]).toEqual([mq.RABBITMQ_DEFAULT_USER, mq.RABBITMQ_DEFAULT_PASS]);
        const deps = dependsOn(service);
        expect(deps).toMatchObject({ postgres: 'service_healthy', rabbitmq: 'service_healthy' });
        if (app === 'gateway') {
          expect(hostOf(env.REDIS_URL)).toBe('redis');
          expect(deps.redis).toBe('service_healthy');
        }
      });
    });

    it('publishes the gateway on 3000 and no other service', () => {
      const published = (s: Obj) => ((s.ports ?? []) as unknown[]).map(String);
      expect(published(services.gateway)).toContain('3000:3000');
      for (const app of APP_NAMES.filter((a) => a !== 'gateway')) expect(published(services[app])).toEqual([]);
    });
  });

  describe('docker/Dockerfile', () => {
    const text = readFileSync(DOCKERFILE, 'utf8');
    const lines = text
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const stages: { name: string; lines: string[] }[] = [];
    for (const line of lines) {
      const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
      if (from) stages.push({ name: from[2] ?? from[1], lines: [line] });
      else stages.at(-1)?.lines.push(line);
    }
    const runtime = stages.at(-1)!;

    it('is multi-stage on Node 24', () => {
      expect(stages.length).toBeGreaterThanOrEqual(3);
      expect(text).toMatch(/ARG NODE_IMAGE=node:24[\w.-]*-slim|FROM node:24/);
    });

    it('builds from the lockfile + npm run build and ships production dependencies only', () => {
      expect(lines.some((l) => /^RUN .*npm install(?!.*--omit=dev)/.test(l))).toBe(true);
      expect(lines.some((l) => /^RUN .*npm run build/.test(l))).toBe(true);
      expect(lines.some((l) => /^RUN .*npm install .*--omit=dev/.test(l))).toBe(true);
      const copiesFrom = runtime.lines.filter((l) => /^COPY --from=/.test(l)).map((l) => l.split(/\s+/)[1]);
      expect(copiesFrom).toEqual(expect.arrayContaining(['--from=build', '--from=prod-deps']));
      expect(runtime.lines.some((l) => /^COPY --from=deps\b/.test(l))).toBe(false);
    });

    it('runs as a non-root user with NODE_ENV=production', () => {
      const user = runtime.lines.filter((l) => /^USER /.test(l)).at(-1);
      expect(user).toBeDefined();
      expect(user!.split(/\s+/)[1].split(':')[0]).not.toMatch(/^(root|0)$/);
      expect(runtime.lines.some((l) => /^ENV .*NODE_ENV=production/.test(l))).toBe(true);
      expect(runtime.lines.some((l) => /^ENTRYPOINT /.test(l))).toBe(true);
    });

    it('copies files that exist and starts dist/apps/$APP/src/main.js, which the build emits for every app', () => {
      for (const line of lines.filter((l) => /^COPY (?!--from)/.test(l))) {
        const sources = line
          .split(/\s+/)
          .slice(1)
          .filter((t) => !t.startsWith('--'))
          .slice(0, -1);
        for (const s of sources) expect({ s, exists: existsSync(join(ROOT, s)) }).toEqual({ s, exists: true });
      }
      const entrypoint = readFileSync(join(ROOT, 'docker', 'entrypoint.sh'), 'utf8');
      expect(entrypoint).toContain('exec node "dist/apps/${APP}/src/main.js" "$@"');
      const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'));
      expect(tsconfig.compilerOptions.outDir).toBe('./dist');
      for (const app of APP_NAMES) expect(existsSync(join(ROOT, 'apps', app, 'src', 'main.ts'))).toBe(true);
    });

    it('keeps node_modules, dist, .git and other local state out of the build context', () => {
      const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
        .split('\n')
        .map((l) => l.trim());
      for (const entry of ['**/node_modules', 'dist', '.git', 'coverage', 'tmp', '.nx'])
        expect(ignored).toContain(entry);
      for (const needed of ['apps', 'libs', 'docker', 'package.json', 'package-lock.json'])
        expect(ignored).not.toContain(needed);
    });
  });

  describe('docker/healthcheck.cjs', () => {
    const run = (port: number) =>
      new Promise<number>((done) => {
        const child = execFile(process.execPath, [join(ROOT, 'docker', 'healthcheck.cjs')], {
          env: { ...process.env, PORT: String(port), NODE_OPTIONS: '' },
        });
        child.on('exit', (code) => done(code ?? -1));
      });

    it('exits 0 when GET /health answers 2xx and 1 otherwise', async () => {
      let status = 200;
      const paths: string[] = [];
      const server = createServer((req, res) => {
        paths.push(req.url ?? '');
        res.writeHead(status).end();
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      const { port } = server.address() as AddressInfo;
      try {
        expect(await run(port)).toBe(0);
        status = 503;
        expect(await run(port)).toBe(1);
      } finally {
        await new Promise((ok) => server.close(ok));
      }
      expect(paths).toEqual(['/health', '/health']);
      expect(await run(port)).toBe(1);
    });

    it.each(APP_NAMES)('finds the env class of %s where the image puts it', (app) => {
      // healthcheck.cjs requires /app/dist/apps/<app>/src/<app>.env.js when PORT is unset.
      expect(existsSync(join(ROOT, 'apps', app, 'src', `${app}.env.ts`))).toBe(true);
    });
  });
});
