import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facadeOperations, missingOperations } from '../../../../scripts/lib/facade-check.js';
import { WhatsAppSenders } from '../../../../src/facade/resources/whatsapp/senders.js';
import { loadSpec, operations } from '../../../helpers/spec.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('facadeOperations', () => {
  it('reads every operation map of the resource classes: one entry per operation of the spec', async () => {
    const found = await facadeOperations(ROOT);
    const ids = found.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      operations(loadSpec())
        .map((o) => o.operationId)
        .sort(),
    );
  });

  it('names the class, the method and the file, as the class itself has them', async () => {
    const senders = (await facadeOperations(ROOT)).filter((o) => o.owner === 'WhatsAppSenders');
    expect(Object.fromEntries(senders.map((o) => [o.method, o.operationId]))).toEqual(WhatsAppSenders.operations);
    expect(new Set(senders.map((o) => o.file))).toEqual(new Set(['src/facade/resources/whatsapp/senders.ts']));
  });
});

describe('missingOperations', () => {
  it('lists the facade methods whose operation a document lacks', async () => {
    const doc: any = structuredClone(loadSpec());
    delete doc.paths['/v1/projects/{projectId}/whatsapp/senders/{senderId}/verification-status'];
    delete doc.paths['/v1/projects/{projectId}/webhooks'].get;
    expect(await missingOperations(doc, ROOT)).toEqual([
      { operationId: 'WebhookWebhookController_listWebhooks_v1', method: 'list', owner: 'Webhooks', file: 'src/facade/resources/webhooks/webhooks.ts' },
      {
        operationId: 'WhatsappSendersController_getVerificationStatus_v1',
        method: 'getVerificationStatus',
        owner: 'WhatsAppSenders',
        file: 'src/facade/resources/whatsapp/senders.ts',
      },
    ]);
    expect(await missingOperations(loadSpec(), ROOT)).toEqual([]);
  });
});
