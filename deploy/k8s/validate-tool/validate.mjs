// Checks rendered Kubernetes overlays offline: every object against the Kubernetes API schema (kubernetes-models,
// Kubernetes 1.33), the ServiceMonitor against the Prometheus operator's schema, the Strimzi and CloudNativePG objects
// against the CRD schemas in deploy/k8s/schemas, then the suite's policies (see deploy/k8s/README.md, "validate").
//
//   node validate.mjs --repo <repository root> --schemas <dir> <overlay>=<rendered.yaml>... [--self-test]
//
// Exits 1 with one line per problem. --self-test also feeds the checks mutated copies of the rendered overlays and
// fails unless every mutation is caught with the expected message.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import Ajv from 'ajv';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const repo = opt('--repo');
const schemaDir = opt('--schemas');
const selfTest = args.includes('--self-test');
const overlays = args.filter((a) => /^[a-z0-9-]+=/.test(a)).map((a) => {
  const [name, file] = a.split(/=(.*)/s);
  return { name, file };
});
if (!repo || !schemaDir || overlays.length === 0) {
  console.error('usage: node validate.mjs --repo <root> --schemas <dir> <overlay>=<rendered.yaml>... [--self-test]');
  process.exit(2);
}

// ---------------------------------------------------------------- schemas

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

/**
 * The API server prunes (and with field validation Strict, rejects) fields a structural schema does not name; a
 * JSON-schema validator accepts them silently. Closing every object that lists its properties (and neither keeps
 * unknown fields nor is a map) makes a misspelt field an error here.
 */
function closeObjects(schema) {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) out[k] = closeObjects(v);
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) {
    out.additionalProperties = false;
  }
  return out;
}

const crdValidators = new Map(); // group/version/Kind -> validate function
for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith('.yaml')).sort()) {
  for (const crd of YAML.parseAllDocuments(fs.readFileSync(path.join(schemaDir, file), 'utf8')).map((d) => d.toJS())) {
    if (!crd || crd.kind !== 'CustomResourceDefinition') continue;
    for (const v of crd.spec.versions) {
      if (!v.served) continue;
      const key = `${crd.spec.group}/${v.name}/${crd.spec.names.kind}`;
      crdValidators.set(key, { validate: ajv.compile(closeObjects(v.schema.openAPIV3Schema)), file });
    }
  }
}

const coreModules = {
  'monitoring.coreos.com/v1': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1',
};
async function coreModel(apiVersion, kind) {
  const module = coreModules[apiVersion] ?? `kubernetes-models/${apiVersion}`;
  try {
    const m = await import(module);
    return m[kind];
  } catch {
    return undefined;
  }
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

async function schemaErrors(doc) {
  const errors = [];
  const id = `${doc.kind ?? '?'}/${doc.metadata?.name ?? '?'}`;
  if (!doc.apiVersion || !doc.kind) return [`${id}: apiVersion and kind are required`];
  const name = doc.metadata?.name;
  if (!name || name.length > 253 || !DNS_SUBDOMAIN.test(name)) errors.push(`${id}: metadata.name must be a DNS subdomain`);
  for (const [k, v] of Object.entries({ ...doc.metadata?.labels, ...doc.metadata?.annotations })) {
    if (typeof v !== 'string') errors.push(`${id}: label/annotation ${k} must be a string`);
  }
  const [group, version] = doc.apiVersion.includes('/') ? doc.apiVersion.split('/') : ['', doc.apiVersion];
  const crd = crdValidators.get(`${group}/${version}/${doc.kind}`);
  if (crd) {
    if (!crd.validate(doc)) {
      for (const e of crd.validate.errors) {
        const extra = e.keyword === 'additionalProperties' ? ` (unknown field "${e.params.additionalProperty}")` : '';
        errors.push(`${id}: schema ${crd.file}: ${e.instancePath || '/'} ${e.message}${extra}`);
      }
    }
    return errors;
  }
  const Model = await coreModel(doc.apiVersion, doc.kind);
  if (!Model) return [...errors, `${id}: no schema for ${doc.apiVersion} ${doc.kind} (not a Kubernetes 1.33 kind nor a CRD in schemas/)`];
  try {
    new Model(doc).validate();
  } catch (e) {
    for (const err of e.errors ?? [{ instancePath: '', message: e.message }]) {
      errors.push(`${id}: ${doc.apiVersion} ${doc.kind} schema: ${err.instancePath || '/'} ${err.message}`);
    }
  }
  return errors;
}

// ---------------------------------------------------------------- what the code uses

function properties(file) {
  const props = {};
  if (!fs.existsSync(file)) return props;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([^#!\s][^=]*?)\s*=\s*(.*)$/.exec(line);
    if (m) props[m[1]] = m[2];
  }
  return props;
}

function must(match, what) {
  if (!match) throw new Error(`cannot read ${what} from the code: update deploy/k8s/validate-tool/validate.mjs`);
  return match;
}

function codeModel() {
  const read = (p) => fs.readFileSync(path.join(repo, p), 'utf8');
  const topicsJava = read('contracts/src/main/java/org/carbonneutral/contracts/Topics.java');
  const constants = Object.fromEntries([...topicsJava.matchAll(/String\s+(\w+)\s*=\s*"([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const eventJava = read('contracts/src/main/java/org/carbonneutral/contracts/EventType.java');
  const produced = {}; // service -> Set(topic): the CloudEvents type's prefix names the producing service
  for (const m of eventJava.matchAll(/^\s*[A-Z_]+\("([a-z]+)\.\w+",\s*Topics\.(\w+),/gm)) {
    const service = `${m[1]}-service`;
    (produced[service] ??= new Set()).add(must(constants[m[2]], `Topics.${m[2]}`));
  }
  must(Object.keys(produced).length, 'the event types (EventType.java)');
  const platform = properties(path.join(repo, 'platform/src/main/resources/META-INF/microprofile-config.properties'));
  const dlqInfix = must(/return topic \+ "([^"]+)" \+ consumer;/.exec(
    read('platform/src/main/java/org/carbonneutral/platform/consumer/IdempotentConsumer.java')), 'the dead-letter topic name (IdempotentConsumer.deadLetterTopic)')[1];
  const replayGroupSuffix = must(/GROUP_ID_CONFIG,\s*group \+ "([^"]+)"/.exec(
    read('platform/src/main/java/org/carbonneutral/platform/consumer/DeadLetterReplay.java')), 'the dead-letter replay group (DeadLetterReplay)')[1];
  const services = {};
  for (const dir of fs.readdirSync(repo)) {
    const props = { ...platform, ...properties(path.join(repo, dir, 'src/main/resources/application.properties')) };
    const name = props['quarkus.application.name'];
    if (!name || !props['mp.messaging.incoming.events.topics']) continue;
    const resolve = (key) => {
      const value = must(props[key], `${key} of ${name}`).replace(/\$\{quarkus\.application\.name\}/g, name);
      if (value.includes('${')) throw new Error(`${key} of ${name} (${value}) has an expression the validator does not resolve`);
      return value;
    };
    const consumed = resolve('mp.messaging.incoming.events.topics').split(',').map((t) => t.trim()).filter(Boolean);
    const group = resolve('kafka.group.id');
    services[name] = {
      module: dir,
      database: resolve('suite.database'),
      produced: [...(produced[name] ?? [])],
      consumed,
      deadLetters: consumed.map((t) => `${t}${dlqInfix}${name}`),
      fallbackDeadLetter: resolve('mp.messaging.incoming.events.dead-letter-queue.topic'),
      groups: [group, `${group}${replayGroupSuffix}`],
      routes: publicRoutes(path.join(repo, dir, 'src/main/java')),
    };
  }
  for (const s of Object.keys(produced)) if (!services[s]) throw new Error(`event producer ${s} has no module with that quarkus.application.name`);
  return services;
}

/** The resource roots a service answers on (class-level @Path), as /api/<segment> or /<segment> prefixes. */
function publicRoutes(dir) {
  const routes = new Set();
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.java')) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/^@Path\("(\/[^"]*)"\)/gm)) {
          const seg = m[1].split('/').filter(Boolean);
          routes.add(seg[0] === 'api' ? `/api/${seg[1]}` : `/${seg[0]}`);
        }
      }
    }
  };
  walk(dir);
  return [...routes];
}

/** The ACL a service's KafkaUser must hold, as "type name operation" strings. */
function expectedAcl(s) {
  const acl = new Set();
  const add = (type, name, ops) => ops.forEach((op) => acl.add(`${type} ${name} ${op}`));
  s.produced.forEach((t) => add('topic', t, ['Write', 'Describe'])); // OutboxRelay
  s.consumed.forEach((t) => add('topic', t, ['Read', 'Describe'])); // consumer only: only its producer writes a topic
  s.deadLetters.forEach((t) => add('topic', t, ['Write', 'Describe', 'Read'])); // DLQ producer; DeadLetterReplay reads
  add('topic', s.fallbackDeadLetter, ['Write', 'Describe']); // the channel's configured dead-letter topic
  s.groups.forEach((g) => add('group', g, ['Read', 'Describe']));
  return acl;
}

// ---------------------------------------------------------------- policies

const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

function policyErrors(docs, overlay, services) {
  const errors = [];
  const of = (kind) => docs.filter((d) => d.kind === kind);
  const err = (m) => errors.push(m);
  const configMaps = Object.fromEntries(of('ConfigMap').map((c) => [c.metadata.name, c.data ?? {}]));
  const deployments = of('Deployment');
  const prod = overlay === 'prod';

  // --- Kafka
  const kafkas = of('Kafka');
  if (kafkas.length !== 1) err(`expected one Kafka, found ${kafkas.length}`);
  const kafka = kafkas[0] ?? { metadata: { name: '?' }, spec: { kafka: {} } };
  const cluster = kafka.metadata.name;
  const pools = of('KafkaNodePool').filter((p) => p.metadata.labels?.['strimzi.io/cluster'] === cluster);
  const count = (role) => pools.filter((p) => p.spec?.roles?.includes(role)).reduce((n, p) => n + (p.spec.replicas ?? 0), 0);
  const brokers = count('broker');
  const controllers = count('controller');
  if (prod && (brokers < 3 || controllers !== 3)) err(`prod: Kafka ${cluster} needs 3 controllers and >= 3 brokers (KafkaNodePools give ${controllers} and ${brokers})`);
  if (!prod && (brokers < 1 || controllers < 1)) err(`Kafka ${cluster} has no broker or no controller node pool`);
  if (kafka.spec.kafka?.authorization?.type !== 'simple') err(`Kafka ${cluster}: authorization must be simple (ACLs of the KafkaUsers)`);
  const listener = (kafka.spec.kafka?.listeners ?? []).find((l) => l.tls && l.authentication?.type === 'scram-sha-512');
  if (!listener) err(`Kafka ${cluster}: no TLS listener with scram-sha-512 authentication`);
  const minIsr = (t) => Number(t.spec?.config?.['min.insync.replicas'] ?? kafka.spec.kafka?.config?.['min.insync.replicas'] ?? 1);

  const topics = new Map();
  for (const t of of('KafkaTopic')) {
    const name = t.spec?.topicName ?? t.metadata.name;
    topics.set(name, t);
    if (t.metadata.labels?.['strimzi.io/cluster'] !== cluster) err(`KafkaTopic ${name}: label strimzi.io/cluster must be ${cluster}`);
    const replicas = t.spec?.replicas;
    if (!(t.spec?.partitions >= 1)) err(`KafkaTopic ${name}: partitions not set`);
    if (!(replicas >= 1) || replicas > brokers) err(`KafkaTopic ${name}: replicas ${replicas} must be between 1 and the ${brokers} broker(s)`);
    if (prod && (replicas < 3 || minIsr(t) !== 2)) err(`prod: KafkaTopic ${name} needs replicas 3 and min.insync.replicas 2 (has ${replicas} and ${minIsr(t)})`);
    if (minIsr(t) > replicas) err(`KafkaTopic ${name}: min.insync.replicas ${minIsr(t)} exceeds replicas ${replicas}`);
    if (t.spec?.config?.['retention.ms'] === undefined) err(`KafkaTopic ${name}: retention.ms not set`);
  }
  const used = new Set();
  for (const [svc, s] of Object.entries(services)) {
    for (const t of [...s.produced, ...s.consumed, ...s.deadLetters, s.fallbackDeadLetter]) {
      used.add(t);
      if (!topics.has(t)) err(`topic ${t} (used by ${svc}) has no KafkaTopic`);
    }
  }
  for (const t of topics.keys()) if (!used.has(t)) err(`KafkaTopic ${t} is not used by any service's code or configuration`);

  const users = Object.fromEntries(of('KafkaUser').map((u) => [u.metadata.name, u]));

  // --- PostgreSQL
  const pgs = of('Cluster');
  if (pgs.length !== 1) err(`expected one CloudNativePG Cluster, found ${pgs.length}`);
  const pg = pgs[0] ?? { metadata: { name: '?' }, spec: {} };
  const wantInstances = prod ? 3 : 1;
  if (pg.spec.instances !== wantInstances) err(`${overlay}: Cluster ${pg.metadata.name} needs ${wantInstances} instance(s), has ${pg.spec.instances}`);
  const roles = Object.fromEntries((pg.spec.managed?.roles ?? []).map((r) => [r.name, r]));
  const databases = Object.fromEntries(of('Database').map((d) => [d.spec?.name, d]));
  const backups = of('ScheduledBackup').filter((b) => b.spec?.cluster?.name === pg.metadata.name);
  if (prod && backups.length === 0) err(`prod: Cluster ${pg.metadata.name} has no ScheduledBackup`);
  for (const b of backups) {
    const method = b.spec.method ?? 'barmanObjectStore';
    if (method === 'barmanObjectStore' && !pg.spec.backup?.barmanObjectStore) err(`ScheduledBackup ${b.metadata.name}: Cluster ${pg.metadata.name} has no spec.backup.barmanObjectStore`);
    if (method === 'plugin' && !b.spec.pluginConfiguration) err(`ScheduledBackup ${b.metadata.name}: method plugin needs pluginConfiguration`);
  }

  // --- Ingress: TLS for every host; every public route of the code reaches its service
  const ingresses = of('Ingress');
  const routed = [];
  for (const ing of ingresses) {
    const tlsHosts = new Set((ing.spec?.tls ?? []).flatMap((t) => t.hosts ?? []));
    for (const rule of ing.spec?.rules ?? []) {
      if (!tlsHosts.has(rule.host)) err(`Ingress ${ing.metadata.name}: host ${rule.host} has no TLS`);
      for (const p of rule.http?.paths ?? []) routed.push({ path: p.path, service: p.backend?.service?.name });
    }
  }

  // --- Workloads
  const platformRoutes = new Set(publicRoutes(path.join(repo, 'platform/src/main/java')));
  for (const d of deployments) {
    const name = d.metadata.name;
    const pod = d.spec?.template?.spec ?? {};
    const labels = d.spec?.template?.metadata?.labels ?? {};
    const containers = [...(pod.containers ?? []), ...(pod.initContainers ?? [])];
    const s = services[name];
    if (!s) err(`Deployment ${name}: no service module has quarkus.application.name=${name}`);
    for (const c of containers) {
      const where = `Deployment ${name} container ${c.name}`;
      const image = c.image ?? '';
      const tag = /@sha256:[0-9a-f]{64}$/.test(image) ? 'digest' : (/:([^:/]+)$/.exec(image)?.[1]);
      if (!tag) err(`${where}: image ${image} has no tag or digest`);
      if (tag === 'latest') err(`${where}: image ${image} uses the latest tag`);
      for (const r of ['requests', 'limits']) for (const k of ['cpu', 'memory']) {
        if (c.resources?.[r]?.[k] === undefined) err(`${where}: resources.${r}.${k} not set`);
      }
      if (pod.containers.includes(c)) for (const p of ['readinessProbe', 'livenessProbe', 'startupProbe']) if (!c[p]) err(`${where}: ${p} not set`);
      const sc = c.securityContext ?? {};
      const psc = pod.securityContext ?? {};
      if ((sc.runAsNonRoot ?? psc.runAsNonRoot) !== true) err(`${where}: runAsNonRoot must be true`);
      if ((sc.runAsUser ?? psc.runAsUser) === 0) err(`${where}: runs as user 0`);
      if (sc.readOnlyRootFilesystem !== true) err(`${where}: readOnlyRootFilesystem must be true`);
      if (sc.allowPrivilegeEscalation !== false) err(`${where}: allowPrivilegeEscalation must be false`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) err(`${where}: capabilities must drop ALL`);
      if ((sc.seccompProfile ?? psc.seccompProfile)?.type !== 'RuntimeDefault') err(`${where}: seccompProfile must be RuntimeDefault`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      if (!tmp || !(pod.volumes ?? []).find((v) => v.name === tmp.name && v.emptyDir)) err(`${where}: /tmp must be an emptyDir (read-only root filesystem)`);
    }
    const main = pod.containers?.[0] ?? {};
    if (!(pod.terminationGracePeriodSeconds >= 30)) err(`Deployment ${name}: terminationGracePeriodSeconds must be set (>= 30) to finish in-flight work`);
    if (!main.lifecycle?.preStop) err(`Deployment ${name}: no preStop hook`);

    // environment as the container sees it
    const env = {};
    const secretRefs = {};
    for (const f of main.envFrom ?? []) {
      if (f.configMapRef) {
        if (!configMaps[f.configMapRef.name]) err(`Deployment ${name}: ConfigMap ${f.configMapRef.name} not in the overlay`);
        Object.assign(env, configMaps[f.configMapRef.name]);
      }
    }
    for (const e of main.env ?? []) {
      if (e.value !== undefined) env[e.name] = e.value;
      if (e.valueFrom?.secretKeyRef) secretRefs[e.name] = e.valueFrom.secretKeyRef;
      if (e.valueFrom?.configMapKeyRef) env[e.name] = configMaps[e.valueFrom.configMapKeyRef.name]?.[e.valueFrom.configMapKeyRef.key];
    }
    const expectEnv = (k, v) => { if (env[k] !== v) err(`Deployment ${name}: ${k} must be ${v} (is ${env[k]})`); };
    if (listener) {
      const bootstrap = env.KAFKA_BOOTSTRAP_SERVERS ?? '';
      const host = bootstrap.split(':')[0];
      if (!(host === `${cluster}-kafka-bootstrap` || host.startsWith(`${cluster}-kafka-bootstrap.`)) || bootstrap.split(':')[1] !== String(listener.port)) {
        err(`Deployment ${name}: KAFKA_BOOTSTRAP_SERVERS (${bootstrap}) must be ${cluster}-kafka-bootstrap:${listener.port}`);
      }
    }
    expectEnv('KAFKA_SECURITY_PROTOCOL', 'SASL_SSL');
    expectEnv('KAFKA_SASL_MECHANISM', 'SCRAM-SHA-512');
    expectEnv('KAFKA_ACKS', 'all');
    expectEnv('KAFKA_ENABLE_IDEMPOTENCE', 'true');
    const trust = env.KAFKA_SSL_TRUSTSTORE_LOCATION ?? '';
    const caMount = (main.volumeMounts ?? []).find((m) => trust.startsWith(`${m.mountPath}/`));
    const caVolume = caMount && (pod.volumes ?? []).find((v) => v.name === caMount.name);
    if (caVolume?.secret?.secretName !== `${cluster}-cluster-ca-cert`) err(`Deployment ${name}: KAFKA_SSL_TRUSTSTORE_LOCATION (${trust}) must be in a volume of the secret ${cluster}-cluster-ca-cert`);
    const jaas = secretRefs.KAFKA_SASL_JAAS_CONFIG;
    if (!jaas || jaas.key !== 'sasl.jaas.config') err(`Deployment ${name}: KAFKA_SASL_JAAS_CONFIG must come from a KafkaUser secret's key sasl.jaas.config`);
    if (!/^https:\/\//.test(env.MP_JWT_VERIFY_PUBLICKEY_LOCATION ?? '')) err(`Deployment ${name}: MP_JWT_VERIFY_PUBLICKEY_LOCATION must be the OIDC provider's JWKS https URL`);
    if (!env.MP_JWT_VERIFY_ISSUER) err(`Deployment ${name}: MP_JWT_VERIFY_ISSUER not set`);
    if (!(env.SUITE_PG_HOST === `${pg.metadata.name}-rw` || env.SUITE_PG_HOST?.startsWith(`${pg.metadata.name}-rw.`))) err(`Deployment ${name}: SUITE_PG_HOST (${env.SUITE_PG_HOST}) must be ${pg.metadata.name}-rw`);

    if (s) {
      // Kafka user: exactly the ACL the code needs
      const user = jaas && users[jaas.name];
      if (!user) err(`Deployment ${name}: KafkaUser ${jaas?.name} (its KAFKA_SASL_JAAS_CONFIG secret) not in the overlay`);
      else {
        if (user.metadata.labels?.['strimzi.io/cluster'] !== cluster) err(`KafkaUser ${user.metadata.name}: label strimzi.io/cluster must be ${cluster}`);
        if (user.spec?.authentication?.type !== 'scram-sha-512') err(`KafkaUser ${user.metadata.name}: authentication must be scram-sha-512`);
        const have = new Set();
        for (const a of user.spec?.authorization?.acls ?? []) {
          if ((a.type ?? 'allow') !== 'allow' || (a.resource.patternType ?? 'literal') !== 'literal') err(`KafkaUser ${user.metadata.name}: only literal allow ACLs are expected (${a.resource.type} ${a.resource.name})`);
          for (const op of a.operations ?? []) have.add(`${a.resource.type} ${a.resource.name} ${op}`);
        }
        const want = expectedAcl(s);
        for (const a of want) if (!have.has(a)) err(`KafkaUser ${user.metadata.name}: missing ACL ${a} (the code of ${name} needs it)`);
        for (const a of have) if (!want.has(a)) err(`KafkaUser ${user.metadata.name}: ACL ${a} is more than the code of ${name} needs`);
      }
      // database: owner role, its secret, the Database
      const db = databases[s.database];
      if (!db) err(`Deployment ${name}: database ${s.database} (suite.database) has no Database`);
      else {
        if (db.spec.cluster?.name !== pg.metadata.name) err(`Database ${s.database}: cluster must be ${pg.metadata.name}`);
        const role = roles[db.spec.owner];
        if (!role || role.login !== true || (role.ensure ?? 'present') !== 'present') err(`Database ${s.database}: owner ${db.spec.owner} must be a managed login role of ${pg.metadata.name}`);
        const secret = role?.passwordSecret?.name;
        if (role && secret !== `${pg.metadata.name}-${role.name}`) err(`role ${role.name}: passwordSecret must be ${pg.metadata.name}-${role.name} (deploy/k8s/pg-role-secrets creates it with username ${role.name})`);
        const user = secretRefs.SUITE_PG_USER;
        const pass = secretRefs.SUITE_PG_PASSWORD;
        if (!secret || user?.name !== secret || user?.key !== 'username' || pass?.name !== secret || pass?.key !== 'password') {
          err(`Deployment ${name}: SUITE_PG_USER/SUITE_PG_PASSWORD must come from ${secret} (keys username, password), the password secret of role ${db.spec.owner}`);
        }
      }
      // the public routes of the code reach this service over TLS
      for (const r of s.routes.filter((r) => !platformRoutes.has(r))) {
        const hit = routed.find((x) => r === x.path || r.startsWith(`${x.path.replace(/\/$/, '')}/`));
        if (!hit || hit.service !== name) err(`Ingress: ${r} (a resource of ${name}) is not routed to ${name}`);
      }
    }

    // network policy: ingress and egress restricted, egress to DNS, Kafka, PostgreSQL
    const nps = of('NetworkPolicy').filter((np) => matches(np.spec?.podSelector?.matchLabels, labels) && !(np.spec?.podSelector?.matchExpressions));
    const types = new Set(nps.flatMap((np) => np.spec.policyTypes ?? []));
    if (!types.has('Ingress') || !types.has('Egress')) err(`Deployment ${name}: no NetworkPolicy restricts both its ingress and egress`);
    const egressPorts = new Set(nps.flatMap((np) => (np.spec.egress ?? []).flatMap((e) => (e.ports ?? []).map((p) => String(p.port)))));
    for (const p of ['53', String(listener?.port ?? 9093), '5432']) if (!egressPorts.has(p)) err(`Deployment ${name}: its NetworkPolicies allow no egress to port ${p}`);
    // metrics scraped
    const svc = of('Service').find((x) => matches(x.spec?.selector, labels) && Object.keys(x.spec?.selector ?? {}).length);
    if (!svc) err(`Deployment ${name}: no Service selects it`);
    else if (!of('ServiceMonitor').some((m) => matches(m.spec?.selector?.matchLabels, svc.metadata.labels))) err(`Deployment ${name}: no ServiceMonitor selects its Service ${svc.metadata.name}`);

    // replicas, autoscaling, disruption, placement
    const hpa = of('HorizontalPodAutoscaler').find((h) => h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === name);
    const minReplicas = hpa ? (hpa.spec.minReplicas ?? 1) : (d.spec.replicas ?? 1);
    if (prod) {
      if (!hpa) err(`prod: Deployment ${name} has no HorizontalPodAutoscaler`);
      if (minReplicas < 2) err(`prod: Deployment ${name} runs ${minReplicas} replica(s), needs >= 2`);
      if (hpa && d.spec.replicas !== undefined) err(`prod: Deployment ${name} sets spec.replicas while a HorizontalPodAutoscaler scales it`);
      if (!of('PodDisruptionBudget').some((p) => matches(p.spec?.selector?.matchLabels, labels))) err(`prod: Deployment ${name} has no PodDisruptionBudget`);
      if (!pod.affinity?.podAntiAffinity) err(`prod: Deployment ${name} has no pod anti-affinity`);
      if (!(pod.topologySpreadConstraints ?? []).length) err(`prod: Deployment ${name} has no topologySpreadConstraints`);
    } else if (overlay === 'dev' && minReplicas !== 1) {
      err(`dev: Deployment ${name} runs ${minReplicas} replicas, dev runs 1`);
    }
  }
  for (const s of Object.keys(services)) if (!deployments.some((d) => d.metadata.name === s)) err(`service ${s} has no Deployment`);
  // Every KafkaUser is the identity of one service (a user nobody runs as is an unreviewed grant).
  const runAs = deployments.map((d) => d.spec?.template?.spec?.containers?.[0]?.env?.find((e) => e.name === 'KAFKA_SASL_JAAS_CONFIG')?.valueFrom?.secretKeyRef?.name);
  for (const u of Object.keys(users)) if (runAs.filter((n) => n === u).length !== 1) err(`KafkaUser ${u}: not the Kafka identity of exactly one service`);
  // A NetworkPolicy that selects no pod of the suite would restrict someone else's (e.g. the operators' Kafka or
  // PostgreSQL pods, which inherit labels of their custom resources).
  for (const np of of('NetworkPolicy')) {
    const sel = np.spec?.podSelector ?? {};
    const suitePods = deployments.filter((d) => matches(sel.matchLabels, d.spec?.template?.metadata?.labels));
    if (!sel.matchLabels || sel.matchExpressions || suitePods.length === 0) err(`NetworkPolicy ${np.metadata.name}: its podSelector must name labels of the suite's pods (selects ${suitePods.length})`);
    if (sel.matchLabels && !sel.matchLabels['app.kubernetes.io/name'] && !sel.matchLabels['app.kubernetes.io/component']) err(`NetworkPolicy ${np.metadata.name}: selecting by part-of alone would also catch operator pods; add app.kubernetes.io/component or name`);
  }
  return errors;
}

async function check(docs, overlay, services) {
  const errors = [];
  for (const doc of docs) errors.push(...(await schemaErrors(doc)));
  const seen = new Set();
  for (const doc of docs) {
    const key = `${doc.apiVersion}/${doc.kind}/${doc.metadata?.namespace}/${doc.metadata?.name}`;
    if (seen.has(key)) errors.push(`${doc.kind}/${doc.metadata?.name}: defined twice`);
    seen.add(key);
    if (doc.kind !== 'Namespace' && !doc.metadata?.namespace) errors.push(`${doc.kind}/${doc.metadata?.name}: no namespace`);
  }
  try {
    errors.push(...policyErrors(docs, overlay, services));
  } catch (e) {
    errors.push(`policy check failed: ${e.message}`);
  }
  return errors;
}

// ---------------------------------------------------------------- self-test mutations

const clone = (x) => structuredClone(x);
const find = (docs, kind, name) => docs.find((d) => d.kind === kind && (!name || d.metadata.name === name));
const MUTATIONS = [
  ['image tag latest', 'latest tag', (d) => { find(d, 'Deployment', 'pathway-service').spec.template.spec.containers[0].image = 'carbon-neutrality/pathway-service:latest'; }],
  ['image without tag', 'no tag or digest', (d) => { find(d, 'Deployment', 'pathway-service').spec.template.spec.containers[0].image = 'carbon-neutrality/pathway-service'; }],
  ['memory limit removed', 'resources.limits.memory not set', (d) => { delete find(d, 'Deployment', 'offset-service').spec.template.spec.containers[0].resources.limits.memory; }],
  ['cpu request removed', 'resources.requests.cpu not set', (d) => { delete find(d, 'Deployment', 'offset-service').spec.template.spec.containers[0].resources.requests.cpu; }],
  ['readiness probe removed', 'readinessProbe not set', (d) => { delete find(d, 'Deployment', 'inventory-service').spec.template.spec.containers[0].readinessProbe; }],
  ['root allowed', 'runAsNonRoot must be true', (d) => { const p = find(d, 'Deployment', 'disclosure-service').spec.template.spec; p.securityContext.runAsNonRoot = false; p.containers[0].securityContext.runAsNonRoot = false; }],
  ['writable root filesystem', 'readOnlyRootFilesystem must be true', (d) => { find(d, 'Deployment', 'disclosure-service').spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false; }],
  ['capabilities kept', 'capabilities must drop ALL', (d) => { delete find(d, 'Deployment', 'disclosure-service').spec.template.spec.containers[0].securityContext.capabilities; }],
  ['no /tmp volume', '/tmp must be an emptyDir', (d) => { const c = find(d, 'Deployment', 'pathway-service').spec.template.spec.containers[0]; c.volumeMounts = c.volumeMounts.filter((m) => m.mountPath !== '/tmp'); }],
  ['no preStop', 'no preStop hook', (d) => { delete find(d, 'Deployment', 'pathway-service').spec.template.spec.containers[0].lifecycle; }],
  ['dead-letter topic missing', 'topic inventory.events.dlq.pathway-service (used by pathway-service) has no KafkaTopic', (d) => { d.splice(d.indexOf(d.find((x) => x.kind === 'KafkaTopic' && x.spec.topicName === 'inventory.events.dlq.pathway-service')), 1); }],
  ['event topic missing', 'topic offset.events (used by', (d) => { d.splice(d.indexOf(d.find((x) => x.kind === 'KafkaTopic' && x.spec.topicName === 'offset.events')), 1); }],
  ['topic nobody uses', 'is not used by any service', (d) => { const t = clone(find(d, 'KafkaTopic')); t.metadata.name = 'stray'; t.spec.topicName = 'stray.events'; d.push(t); }],
  ['ACL on a topic the service does not use', 'ACL topic offset.events Read is more than', (d) => { find(d, 'KafkaUser', 'inventory-service').spec.authorization.acls.push({ resource: { type: 'topic', name: 'offset.events', patternType: 'literal' }, operations: ['Read'] }); }],
  ['consumer group ACL missing', 'missing ACL group disclosure-service Read', (d) => { const u = find(d, 'KafkaUser', 'disclosure-service'); u.spec.authorization.acls = u.spec.authorization.acls.filter((a) => !(a.resource.type === 'group' && a.resource.name === 'disclosure-service')); }],
  ['a KafkaUser no service uses', 'KafkaUser reporting: not the Kafka identity', (d) => { const u = clone(find(d, 'KafkaUser', 'offset-service')); u.metadata.name = 'reporting'; d.push(u); }],
  ['prefix ACL', 'only literal allow ACLs', (d) => { find(d, 'KafkaUser', 'offset-service').spec.authorization.acls[0].resource.patternType = 'prefix'; }],
  ['topic under-replicated in prod', 'needs replicas 3 and min.insync.replicas 2', (d) => { find(d, 'KafkaTopic').spec.config['min.insync.replicas'] = 1; }],
  ['one Kafka node in prod', 'needs 3 controllers', (d) => { find(d, 'KafkaNodePool').spec.replicas = 1; }],
  ['Kafka without ACLs', 'authorization must be simple', (d) => { delete find(d, 'Kafka').spec.kafka.authorization; }],
  ['producer acks=1', 'KAFKA_ACKS must be all', (d) => { find(d, 'ConfigMap', 'suite-config').data.KAFKA_ACKS = '1'; }],
  ['plaintext Kafka client', 'KAFKA_SECURITY_PROTOCOL must be SASL_SSL', (d) => { find(d, 'ConfigMap', 'suite-config').data.KAFKA_SECURITY_PROTOCOL = 'PLAINTEXT'; }],
  ['JWT key not from JWKS', 'MP_JWT_VERIFY_PUBLICKEY_LOCATION must be', (d) => { find(d, 'ConfigMap', 'suite-oidc').data.MP_JWT_VERIFY_PUBLICKEY_LOCATION = 'file:/keys/publicKey.pem'; }],
  ['database credentials from another secret', 'SUITE_PG_USER/SUITE_PG_PASSWORD must come from suite-pg-pathway', (d) => { find(d, 'Deployment', 'pathway-service').spec.template.spec.containers[0].env.find((e) => e.name === 'SUITE_PG_PASSWORD').valueFrom.secretKeyRef.name = 'suite-pg-app'; }],
  ['role secret of another name', 'passwordSecret must be suite-pg-offsets', (d) => { find(d, 'Cluster').spec.managed.roles.find((r) => r.name === 'offsets').passwordSecret.name = 'offsets-credentials'; }],
  ['database missing', 'database offsets (suite.database) has no Database', (d) => { d.splice(d.indexOf(find(d, 'Database', 'offsets')), 1); }],
  ['database host not the primary', 'SUITE_PG_HOST (suite-pg-ro) must be suite-pg-rw', (d) => { find(d, 'ConfigMap', 'suite-config').data.SUITE_PG_HOST = 'suite-pg-ro'; }],
  ['one PostgreSQL instance in prod', 'needs 3 instance(s)', (d) => { find(d, 'Cluster').spec.instances = 1; }],
  ['no backup', 'has no ScheduledBackup', (d) => { d.splice(d.indexOf(find(d, 'ScheduledBackup')), 1); }],
  ['backup without object store', 'has no spec.backup.barmanObjectStore', (d) => { delete find(d, 'Cluster').spec.backup; }],
  ['no HPA', 'has no HorizontalPodAutoscaler', (d) => { d.splice(d.indexOf(find(d, 'HorizontalPodAutoscaler', 'offset-service')), 1); }],
  ['no PDB', 'has no PodDisruptionBudget', (d) => { d.splice(d.indexOf(find(d, 'PodDisruptionBudget', 'offset-service')), 1); }],
  ['no anti-affinity', 'has no pod anti-affinity', (d) => { delete find(d, 'Deployment', 'inventory-service').spec.template.spec.affinity; }],
  ['no network policy', 'no NetworkPolicy restricts', (d) => { d.splice(d.indexOf(find(d, 'NetworkPolicy', 'inventory-service')), 1); }],
  ['network policy over every part-of pod', 'selecting by part-of alone', (d) => { find(d, 'NetworkPolicy', 'suite-oidc-jwks').spec.podSelector.matchLabels = { 'app.kubernetes.io/part-of': 'carbon-neutrality-suite' }; }],
  ['no ServiceMonitor', 'no ServiceMonitor selects', (d) => { d.splice(d.indexOf(find(d, 'ServiceMonitor', 'pathway-service')), 1); }],
  ['route not exposed', '/api/offsets (a resource of offset-service) is not routed', (d) => { for (const i of d.filter((x) => x.kind === 'Ingress')) i.spec.rules[0].http.paths = i.spec.rules[0].http.paths.filter((p) => p.path !== '/api/offsets'); }],
  ['Ingress without TLS', 'has no TLS', (d) => { delete find(d, 'Ingress', 'suite').spec.tls; }],
  ['Kubernetes schema: port as text', 'containerPort must be integer', (d) => { find(d, 'Deployment', 'pathway-service').spec.template.spec.containers[0].ports[0].containerPort = '8080'; }],
  ['Kubernetes schema: bad enum', 'must be equal to one of the allowed values', (d) => { find(d, 'Service', 'pathway-service').spec.ports[0].protocol = 'HTTP'; }],
  ['ServiceMonitor schema', 'interval must be string', (d) => { find(d, 'ServiceMonitor', 'pathway-service').spec.endpoints[0].interval = 30; }],
  ['CRD schema: misspelt field', 'unknown field "instancess"', (d) => { const c = find(d, 'Cluster'); c.spec.instancess = 3; }],
  ['CRD schema: wrong type', 'partitions must be integer', (d) => { find(d, 'KafkaTopic').spec.partitions = 'six'; }],
  ['CRD schema: bad enum', 'must be equal to one of the allowed values', (d) => { find(d, 'ScheduledBackup').spec.method = 'pgdump'; }],
  ['CRD schema: missing required', "must have required property 'roles'", (d) => { delete find(d, 'KafkaNodePool').spec.roles; }],
  ['CRD schema: ACL operation', 'must be equal to one of the allowed values', (d) => { find(d, 'KafkaUser').spec.authorization.acls[0].operations = ['Produce']; }],
  ['kind without schema', 'no schema for', (d) => { d.push({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'carbon-neutrality' } }); }],
];
const DEV_MUTATIONS = [
  ['two replicas in dev', 'dev runs 1', (d) => { find(d, 'Deployment', 'pathway-service').spec.replicas = 2; }],
  ['topic replicas above the brokers', 'must be between 1 and the 1 broker(s)', (d) => { find(d, 'KafkaTopic').spec.replicas = 3; }],
];

// ---------------------------------------------------------------- main

const services = codeModel();
let failed = false;
const rendered = {};
for (const { name, file } of overlays) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  rendered[name] = docs;
  const errors = await check(docs, name, services);
  const kinds = {};
  docs.forEach((d) => { kinds[d.kind] = (kinds[d.kind] ?? 0) + 1; });
  if (errors.length) {
    failed = true;
    console.log(`FAIL overlay ${name}: ${errors.length} problem(s)`);
    errors.forEach((e) => console.log(`  ${name}: ${e}`));
  } else {
    console.log(`ok   overlay ${name}: ${docs.length} objects valid (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);
  }
}
if (!failed) {
  const summary = Object.entries(services).map(([s, x]) => `${s}: writes ${x.produced.join(',')}; reads ${x.consumed.join(',')}; ${x.deadLetters.length + 1} dead-letter topics; groups ${x.groups.join(',')}`);
  console.log(`ok   topics and ACLs match the code:\n       ${summary.join('\n       ')}`);
}

if (selfTest) {
  if (failed) {
    console.log('FAIL self-test not run: the overlays themselves fail');
  } else {
    let caught = 0;
    const runs = [...MUTATIONS.map((m) => ['prod', ...m]), ...DEV_MUTATIONS.map((m) => ['dev', ...m])];
    for (const [overlay, label, expected, mutate] of runs) {
      if (!rendered[overlay]) { console.log(`FAIL self-test "${label}": overlay ${overlay} not given`); failed = true; continue; }
      const docs = clone(rendered[overlay]);
      mutate(docs);
      const errors = await check(docs, overlay, services);
      if (errors.some((e) => e.includes(expected))) caught++;
      else {
        failed = true;
        console.log(`FAIL self-test "${label}" (${overlay}): expected a failure containing "${expected}", got ${errors.length ? errors.join(' | ') : 'none'}`);
      }
    }
    console.log(`${caught === runs.length ? 'ok  ' : 'FAIL'} self-test: ${caught} of ${runs.length} mutated overlays rejected with the expected message`);
  }
}
process.exit(failed ? 1 : 0);
