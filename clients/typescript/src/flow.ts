// One declaration taken from opening to publication through the four services, with the clients generated from
// their OpenAPI documents (generated/<service>), as a front-end would: open it, enter the company profile and the
// claim's verification, enter, submit and approve the inventory, enter and approve the pathway against it, have the
// registries' records of the credits imported, enter and approve the offsets; then read the published declaration
// without a token, as JSON and as the public page.
//
// The sample is deploy/local/sample (the one `suite up` publishes). Configuration, from the environment:
//   PREPARER_TOKEN, APPROVER_TOKEN, OPERATOR_TOKEN   JWTs (deploy/local/suite token acme preparer|approver, suite operator);
//                                                    the preparer and the approver must be different people (four-eyes)
//   INVENTORY_URL, PATHWAY_URL, OFFSETS_URL, DISCLOSURE_URL   default: suite up's (127.0.0.1:8081-8084)
//   REGISTRY_URL     the registry simulator (default http://127.0.0.1:58090), where the retirements are published
//   SAMPLE_DIR       default ../../deploy/local/sample
//   TENANT           optional: the preparer's tenant, to also find the declaration in the tenant's public index
// It prints each step, and last one JSON line: {"declarationId", "status", "version", "digest", "publicPage"}.
// Any refusal ends it with the service's problem (application/problem+json) and exit code 1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as disclosure from '../generated/disclosure';
import * as inventory from '../generated/inventory';
import * as offsets from '../generated/offsets';
import * as pathway from '../generated/pathway';

const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const urls = {
  inventory: env('INVENTORY_URL', 'http://127.0.0.1:8081'),
  pathway: env('PATHWAY_URL', 'http://127.0.0.1:8082'),
  offsets: env('OFFSETS_URL', 'http://127.0.0.1:8083'),
  disclosure: env('DISCLOSURE_URL', 'http://127.0.0.1:8084'),
  registries: env('REGISTRY_URL', 'http://127.0.0.1:58090'),
};
const sampleDir = env('SAMPLE_DIR', join(__dirname, '..', '..', '..', '..', 'deploy', 'local', 'sample'));
const sample = (name: string): string => readFileSync(join(sampleDir, name), 'utf8');
const json = (text: string): any => JSON.parse(text);

/** Each service's client configuration: its URL and, unless public, a bearer token. */
function configuration<C>(make: new (p: { basePath: string; accessToken?: string }) => C, basePath: string,
  token?: string): C {
  return new make(token === undefined ? { basePath } : { basePath, accessToken: token });
}

const preparer = env('PREPARER_TOKEN');
const approver = env('APPROVER_TOKEN');
const operator = env('OPERATOR_TOKEN');

const declarations = new disclosure.DeclarationsApi(configuration(disclosure.Configuration, urls.disclosure, preparer));
const publicReading = new disclosure.PublicApi(configuration(disclosure.Configuration, urls.disclosure));
const inventoryAsPreparer = new inventory.InventoryApi(configuration(inventory.Configuration, urls.inventory, preparer));
const inventoryAsApprover = new inventory.InventoryApi(configuration(inventory.Configuration, urls.inventory, approver));
const pathwayAsPreparer = new pathway.PathwayApi(configuration(pathway.Configuration, urls.pathway, preparer));
const pathwayAsApprover = new pathway.PathwayApi(configuration(pathway.Configuration, urls.pathway, approver));
const offsetsAsPreparer = new offsets.OffsetsApi(configuration(offsets.Configuration, urls.offsets, preparer));
const offsetsAsApprover = new offsets.OffsetsApi(configuration(offsets.Configuration, urls.offsets, approver));
const registryRecords = new offsets.RegistryRecordsApi(configuration(offsets.Configuration, urls.offsets, operator));

const step = (what: string): void => console.log(`flow: ${what}`);
const etag = (revision: number | undefined): string => `"${revision ?? 0}"`;

/** Asks until {@code done} holds for the answer (a refusal meanwhile counts as not yet), at most {@code seconds}. */
async function until<T>(what: string, seconds: number, ask: () => Promise<T>, done: (t: T) => boolean): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last: unknown;
  for (;;) {
    try {
      const answer = await ask();
      if (done(answer)) {
        return answer;
      }
      last = answer;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`waited ${seconds} s for ${what}; last: ${await describe(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A refusal as the service gave it (its problem+json), anything else as it is. */
async function describe(e: unknown): Promise<string> {
  const response = (e as { response?: Response } | undefined)?.response;
  if (response instanceof Response) {
    return `HTTP ${response.status} ${await response.clone().text()}`;
  }
  return e instanceof Error ? e.message : JSON.stringify(e);
}

/** Serial blocks of this run's own (the suite's ledger refuses a credit claimed twice). */
function serials(): { moenv: string; verra: string } {
  const moenvStart = 100_000_000 + Math.floor(Math.random() * 799_000_000);
  const verraStart = 1_000_000_000 + Math.floor(Math.random() * 8_000_000_000);
  const nine = (n: number): string => String(n).padStart(9, '0');
  return {
    moenv: `TW-2-1-${nine(moenvStart)}-${nine(moenvStart + 221)}-00-00-A0000070`,
    verra: `16543-${verraStart}-${verraStart + 1276}-VCS-VCU-263-VER-TW-1-2345-01012023-31122023-0`,
  };
}

/**
 * The registry publishes the retirement (the simulator serves it in its export, under the same header) and the
 * suite's operator has offset-service fetch the export: OFF-2 checks the credits against these records.
 */
async function publishRetirement(registry: 'MOENV' | 'VERRA', rows: string, serial: string): Promise<void> {
  const exportUrl = `${urls.registries}/${registry}/export.csv`;
  const served = await fetch(exportUrl);
  let body = served.ok ? await served.text() : '';
  if (!body.includes(serial)) {
    const header = rows.substring(0, rows.indexOf('\n') + 1);
    body = !body.startsWith(header) ? rows : body + (body.endsWith('\n') ? '' : '\n') + rows.substring(header.length);
    const put = await fetch(exportUrl, { method: 'PUT', body, headers: { 'Content-Type': 'text/csv' } });
    if (put.status !== 204) {
      throw new Error(`publish the ${registry} retirement at ${exportUrl}: HTTP ${put.status}`);
    }
  }
  const imported = await registryRecords.fetchRegistryExport({ registry });
  step(`${registry} export imported (${imported.retirements} retirements, sha256 ${imported.sha256})`);
}

async function main(): Promise<void> {
  const { moenv, verra } = serials();

  const opened = await declarations.openDeclaration({
    openDeclarationRequest: disclosure.OpenDeclarationRequestFromJSON(json(sample('declaration.json'))),
    idempotencyKey: `flow-${moenv}`,
  });
  const id = opened.id!;
  step(`opened declaration ${id} (${opened.subjectName}, ${opened.claimStandard})`);
  await declarations.enterProfile({ id, companyProfile: disclosure.CompanyProfileFromJSON(json(sample('profile.json'))) });
  await declarations.enterClaimVerification({
    id, claimVerification: disclosure.ClaimVerificationFromJSON(json(sample('claim-verification.json'))),
  });
  step('profile and claim verification entered');

  // The inventory: its part exists once inventory-service has the DeclarationOpened event.
  let inv = await until('the inventory part', 60, () => inventoryAsPreparer.getInventory({ declarationId: id }), () => true);
  inv = await inventoryAsPreparer.enterInventory({
    declarationId: id, ifMatch: etag(inv.revision),
    inventoryContent: inventory.InventoryContentFromJSON(json(sample('inventory.json'))),
  });
  const submitted = await inventoryAsPreparer.submitInventory({ declarationId: id });
  step(`inventory revision ${inv.revision} submitted: ${submitted.findings?.length ?? 0} findings`);
  inv = await inventoryAsApprover.approveInventory({ declarationId: id, approvalRequest: { revision: inv.revision! } });
  step(`inventory revision ${inv.approval?.revision} approved by ${inv.approval?.approvedBy}`);
  const approvedInventory = inv.approval?.revision;
  // A part's view names every upstream in basisAvailable, null until its approval arrives: wait for the revision itself.
  const restsOnInventory = (basis: { [key: string]: number } | undefined): boolean =>
    approvedInventory !== undefined && basis?.['inventory'] === approvedInventory;

  // The pathway, checked against the approved inventory.
  let path = await until('pathway to see the approved inventory', 60,
    () => pathwayAsPreparer.getPathway({ declarationId: id }), (p) => restsOnInventory(p.basisAvailable));
  path = await pathwayAsPreparer.enterPathway({
    declarationId: id, ifMatch: etag(path.revision),
    pathwayContent: pathway.PathwayContentFromJSON(json(sample('pathway.json'))),
  });
  path = await pathwayAsApprover.approvePathway({ declarationId: id, approvalRequest: { revision: path.revision! } });
  step(`pathway revision ${path.approval?.revision} approved against inventory revision ${path.approval?.basis?.['inventory']}`);

  // The credits: the registries' public records first, then the offsets against the approved inventory and pathway.
  let off = await until('offsets to see the approved inventory', 60,
    () => offsetsAsPreparer.getOffsets({ declarationId: id }), (o) => restsOnInventory(o.basisAvailable));
  await publishRetirement('MOENV', sample('moenv-retirements.csv').replace('{{MOENV_SERIAL}}', moenv), moenv);
  await publishRetirement('VERRA', sample('verra-transactions.csv').replace('{{VERRA_SERIAL}}', verra), verra);
  off = await offsetsAsPreparer.enterOffsets({
    declarationId: id, ifMatch: etag(off.revision),
    offsetsContent: offsets.OffsetsContentFromJSON(json(
      sample('offsets.json').replace('{{MOENV_SERIAL}}', moenv).replace('{{VERRA_SERIAL}}', verra))),
  });
  await until('offsets to see the approved pathway', 60, () => offsetsAsPreparer.getOffsetsBasis({ declarationId: id }),
    (b) => b.pathwayRevision !== undefined && b.pathwayRevision !== null);
  off = await offsetsAsApprover.approveOffsets({ declarationId: id, approvalRequest: { revision: off.revision! } });
  step(`offsets revision ${off.approval?.revision} approved`);

  // Publication, read as the public does: no token.
  const published = await until('publication', 60, () => publicReading.getPublishedDeclaration({ id }),
    (p) => p.status === 'PUBLISHED');
  step(`published version ${published.version}, digest ${published.digest}`);
  const page = await publicReading.getPublishedDeclarationPage({ id, lang: 'en' });
  for (const expected of [moenv, verra, '1498.769']) {
    if (!page.includes(expected)) {
      throw new Error(`the public page of ${id} does not show ${expected}`);
    }
  }
  step(`the public page shows the credits and the residual (${page.length} characters)`);
  const tenant = process.env['TENANT'];
  if (tenant) {
    const index = await publicReading.listPublishedDeclarations({ tenant });
    if (!index.some((entry) => entry.declarationId === id)) {
      throw new Error(`${id} is not in ${tenant}'s public index`);
    }
    step(`listed in ${tenant}'s public index`);
  }
  const current = await declarations.getDeclaration({ id });
  console.log(JSON.stringify({
    declarationId: id, status: published.status, version: published.version, digest: published.digest,
    publication: current.publication?.status, publicPage: `${urls.disclosure}/public/declarations/${id}`,
  }));
}

main().catch(async (e: unknown) => {
  console.error(`flow: failed: ${await describe(e)}`);
  process.exit(1);
});
