import { describe, expect, inject, it } from 'vitest';
import { BadRequestError, Triggers, ValidationError } from '../../src/index.js';
import { createTestClient, MOCK_ERROR_CODE, type MockViolation } from '../../src/testing/index.js';

// The SDK and the mock agree on what a valid request is: the same inputs go to a real Prism
// (raw, so the SDK's checks cannot interfere) and through the SDK, and both must give the same
// verdict. The oracle is Prism itself, not the SDK's own tables.
const prismUrl = inject('prismUrl');
const PROJECT = 'ea026751-3edf-40a9-ad93-1b382bd60a78';

const URLS = [
  // the three of the issue
  'http://localhost:3000/hook',
  'http://127.0.0.1:8080/cb',
  'https://example.com?x=1',
  // accepted forms
  'https://my.server.com/callback',
  'https://example.com/?x=1',
  'https://example.com',
  'http://example.com:8443/hook',
  'ftp://files.example.org/a',
  'https://8.8.8.8/x',
  'https://user:pw@example.com/x',
  'HTTPS://EXAMPLE.COM/X',
  'https://bücher.example/x',
  'https://xn--bcher-kva.example/x',
  'https://example.com/#top',
  'https://webhook.site/d614d077-302a-4e0b-a06a-276923f7d8d4',
  // refused forms
  'https://10.0.0.1/x',
  'https://192.168.1.1',
  'https://172.20.0.1/',
  'https://169.254.0.1/',
  'https://example',
  'example.com/x',
  'https://exa mple.com/x',
  'mailto:someone@example.com',
  'ws://example.com/socket',
  'https://example.com#top',
  'https://-example.com/',
];

async function prismAccepts(target: string): Promise<boolean> {
  const response = await fetch(`${prismUrl}/v1/projects/${PROJECT}/webhooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer mock-token' },
    body: JSON.stringify({ target, secret: 'mock-secret', triggers: ['ALL'] }),
  });
  const violations = response.headers.get('sl-violations');
  await response.arrayBuffer();
  if (response.status === 201) return true;
  // Refused for the target's format, not for anything else about the request.
  expect(JSON.parse(violations ?? '[]').map((v: MockViolation) => `${v.location.join('.')}:${v.code}`)).toEqual(['request.body.target:format']);
  return false;
}

async function sdkAccepts(target: string): Promise<{ accepted: boolean; requests: number }> {
  let requests = 0;
  const client = createTestClient(prismUrl, {
    fetch: (input, init) => {
      requests++;
      return fetch(input, init);
    },
  });
  try {
    await client.webhooks.create({ target, secret: 'mock-secret', triggers: [Triggers.ALL] });
    return { accepted: true, requests };
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => `${i.path}:${i.rule}`)).toEqual(['target:format']);
    return { accepted: false, requests };
  }
}

describe('the SDK and the mock agree on URL validity', () => {
  it.each(URLS)('%s', async (target) => {
    const [prism, sdk] = await Promise.all([prismAccepts(target), sdkAccepts(target)]);
    expect(sdk).toEqual({ accepted: prism, requests: prism ? 1 : 0 });
  });

  it('refuses the three URLs of the issue on both sides', async () => {
    for (const target of URLS.slice(0, 3)) expect([await prismAccepts(target), (await sdkAccepts(target)).accepted]).toEqual([false, false]);
  });
});

describe('an error from the mock says what the mock refused', () => {
  it('shows the sl-violations in the message, errorCode and additionalInformation', async () => {
    let requests = 0;
    const client = createTestClient(prismUrl, {
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    // allowUnknownEnums lets the SDK send a trigger the bundled spec (and so the mock) does not know.
    const error = await client.webhooks
      .create({ target: 'https://my.server.com/callback', secret: 'mock-secret', triggers: ['NOT_IN_THIS_SPEC' as never] }, { allowUnknownEnums: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const err = error as BadRequestError;
    expect([requests, err.status, err.errorCode]).toEqual([1, 400, MOCK_ERROR_CODE]);
    const violations = err.additionalInformation?.['mockViolations'] as MockViolation[];
    expect(violations.map((v) => `${v.location.join('.')}:${v.code}`)).toEqual(['request.body.triggers.0:enum']);
    expect(err.message).toContain(`400 ${MOCK_ERROR_CODE}: The mock refused the request: ${violations[0]!.message}`);
    // The placeholder body Prism sent is kept, not shown as the reason.
    expect(err.additionalInformation?.['mockBody']).toMatchObject({ errorCode: 'string' });
  });

  it('leaves successful responses and errors without violations alone', async () => {
    const client = createTestClient(prismUrl);
    expect((await client.webhooks.get('7c60ce550f1d40198d5ffb113d58591b')).id).toBe('7c60ce550f1d40198d5ffb113d58591b');
  });
});

describe('drafts: the mock and the SDK accept an incomplete draft', () => {
  it('a sender draft without details goes through both; submitting it is refused by the SDK before sending', async () => {
    let requests = 0;
    const client = createTestClient(prismUrl, {
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const draft = await client.kakaotalk.senders.create({ plusFriendId: '@mockshop', status: 'DRAFT' });
    expect([requests, typeof draft.plusFriendId]).toEqual([1, 'string']);
    await expect(client.kakaotalk.senders.create({ plusFriendId: '@mockshop' })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toBe(1);
  });

  it('a WhatsApp template draft without details goes through both; submitting it is refused by the SDK before sending', async () => {
    let requests = 0;
    const client = createTestClient(prismUrl, {
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const base = { name: 'mock_draft', language: 'EN', category: 'UTILITY' } as const;
    await client.whatsapp.templates.create({ ...base, status: 'DRAFT' } as never);
    expect(requests).toBe(1);
    await expect(client.whatsapp.templates.create(base as never)).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toBe(1);
  });
});
