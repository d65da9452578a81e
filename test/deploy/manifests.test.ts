import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiConfig } from '@entente/api';
import { ConsoleConfig } from '@entente/console';
import { caseTopics } from '@entente/contracts';
import { NotifierConfig } from '@entente/notifier';
import { ProjectorConfig } from '@entente/projector';
import { WorkerConfig } from '@entente/worker';
import { CASE_SEARCH_ATTRIBUTES } from '@entente/workflows';

/*
 * The Kubernetes manifests of infra/deploy (issue 18, item 5), rendered by Kustomize and checked
 * offline by a real validator: built-in kinds against the Kubernetes schemas of kubernetes-validate,
 * the operators' custom resources against infra/deploy/schemas, anything else refused. Then what no
 * schema knows: the manifests agree with the code (topics, search attributes, variables, ports) and
 * with the versions pinned in infra/deploy/versions.env. The tools are installed by the global setup.
 */

const ROOT = resolve(__dirname, '../..');
const DEPLOY = join(ROOT, 'infra/deploy');
const OVERLAYS = ['staging', 'production'] as const;

interface Run {
  readonly status: number | null;
  readonly output: string;
}

function manifests(...args: string[]): Run {
  const run = spawnSync('bash', [join(DEPLOY, 'manifests.sh'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

interface Resource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly labels?: Record<string, string> };
  readonly spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- rendered YAML, read by path
  readonly data?: Record<string, string>;
}

interface EnvVar {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: { readonly secretKeyRef?: unknown };
}

function rendered(overlay: string): Resource[] {
  const run = manifests('json', overlay);
  if (run.status !== 0) throw new Error(`manifests.sh json ${overlay} failed:\n${run.output}`);
  return JSON.parse(run.output) as Resource[];
}

const scratch = mkdtempSync(join(tmpdir(), 'entente-deploy-'));
function validate(resources: readonly unknown[]): Run {
  const file = join(scratch, `manifests-${Math.random().toString(36).slice(2)}.json`);
  // JSON is YAML: one document holding a list would be one resource, so one document each.
  writeFileSync(file, resources.map((resource) => JSON.stringify(resource)).join('\n---\n'));
  return manifests('validate', file);
}

const versions = Object.fromEntries(
  [...readFileSync(join(DEPLOY, 'versions.env'), 'utf8').matchAll(/^([A-Z_]+)=(\S+)$/gm)].map(([, key, value]) => [key!, value!]),
);

const byKind = (resources: readonly Resource[], kind: string) => resources.filter((resource) => resource.kind === kind);
const named = (resources: readonly Resource[], kind: string, name: string) => {
  const found = resources.find((resource) => resource.kind === kind && resource.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name}`);
  return found;
};
const clone = <T>(value: T): T => structuredClone(value);

describe.each(OVERLAYS)('the %s overlay', (overlay) => {
  let resources: Resource[];
  beforeAll(() => {
    resources = rendered(overlay);
  });

  it('renders and validates: built-in kinds strictly, custom resources against their schemas', () => {
    const run = validate(resources);
    expect(run.output).toMatch(/validated: \d+ built-in, 16 custom resources, 0 values files; 0 failed/);
    expect(run.status).toBe(0);
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'Job', 'ConfigMap', 'NetworkPolicy']) {
      expect(run.output).toMatch(new RegExp(`^ok {3}${kind}/\\S+ \\(Kubernetes 1\\.34 schema, strict\\)$`, 'm'));
    }
    expect(run.output).toContain('ok   Kafka/entente-kafka (kafka.strimzi.io_v1beta2_Kafka.json)');
    expect(run.output).toContain('ok   Cluster/entente-db (postgresql.cnpg.io_v1_Cluster.json)');
  });

  it('has one KafkaTopic per case type, as the contracts define them, replicated 3 times and written by 2', () => {
    const config = byKind(resources, 'ConfigMap')[0]!.data!;
    const topics = byKind(resources, 'KafkaTopic').map(({ spec }) => ({
      name: spec.topicName as string,
      partitions: spec.partitions as number,
      config: Object.fromEntries(Object.entries(spec.config as Record<string, unknown>).map(([key, value]) => [key, String(value)])),
      replicas: spec.replicas as number,
    }));
    const expected = caseTopics(config.KAFKA_TOPIC_PREFIX).map((topic) => ({
      ...topic,
      config: { ...topic.config, 'min.insync.replicas': '2' },
      replicas: 3,
    }));
    expect(topics.sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
    const kafka = named(resources, 'Kafka', 'entente-kafka').spec.kafka;
    expect(kafka.config).toMatchObject({ 'default.replication.factor': 3, 'min.insync.replicas': 2, 'auto.create.topics.enable': false });
    expect(byKind(resources, 'KafkaNodePool').map(({ spec }) => [spec.roles, spec.replicas])).toEqual([
      [['broker'], 3],
      [['controller'], 3],
    ]);
    expect(config.KAFKA_BROKERS).toBe('entente-kafka-kafka-bootstrap:9092');
  });

  it('probes each app on the port it listens on, bound to every interface, and scales what should scale', () => {
    const config = byKind(resources, 'ConfigMap')[0]!.data!;
    const apps = { api: 'API', worker: 'WORKER', projector: 'PROJECTOR', notifier: 'NOTIFIER', console: 'CONSOLE' } as const;
    for (const [app, prefix] of Object.entries(apps)) {
      const container = named(resources, 'Deployment', `entente-${app}`).spec.template.spec.containers[0];
      const [port] = container.ports as { name: string; containerPort: number }[];
      expect(String(port!.containerPort)).toBe(config[`${prefix}_PORT`]);
      for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
        const action = container[probe].httpGet ?? container[probe].tcpSocket;
        expect([probe, action.port]).toEqual([probe, port!.name]);
      }
      // The projector listens on every interface already; the others are told to (the loopback is their default).
      if (app !== 'projector') expect([app, config[`${prefix}_HOST`]]).toEqual([app, '0.0.0.0']);
      expect(container.resources.requests).toHaveProperty('memory');
      expect(named(resources, 'PodDisruptionBudget', `entente-${app}`).spec.maxUnavailable).toBe(1);
    }
    expect(byKind(resources, 'HorizontalPodAutoscaler').map((hpa) => hpa.spec.scaleTargetRef.name)).toEqual([
      'entente-api',
      'entente-projector',
      'entente-worker',
    ]);
  });

  it('lets the monitoring namespace scrape every app’s metrics, on a port its pod declares and listens on', () => {
    const config = byKind(resources, 'ConfigMap')[0]!.data!;
    expect([config.API_METRICS_HOST, config.CONSOLE_METRICS_HOST]).toEqual(['0.0.0.0', '0.0.0.0']);
    const policy = named(resources, 'NetworkPolicy', 'entente-metrics-from-monitoring').spec;
    const allowed = policy.ingress[0].ports.map((rule: { port: number }) => rule.port);
    expect(policy.ingress[0].from).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }]);
    for (const app of ['api', 'worker', 'projector', 'notifier', 'console']) {
      const pod = named(resources, 'Deployment', `entente-${app}`).spec.template;
      const scraped = Number(pod.metadata.annotations['prometheus.io/port']);
      const declared = (pod.spec.containers[0].ports as { containerPort: number }[]).map((port) => port.containerPort);
      expect([app, declared.includes(scraped), allowed.includes(scraped)]).toEqual([app, true, true]);
    }
    expect(allowed).toContain(Number(config.TEMPORAL_METRICS_PORT));
  });

  it('gives the apps documented variables only, and their secrets by reference', () => {
    const documented = new Set(
      [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/^\| (`[A-Z0-9_]+`(?:, `[A-Z0-9_]+`)*) \|/gm)].flatMap(([, names]) =>
        names!.match(/[A-Z0-9_]+/g)!,
      ),
    );
    // Node's own, and the owner's URI the migration Job composes DATABASE_URL from.
    const kubernetesOnly = new Set(['NODE_OPTIONS', 'DATABASE_OWNER_URI']);
    const config = byKind(resources, 'ConfigMap')[0]!.data!;
    const containers = [...byKind(resources, 'Deployment'), ...byKind(resources, 'Job')].flatMap(
      (workload) => workload.spec.template.spec.containers,
    );
    const given = [
      ...Object.keys(config),
      ...containers.flatMap((container) => (container.env ?? []).map((env: { name: string }) => env.name)),
    ];
    expect(given.filter((name) => !documented.has(name) && !kubernetesOnly.has(name))).toEqual([]);
    const secrets = containers.flatMap(
      (container) => (container.env as EnvVar[] | undefined)?.filter((env) => env.valueFrom?.secretKeyRef).map((env) => env.name) ?? [],
    );
    expect(new Set(secrets)).toEqual(
      new Set([
        'API_DATABASE_PASSWORD',
        'WORKER_DATABASE_PASSWORD',
        'PROJECTOR_DATABASE_PASSWORD',
        'NOTIFIER_DATABASE_PASSWORD',
        'CONSOLE_DATABASE_PASSWORD',
        'ENTENTE_KEK',
        'EVALUATION_LINK_SECRET',
        'COMMAND_SIGNING_KEY',
        'COMMAND_VERIFICATION_KEY',
        'CONSOLE_SESSION_KEY',
        'BOUNCE_MAILBOX_URL',
        'SMTP_PASSWORD',
        'DATABASE_OWNER_URI',
      ]),
    );
    // Production refuses development defaults: nothing secret or local in the ConfigMap.
    expect(config.NODE_ENV).toBe('production');
    expect(Object.keys(config).filter((name) => /PASSWORD|SECRET|KEK|KEY$/.test(name))).toEqual([]);
    expect(config.OIDC_ISSUER).toMatch(/^https:\/\//);
    expect(config.CONSOLE_PUBLIC_URL).toMatch(/^https:\/\//);
    expect(new URL(config.DATABASE_URL!).password).toBe('');
  });

  it('loads each app’s configuration with NODE_ENV=production from what its pod is given (secrets stood in for)', () => {
    const config = byKind(resources, 'ConfigMap')[0]!.data!;
    const stand = (name: string) =>
      /KEK|SESSION_KEY/.test(name)
        ? Buffer.alloc(32, 7).toString('base64')
        : name === 'BOUNCE_MAILBOX_URL'
          ? 'pop3s://bounces:a-secret@mail.example.gouv.qc.ca:995'
          : `a-secret-of-the-platform-for-${name}`;
    const envOf = (app: string) => {
      const container = named(resources, 'Deployment', `entente-${app}`).spec.template.spec.containers[0];
      const given = (container.env as EnvVar[]).map(({ name, value }) => [name, value ?? stand(name)]);
      return { ...config, ...Object.fromEntries(given) } as Record<string, string>;
    };
    // Each loader refuses, naming the variable, a development default or a missing password in production.
    expect(new ApiConfig(envOf('api'))).toMatchObject({ host: '0.0.0.0', port: 3000, docs: false });
    expect(new WorkerConfig(envOf('worker'))).toMatchObject({ host: '0.0.0.0', port: 3003, archivesDir: '/var/lib/entente/archives' });
    expect(new ProjectorConfig(envOf('projector'))).toMatchObject({ port: 3002, runMigrations: false });
    expect(new NotifierConfig(envOf('notifier'))).toMatchObject({ host: '0.0.0.0', port: 3004 });
    expect(new ConsoleConfig(envOf('console'))).toMatchObject({ host: '0.0.0.0', port: 3100, apiUrl: 'http://entente-api:3000' });
  });

  it('registers the search attributes the workflows upsert, and runs the migrations before the apps', () => {
    const job = named(resources, 'Job', 'entente-temporal-search-attributes');
    const script = job.spec.template.spec.containers[0].args[0] as string;
    // `for name in A B; do ... --name "$name" --type T` and `--name C --type U`: the (name, type) pairs it registers.
    const looped = [...script.matchAll(/for name in ([^;]+); do\s+[^\n]*--name "\$name" --type (\w+)/g)].flatMap(([, names, type]) =>
      names!
        .trim()
        .split(/\s+/)
        .map((name) => `${name} ${type!.toUpperCase()}`),
    );
    const single = [...script.matchAll(/--name (\w+) --type (\w+)/g)].map(([, name, type]) => `${name} ${type!.toUpperCase()}`);
    expect([...looped, ...single].sort()).toEqual(
      Object.values(CASE_SEARCH_ATTRIBUTES)
        .map(({ name, type }) => `${name} ${type}`)
        .sort(),
    );
    const steps = (kind: string) => new Set(byKind(resources, kind).map((resource) => resource.metadata.labels?.['deploy.entente/step']));
    expect(steps('Job')).toEqual(new Set(['migrate']));
    expect(steps('Deployment')).toEqual(new Set(['apps']));
    expect(steps('Cluster')).toEqual(new Set(['engines']));
    expect(named(resources, 'Job', 'entente-migrate').spec.template.spec.containers[0].args).toEqual([
      'libs/persistence/dist/cli/migrate.js',
    ]);
  });

  it('runs the versions pinned in versions.env', () => {
    const kafka = named(resources, 'Kafka', 'entente-kafka').spec.kafka;
    expect([kafka.version, kafka.metadataVersion]).toEqual([versions.KAFKA_VERSION, versions.KAFKA_METADATA_VERSION]);
    expect(byKind(resources, 'Cluster').map(({ spec }) => spec.imageName)).toEqual([versions.POSTGRES_IMAGE, versions.POSTGRES_IMAGE]);
    const job = named(resources, 'Job', 'entente-temporal-search-attributes');
    expect(job.spec.template.spec.containers[0].image).toBe(versions.TEMPORAL_ADMIN_TOOLS_IMAGE);
  });
});

describe('what the manifests pin', () => {
  it('the broker is the one the tests run, Temporal the server the chart ships, Node the one of .nvmrc', () => {
    expect(readFileSync(join(ROOT, 'infra/kafka/pom.xml'), 'utf8')).toContain(`<kafka.version>${versions.KAFKA_VERSION}</kafka.version>`);
    const values = readFileSync(join(DEPLOY, 'temporal/values.yaml'), 'utf8');
    expect(values).toContain(`--version ${versions.TEMPORAL_CHART_VERSION}`);
    expect(values).toMatch(new RegExp(`repository: temporalio/server\\s+tag: ${versions.TEMPORAL_SERVER_VERSION}\\n`));
    expect(values).toContain(`tag: ${versions.TEMPORAL_ADMIN_TOOLS_IMAGE!.split(':')[1]}\n`);
    const dockerfile = readFileSync(join(DEPLOY, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`ARG NODE_IMAGE=${versions.NODE_IMAGE}\n`);
    expect(versions.NODE_IMAGE).toBe(`node:${readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()}-bookworm-slim`);
  });

  it('the Temporal chart values hold against their schema, and a plain password is refused', () => {
    const run = manifests('values');
    expect([run.status, run.output]).toEqual([0, expect.stringContaining('1 values files; 0 failed')]);
    const withPassword = readFileSync(join(DEPLOY, 'temporal/values.yaml'), 'utf8').replace(
      'existingSecret: temporal-db-app\n',
      'existingSecret: temporal-db-app\n          password: temporal\n',
    );
    const file = join(scratch, 'values.yaml');
    writeFileSync(file, withPassword);
    const refused = manifests('validate', '--values', `${join(DEPLOY, 'schemas/temporal-chart-values.json')}=${file}`);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(
      /FAIL .*values\.yaml \(temporal-chart-values\.json\): server\.config\.persistence\.default\.sql: .*'password' was unexpected/,
    );
  });

  it('the image lints clean with hadolint, and an untagged base image is refused', () => {
    expect(manifests('lint')).toEqual({ status: 0, output: '' });
    const file = join(scratch, 'Dockerfile');
    writeFileSync(file, 'FROM node\nCMD ["node"]\n');
    const refused = manifests('lint', file);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('DL3006');
  });
});

describe('the validator refuses', () => {
  let resources: Resource[];
  beforeAll(() => {
    resources = rendered('production');
  });

  it('a probe with a value of the wrong type', () => {
    const api = clone(named(resources, 'Deployment', 'entente-api'));
    api.spec.template.spec.containers[0].readinessProbe.periodSeconds = 'often';
    const run = validate([api]);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      "FAIL Deployment/entente-api (Kubernetes 1.34 schema, strict): spec.template.spec.containers.0.readinessProbe.periodSeconds: 'often' is not of type 'integer'",
    );
  });

  it('a field Kubernetes does not know (strict)', () => {
    const worker = clone(named(resources, 'Deployment', 'entente-worker'));
    const container = worker.spec.template.spec.containers[0];
    container.readinesProbe = container.readinessProbe;
    delete container.readinessProbe;
    const run = validate([worker]);
    expect(run.status).toBe(1);
    expect(run.output).toContain("Additional properties are not allowed ('readinesProbe' was unexpected)");
  });

  it('a custom resource off its schema, and a kind it has no schema for', () => {
    const topic = clone(byKind(resources, 'KafkaTopic')[0]!);
    topic.spec.replicas = 'three';
    const user = { apiVersion: 'kafka.strimzi.io/v1beta2', kind: 'KafkaUser', metadata: { name: 'entente' }, spec: {} };
    const run = validate([topic, user]);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      /FAIL KafkaTopic\/\S+ \(kafka\.strimzi\.io_v1beta2_KafkaTopic\.json\): spec\.replicas: 'three' is not of type 'integer'/,
    );
    expect(run.output).toContain('FAIL KafkaUser/entente (-): no schema for kafka.strimzi.io/v1beta2 KafkaUser: refused');
    expect(run.output).toContain('0 built-in, 0 custom resources, 0 values files; 2 failed');
  });
});
