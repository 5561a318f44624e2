import { describe, expect, it } from 'vitest';
import { senderIssues } from '../../../../../src/facade/resources/rcs/checks.js';
import { type RcsSenderInput, type RcsSenderUpdate, ValidationError } from '../../../../../src/index.js';
import { json, type scriptedFetch } from '../../helpers.js';
import { client } from '../../../../helpers/client.js';
import { rejection } from '../../../../helpers/rejection.js';

const SENDER_ID = 'cf11794a-6a5e-4a12-b103-da79bd378bf1';
const sender = { id: SENDER_ID, region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP', hostingRegion: 'EUROPE', state: 'IN_TEST' };
const minimal: RcsSenderInput = { region: 'EU', billingCategory: 'CONVERSATIONAL', useCase: 'OTP' };
const usPublic = { ownershipType: 'PUBLIC', legalForm: 'CORPORATION', taxIdCountry: 'US', taxId: '12-3456789' } as const;

const sent = (fetch: ReturnType<typeof scriptedFetch>) => fetch.calls.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);
/** A body with only US questionnaire answers, usable for create and update. */
const withUs = (answers: Record<string, unknown>) =>
  ({ details: { questionnaire: { us: { answers } } } }) as unknown as { details: NonNullable<RcsSenderInput['details']> & RcsSenderUpdate['details'] };

describe('rcs account', () => {
  it('listActivities pages through the account trail', async () => {
    const { c, fetch } = client([
      json(200, { totalSize: 2, pageSize: 1, notifications: [{ type: 'CREATED' }], nextPageToken: 't2' }),
      json(200, { totalSize: 2, pageSize: 1, notifications: [{ type: 'COMMENT_ADDED', comment: 'Hello' }] }),
    ]);
    const types: string[] = [];
    for await (const a of c.rcs.listActivities({ pageSize: 1 })) types.push(a.type);
    expect(types).toEqual(['CREATED', 'COMMENT_ADDED']);
    expect(sent(fetch)).toEqual(['GET /v1/projects/p1/rcs/activities?pageSize=1', 'GET /v1/projects/p1/rcs/activities?pageSize=1&pageToken=t2']);
  });

  it('addComment rejects an empty comment without sending', async () => {
    const { c, fetch } = client([json(201, {})]);
    const err = await rejection<ValidationError>(c.rcs.addComment({ comment: '' }));
    expect([err.field, err.rule]).toEqual(['comment', 'minLength']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('rcs.questionnaire', () => {
  it('gets the questions of a use case for the given countries', async () => {
    const { c, fetch } = client([json(200, { general: { questions: {} }, verification: { questions: {} } })]);
    expect(await c.rcs.questionnaire.get('OTP', { countries: ['US', 'GB'], usQuestionnaireBrandCampaignVersion: 'US_PUBLIC' })).toEqual({
      general: { questions: {} },
      verification: { questions: {} },
    });
    expect(sent(fetch)).toEqual(['GET /v1/projects/p1/rcs/questionnaire/OTP?countries=US&countries=GB&usQuestionnaireBrandCampaignVersion=US_PUBLIC']);
  });

  it('rejects an unknown use case without sending', async () => {
    const { c, fetch } = client([json(200, {})]);
    const err = await rejection<ValidationError>(c.rcs.questionnaire.get('MARKETING' as never));
    expect([err.field, err.rule, err.issues[0]?.values]).toEqual(['useCase', 'enum', ['MARKETING']]);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('rcs.senders', () => {
  it('list sends filters, search and sort', async () => {
    const { c, fetch } = client([json(200, { totalSize: 1, pageSize: 50, senders: [sender] })]);
    const page = await c.rcs.senders.list({ filterStates: ['IN_TEST'], search: 'acme', sortColumn: 'NAME', sortDirection: 'ASC' });
    expect(page.items).toEqual([sender]);
    expect(sent(fetch)).toEqual(['GET /v1/projects/p1/rcs/senders?filterStates=IN_TEST&search=acme&sortColumn=NAME&sortDirection=ASC']);
  });

  it('create sends the three required fields alone', async () => {
    const { c, fetch } = client([json(201, sender)]);
    expect(await c.rcs.senders.create(minimal)).toEqual(sender);
    expect(sent(fetch)).toEqual(['POST /v1/projects/p1/rcs/senders']);
    expect(JSON.parse(fetch.calls[0]?.body ?? '')).toEqual(minimal);
  });

  it.each([
    [{ billingCategory: 'CONVERSATIONAL', useCase: 'OTP' }, 'region', 'required'],
    [{ ...minimal, billingCategory: 'FREE' }, 'billingCategory', 'enum'],
    [{ ...minimal, details: { countries: [] } }, 'details.countries', 'minItems'],
    [{ ...minimal, details: { brand: { phones: [{ label: 'Office', number: '+33 777-777-777' }] } } }, 'details.brand.phones[0].number', 'pattern'],
  ])('create rejects bad input %# (%s %s) without sending', async (body, field, rule) => {
    const { c, fetch } = client([json(201, sender)]);
    const err = await rejection<ValidationError>(c.rcs.senders.create(body as RcsSenderInput));
    expect(err).toBeInstanceOf(ValidationError);
    expect([err.field, err.rule]).toEqual([field, rule]);
    expect(fetch.calls).toHaveLength(0);
  });

  it('update sends PATCH with the body, and the query after it', async () => {
    const { c, fetch } = client([json(200, sender)]);
    const patch = { details: { countries: ['US' as const], testNumbers: null } };
    expect(await c.rcs.senders.update(SENDER_ID, patch, { usQuestionnaireVersion: 'v2' })).toEqual(sender);
    expect(sent(fetch)).toEqual([`PATCH /v1/projects/p1/rcs/senders/${SENDER_ID}?usQuestionnaireVersion=v2`]);
    expect(fetch.calls[0]?.body).toBe('{"details":{"countries":["US"],"testNumbers":null}}');
  });

  it('update rejects an unknown questionnaire version and a duplicate brand website in one error', async () => {
    const { c, fetch } = client([json(200, sender)]);
    const site = { label: 'Web', url: 'https://example.com' };
    const err = await rejection<ValidationError>(
      c.rcs.senders.update(SENDER_ID, { details: { brand: { websites: [site, { ...site, label: 'Shop' }] } } }, { usQuestionnaireVersion: 'v3' as never }),
    );
    // A Set: the generated rule repeats the enum beside its $ref, so the enum issue may come twice.
    expect(new Set(err.issues.map((i) => `${i.path} ${i.rule}`))).toEqual(new Set(['usQuestionnaireVersion enum', 'details.brand.websites[1].url uniqueBy']));
    expect(fetch.calls).toHaveLength(0);
  });

  it('launch, addComment and listActivities use the sender sub-paths', async () => {
    const { c, fetch } = client([
      json(200, { ...sender, state: 'LAUNCHING' }),
      json(201, { type: 'CREATED', comment: 'Ready' }),
      json(200, { totalSize: 0, pageSize: 50, notifications: [] }),
    ]);
    expect((await c.rcs.senders.launch(SENDER_ID)).state).toBe('LAUNCHING');
    expect((await c.rcs.senders.addComment(SENDER_ID, { comment: 'Ready' })).comment).toBe('Ready');
    expect((await c.rcs.senders.listActivities(SENDER_ID)).items).toEqual([]);
    const base = `/v1/projects/p1/rcs/senders/${SENDER_ID}`;
    expect(sent(fetch)).toEqual([`POST ${base}/launch`, `POST ${base}/comments`, `GET ${base}/activities`]);
  });
});

describe('rcs.senders test numbers', () => {
  const number = '+12223334444';
  const state = { number, state: 'PENDING', submitted: '2023-01-19T13:11:08.204Z' };

  it('encodes the E.164 number in the path of every test-number call', async () => {
    const { c, fetch } = client([json(200, state), json(200, { features: ['ACTION_DIAL'] }), json(200, state), new Response(null, { status: 204 })]);
    expect(await c.rcs.senders.getTestNumber(SENDER_ID, number)).toEqual(state);
    expect(await c.rcs.senders.getTestNumberCapabilities(SENDER_ID, number)).toEqual({ features: ['ACTION_DIAL'] });
    expect(await c.rcs.senders.retryTestNumber(SENDER_ID, number)).toEqual(state);
    expect(await c.rcs.senders.deleteTestNumber(SENDER_ID, number)).toBeUndefined();
    const base = `/v1/projects/p1/rcs/senders/${SENDER_ID}/testNumbers/%2B12223334444`;
    expect(sent(fetch)).toEqual([`GET ${base}`, `GET ${base}/capabilities`, `GET ${base}/retry`, `DELETE ${base}`]);
  });

  it('addTestNumbers rejects more than 200 numbers, and repeats, without sending', async () => {
    const { c, fetch } = client([json(200, { testNumbers: [] })]);
    const many = Array.from({ length: 201 }, (_, i) => `+4670000${String(i).padStart(4, '0')}`);
    expect([(await rejection<ValidationError>(c.rcs.senders.addTestNumbers(SENDER_ID, { testNumbers: many }))).rule]).toEqual(['maxItems']);
    const twice = await rejection<ValidationError>(c.rcs.senders.addTestNumbers(SENDER_ID, { testNumbers: [number, number] }));
    expect([twice.field, twice.rule]).toEqual(['testNumbers', 'uniqueItems']);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('senderIssues (cross-field rules of create and update)', () => {
  it('accepts the documented shapes', () => {
    expect(senderIssues(undefined)).toEqual([]);
    expect(senderIssues({ details: { brand: { emails: null, phones: [{ number: '+4612345678' }, { number: '+4687654321' }] } } })).toEqual([]);
    expect(senderIssues(withUs(usPublic))).toEqual([]);
    expect(senderIssues(withUs({ ownershipType: 'PRIVATE', legalForm: 'PARTNERSHIP', taxIdCountry: 'SE', taxId: 'SE-TAX-54321' }))).toEqual([]);
    expect(senderIssues(withUs({ legalForm: 'PARTNERSHIP', taxId: '987654321' }))).toEqual([]);
  });

  it('flags a repeated email address, phone number or website url, without quoting it', () => {
    const issues = senderIssues({
      details: {
        brand: {
          emails: [
            { label: 'A', address: 'a@example.com' },
            { label: 'B', address: 'a@example.com' },
          ],
          phones: [{ number: '+4612345678' }, { number: '+4699999999' }, { number: '+4612345678' }],
          websites: [{ url: 'https://example.com' }, { url: 'https://example.com' }],
        },
      },
    });
    expect(issues.map((i) => `${i.path} ${i.rule}`)).toEqual([
      'details.brand.emails[1].address uniqueBy',
      'details.brand.phones[2].number uniqueBy',
      'details.brand.websites[1].url uniqueBy',
    ]);
    expect(issues[0]?.message).toBe('repeats an earlier entry; each address may appear once');
    expect(JSON.stringify(issues)).not.toContain('example.com');
  });

  it('requires CORPORATION for a PUBLIC company and XX-XXXXXXX for a US tax ID', () => {
    expect(senderIssues(withUs({ ...usPublic, legalForm: 'LIMITED_LIABILITY_COMPANY', taxId: '123456789' }))).toEqual([
      {
        path: 'details.questionnaire.us.answers.legalForm',
        rule: 'corporationIfPublic',
        message: 'must be CORPORATION when ownershipType is PUBLIC',
        values: ['LIMITED_LIABILITY_COMPANY'],
      },
      {
        path: 'details.questionnaire.us.answers.taxId',
        rule: 'usTaxIdFormat',
        message: 'must have the form XX-XXXXXXX (e.g. 12-3456789) when taxIdCountry is US',
      },
    ]);
  });

  it('create and update reject the US answers before sending', async () => {
    const { c, fetch } = client([json(201, sender)]);
    const bad = { ...usPublic, legalForm: 'S_CORPORATION' };
    const created = await rejection<ValidationError>(c.rcs.senders.create({ ...minimal, ...withUs(bad) }));
    expect([created.field, created.rule]).toEqual(['details.questionnaire.us.answers.legalForm', 'corporationIfPublic']);
    const updated = await rejection<ValidationError>(c.rcs.senders.update(SENDER_ID, withUs({ taxIdCountry: 'US', taxId: '12-345' })));
    expect([updated.field, updated.rule]).toEqual(['details.questionnaire.us.answers.taxId', 'usTaxIdFormat']);
    expect(fetch.calls).toHaveLength(0);
  });
});
