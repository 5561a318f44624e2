import { describe, expect, inject, it } from 'vitest';
import type { RcsSenderInput, RcsSenderUpdate } from '../../../src/index.js';
import { createTestClient } from '../../../src/testing/index.js';
import { loadSpec, operations } from '../../helpers/spec.js';

// Prism answers with the spec's response examples; the requests must satisfy the spec or it answers 422.
const client = createTestClient(inject('prismUrl'));
const ops = operations(loadSpec());
const SENDER_ID = 'cf11794a-6a5e-4a12-b103-da79bd378bf1';
const TEST_NUMBER = '+46123123222';

/** The response example Prism sends back for an operation. */
function example(operationId: string): unknown {
  const { op } = ops.find((o) => o.operationId === operationId)!;
  const status = Object.keys(op.responses)
    .filter((c) => c.startsWith('2'))
    .sort()[0]!;
  return Object.values<{ value: unknown }>(op.responses[status].content['application/json'].examples)[0]!.value;
}

const createInput: RcsSenderInput = {
  region: 'EU',
  billingCategory: 'NON_CONVERSATIONAL',
  useCase: 'TRANSACTIONAL',
  details: {
    brand: {
      name: 'ACME Deliveries',
      description: 'Parcel updates from ACME',
      emails: [{ label: 'Support', address: 'support@acme.example' }],
      phones: [{ label: 'Hotline', number: '+46812345678' }],
      websites: [{ label: 'Website', url: 'https://acme.example' }],
      bannerUrl: 'https://cdn.acme.example/banner.png',
      logoUrl: 'https://cdn.acme.example/logo.png',
      privacyPolicyUrl: 'https://acme.example/privacy',
      termsOfServiceUrl: 'https://acme.example/terms',
    },
    testNumbers: ['+46700000001'],
    countries: ['SE', 'GB'],
  },
};
const usUpdate: RcsSenderUpdate = {
  details: {
    countries: ['US'],
    questionnaire: {
      us: {
        answers: {
          ownershipType: 'PUBLIC',
          legalForm: 'CORPORATION',
          taxIdCountry: 'US',
          taxId: '12-3456789',
          addressState: 'CA',
          stockExchange: 'NASDAQ',
          stockSymbol: 'ACME',
          companyLegalName: 'ACME Corporation',
          brandName: 'ACME',
          brandIndustry: 'RETAIL',
          sampleMessages: ['Your parcel 123 is out for delivery today.'],
          optInConfirmationMessage: 'You are now subscribed to ACME delivery updates.',
          callToActionMessage: 'Tick the box at checkout to receive delivery updates by RCS.',
        },
      },
    },
  },
};

describe('RCS account and questionnaire against the mock', () => {
  it('listActivities visits every entry of the account trail', async () => {
    const types: string[] = [];
    for await (const activity of client.rcs.listActivities({ pageSize: 50 })) types.push(activity.type);
    expect(types).toEqual(['CREATED', 'COMMENT_ADDED']);
  });

  it('addComment returns the created comment', async () => {
    expect(await client.rcs.addComment({ comment: 'Please enable RCS for our new brand.' })).toEqual({
      type: 'CREATED',
      comment: 'Example comment',
      created: '2023-01-19T13:11:08.204Z',
    });
  });

  it('questionnaire.get returns the questions for a use case and countries', async () => {
    const questionnaire = await client.rcs.questionnaire.get('TRANSACTIONAL', { countries: ['US'], usQuestionnaireVersion: 'v2' });
    expect(questionnaire).toEqual(example('RcsQuestionnaireController_getQuestions_v1'));
    expect(questionnaire.general.questions.optInDescription?.question).toBe('Example question');
  });
});

describe('RCS senders against the mock', () => {
  it('list awaits to the first page', async () => {
    const page = await client.rcs.senders.list({ search: 'acme', sortColumn: 'MODIFIED', sortDirection: 'DESC', filterStates: ['IN_TEST', 'LAUNCHED'] });
    expect(page.response).toEqual(example('RcsSendersController_listSenders_v1'));
    expect([page.items.length, page.items[0]?.id, page.totalSize]).toEqual([1, SENDER_ID, 10]);
  });

  it('creates, gets and updates a sender', async () => {
    const sender = example('RcsSendersController_getSender_v1');
    expect(await client.rcs.senders.create(createInput)).toEqual(example('RcsSendersController_createSender_v1'));
    expect(await client.rcs.senders.get(SENDER_ID)).toEqual(sender);
    expect(await client.rcs.senders.update(SENDER_ID, usUpdate, { usQuestionnaireVersion: 'v2' })).toEqual(example('RcsSendersController_updateSender_v1'));
  });

  it('launches a sender, and waitForLaunch returns once its state leaves the launch', async () => {
    expect(await client.rcs.senders.launch(SENDER_ID)).toEqual(example('RcsSendersController_launchSender_v1'));
    // The mock's sender is in DRAFT, a state outside the launch, so the first poll settles it.
    const settled = await client.rcs.senders.waitForLaunch(SENDER_ID, { timeout: 5000 });
    expect([settled.id, settled.state]).toEqual([SENDER_ID, 'DRAFT']);
  });

  it('lists activities and adds a comment', async () => {
    const activities = await client.rcs.senders.listActivities(SENDER_ID, { pageSize: 10 });
    expect([activities.totalSize, activities.items.map((a) => a.type)]).toEqual([2, ['CREATED', 'COMMENT_ADDED']]);
    expect((await client.rcs.senders.addComment(SENDER_ID, { comment: 'Brand assets updated.' })).type).toBe('CREATED');
  });

  it('manages test numbers', async () => {
    const added = await client.rcs.senders.addTestNumbers(SENDER_ID, { testNumbers: [TEST_NUMBER] });
    expect(added).toEqual(example('RcsSendersController_addTestNumbers_v1'));
    expect(await client.rcs.senders.getTestNumber(SENDER_ID, TEST_NUMBER)).toEqual({
      number: TEST_NUMBER,
      state: 'VERIFIED',
      submitted: '2023-01-19t13:11:08.204Z',
    });
    expect(await client.rcs.senders.getTestNumberCapabilities(SENDER_ID, TEST_NUMBER)).toEqual({ features: ['REVOCATION', 'ACTION_DIAL'] });
    expect((await client.rcs.senders.retryTestNumber(SENDER_ID, TEST_NUMBER)).state).toBe('UNVERIFIED');
    expect(await client.rcs.senders.deleteTestNumber(SENDER_ID, TEST_NUMBER)).toBeUndefined();
  });
});
