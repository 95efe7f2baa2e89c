// Generates a typescript-fetch client per service into generated/<name> from $OPENAPI_DIR/<name>.json (default
// openapi/), with the generator version pinned in openapitools.json (its jar is fetched from Maven Central once and
// kept in .generator/; it needs a Java 11+ runtime).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS, SERVICES } from './services.mjs';

const cli = join('node_modules', '.bin', 'openapi-generator-cli');
for (const s of SERVICES) {
  const output = join('generated', s.name);
  rmSync(output, { recursive: true, force: true });
  execFileSync(cli, ['generate', '--input-spec', join(DOCUMENTS, `${s.name}.json`), '--generator-name', 'typescript-fetch',
    '--output', output,
    '--additional-properties', 'supportsES6=true,useSingleRequestParameter=true,withInterfaces=false,'
      + 'modelPropertyNaming=original,enumPropertyNaming=original'],
  { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`generated ${output}`);
}
