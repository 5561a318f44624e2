import { describe, expectTypeOf, it } from 'vitest';
import type {
  PagePromise,
  Provisioning,
  WaitOptions,
  WhatsAppPartialTemplate,
  WhatsAppPartialTemplateList,
  WhatsAppSender,
  WhatsAppTemplate,
  WhatsAppTemplateList,
  WhatsAppTemplateListParams,
  Bundle,
  RcsSender,
} from '../../../../../src/index.js';

// Checked by `tsc --noEmit` (npm run typecheck), not at run time: the bodies below are never
// called (there is no client), only type-checked.
declare const client: Provisioning;
declare const mask: WhatsAppTemplateListParams;
const typeOnly = (assertions: () => void): void => void expectTypeOf(assertions).toBeFunction();

describe('public signatures read well in an editor', () => {
  it('a template query without fieldMask gives whole templates, with one gives partial ones', () =>
    typeOnly(() => {
      expectTypeOf(client.whatsapp.templates.list()).toEqualTypeOf<PagePromise<WhatsAppTemplate, WhatsAppTemplateList>>();
      expectTypeOf(client.whatsapp.templates.list({ pageSize: 5 })).toEqualTypeOf<PagePromise<WhatsAppTemplate, WhatsAppTemplateList>>();
      expectTypeOf(client.whatsapp.templates.list({ fieldMask: ['name'] })).toEqualTypeOf<PagePromise<WhatsAppPartialTemplate, WhatsAppPartialTemplateList>>();
      // A variable that may carry a mask gets the partial type, never the whole one.
      expectTypeOf(client.whatsapp.templates.list(mask)).toEqualTypeOf<PagePromise<WhatsAppPartialTemplate, WhatsAppPartialTemplateList>>();
      expectTypeOf(client.whatsapp.templates.get('t', 'EN_US')).resolves.toEqualTypeOf<WhatsAppTemplate>();
      expectTypeOf(client.whatsapp.templates.get('t', 'EN_US', { fieldMask: ['name'] })).resolves.toEqualTypeOf<WhatsAppPartialTemplate>();
    }));

  it('onPoll gets the polled resource, not unknown', () =>
    typeOnly(() => {
      expectTypeOf(client.bundles.waitUntilDone).parameter(1).toEqualTypeOf<WaitOptions<Bundle> | undefined>();
      expectTypeOf(client.rcs.senders.waitForLaunch).parameter(1).toEqualTypeOf<WaitOptions<RcsSender> | undefined>();
      expectTypeOf(client.whatsapp.senders.waitForFinalState).parameter(1).toEqualTypeOf<WaitOptions<WhatsAppSender> | undefined>();
      expectTypeOf<NonNullable<WaitOptions<Bundle>['onPoll']>>().parameter(0).toEqualTypeOf<Bundle>();
    }));
});
