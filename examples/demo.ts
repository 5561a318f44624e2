// `npm run demo`: a short walkthrough against a local Prism mock of the bundled spec.
// No Sinch account and no network beyond loopback: the mock answers with the spec's examples.
import { NotFoundError, Provisioning, Triggers, ValidationError } from '../src/index.js';
import { startMockServer } from '../src/testing/index.js';

const mock = await startMockServer();
console.log(`Prism mock of openapi/provisioning.yaml listening on ${mock.url}\n`);

try {
  // Against the real API you would pass keyId/keySecret (OAuth2) instead of a token and baseUrl.
  const client = new Provisioning({ projectId: 'ea026751-3edf-40a9-ad93-1b382bd60a78', accessToken: 'demo-token', baseUrl: mock.url });

  const created = await client.webhooks.create({
    target: 'https://my.server.com/callback',
    secret: 'f3b9c2e4a8d14b7c9e0a6d2f5c8b1e7a',
    triggers: Triggers.normalize([Triggers.WHATSAPP_TEMPLATE_APPROVED, Triggers.WHATSAPP_TEMPLATE_REJECTED]),
  });
  console.log(`1. created webhook ${created.id} -> ${created.target} [${created.triggers.join(', ')}]`);

  console.log('2. every webhook of the project (for await pages through the list):');
  for await (const hook of client.webhooks.list({ pageSize: 15 })) {
    console.log(`   - ${hook.id} ${hook.target} [${hook.triggers.join(', ')}]`);
  }

  const fetched = await client.webhooks.get(created.id);
  console.log(`3. fetched webhook ${fetched.id}: ${fetched.triggers.length} trigger(s)`);

  try {
    await client.webhooks.create({ target: 'not-a-url', secret: '', triggers: [Triggers.ALL, Triggers.BUNDLE_DONE] });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    console.log(`4. bad input rejected before sending: ${error.message}`);
  }

  try {
    // Prism answers with the documented 404 when asked to (Prefer: code=404).
    await client.webhooks.get('7c60ce550f1d40198d5ffb113d58591b', { headers: { Prefer: 'code=404' } });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`5. typed API error: ${error.name} (status ${error.status}, ${error.operation?.method} ${error.operation?.path})`);
  }
  console.log('\nDone.');
} finally {
  await mock.close();
}
