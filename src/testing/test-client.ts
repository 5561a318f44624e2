import { Provisioning, type ProvisioningOptions } from '../facade/client.js';
import { withMockViolations } from './mock-violations.js';

/**
 * A client for a mock server (see {@link startMockServer}): fixed test project, a dummy bearer
 * token (Prism checks that one is sent, not its value) and no retries, so failures show at once.
 * When the mock refuses a request, the error's message and `additionalInformation.mockViolations`
 * say why (see {@link withMockViolations}); a `fetch` you pass is wrapped the same way.
 */
export function createTestClient(url: string, options: ProvisioningOptions = {}): Provisioning {
  return new Provisioning({
    projectId: 'ea026751-3edf-40a9-ad93-1b382bd60a78',
    accessToken: 'mock-token',
    baseUrl: url,
    maxRetries: 0,
    ...options,
    fetch: withMockViolations(options.fetch),
  });
}
