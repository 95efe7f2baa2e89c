// Writes the four OpenAPI documents to $OPENAPI_DIR (default openapi/) as <name>.json:
//   node scripts/fetch-documents.mjs               from the running services (GET /q/openapi; URLs from
//                                                  INVENTORY_URL, PATHWAY_URL, OFFSETS_URL, DISCLOSURE_URL, else suite up's)
//   node scripts/fetch-documents.mjs --from-build  from what `./mvnw package` stored in <service>/target/openapi
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, SERVICES } from './services.mjs';

mkdirSync(DOCUMENTS, { recursive: true });
for (const s of SERVICES) {
  const target = join(DOCUMENTS, `${s.name}.json`);
  if (process.argv.includes('--from-build')) {
    copyFileSync(join('..', '..', s.module, 'target', 'openapi', 'openapi.json'), target);
  } else {
    const url = `${process.env[s.env] || s.url}/q/openapi?format=json`;
    const answer = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!answer.ok) {
      throw new Error(`GET ${url}: HTTP ${answer.status}`);
    }
    writeFileSync(target, await answer.text());
  }
  console.log(`${target}`);
}
