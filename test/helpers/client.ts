import { Provisioning, type ProvisioningOptions } from '../../src/index.js';
import { type Reply, SENTINEL_TOKEN, scriptedFetch } from '../unit/facade/helpers.js';

/** The API root of the scripted clients; never resolved, nothing leaves the process. */
export const BASE = 'https://provisioning.test';

/**
 * A client for project `p1` whose fetch answers `replies` in order (the last repeats) and records
 * every request in `fetch.calls`. No retries unless `options` ask for them, so request counts are
 * exact; `options` override every default.
 */
export function client(replies: Reply[] = [], options: ProvisioningOptions = {}) {
  const fetch = scriptedFetch(...replies);
  const c = new Provisioning({ projectId: 'p1', accessToken: SENTINEL_TOKEN, baseUrl: BASE, fetch, maxRetries: 0, ...options });
  return { c, fetch };
}
