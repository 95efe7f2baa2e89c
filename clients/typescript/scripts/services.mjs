// The four services: the name of each generated client, the service's folder and its local URL (suite up).
export const SERVICES = [
  { name: 'inventory', module: 'inventory-service', env: 'INVENTORY_URL', url: 'http://127.0.0.1:8081' },
  { name: 'pathway', module: 'pathway-service', env: 'PATHWAY_URL', url: 'http://127.0.0.1:8082' },
  { name: 'offsets', module: 'offset-service', env: 'OFFSETS_URL', url: 'http://127.0.0.1:8083' },
  { name: 'disclosure', module: 'disclosure-service', env: 'DISCLOSURE_URL', url: 'http://127.0.0.1:8084' },
];

export const DOCUMENTS = process.env.OPENAPI_DIR || 'openapi';
