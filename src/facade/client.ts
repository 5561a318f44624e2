import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { ClientContext, RawClient } from './core/resource.js';
import { type ProvisioningOptions, resolveConfig } from './internal/config.js';
import { guardRaw } from './internal/raw-guard.js';
import { requestTemplates } from './internal/request-meta.js';
import { createTransport } from './internal/transport.js';
import { Bundles } from './resources/bundles.js';
import { Conversation } from './resources/conversation.js';
import { KakaoTalk } from './resources/kakaotalk/index.js';
import { Rcs } from './resources/rcs/index.js';
import { Sms } from './resources/sms/index.js';
import { Webhooks } from './resources/webhooks.js';
import { WhatsApp } from './resources/whatsapp/index.js';

/** Tells the transport which path template a request came from, for logs and errors. */
const pathTemplate: Middleware = {
  onRequest({ request, schemaPath }) {
    requestTemplates.set(request, schemaPath);
  },
};

/**
 * Client for the Sinch Provisioning API.
 *
 * ```ts
 * const client = new Provisioning({ projectId, keyId, keySecret });
 * for await (const hook of client.webhooks.list()) console.log(hook.target);
 * ```
 */
export class Provisioning {
  /** Project used when a call does not pass `projectId`. */
  readonly projectId: string;
  /**
   * The typed openapi-fetch client for any endpoint, with the same auth, retries, timeouts
   * and logging. It returns openapi-fetch's `{ data } | { error }`; pass the result to
   * `unwrap()` to get the data or the typed error.
   */
  readonly raw: RawClient;
  /** Provisioning webhooks: where Sinch sends events about your resources. */
  readonly webhooks: Webhooks;
  /** Bundles: one asynchronous order for a subproject, SMS app, Conversation app and webhooks. */
  readonly bundles: Bundles;
  /** Channel information (Instagram, Messenger, Telegram, Viber) of Conversation API apps. */
  readonly conversation: Conversation;
  /** The project's WhatsApp account, with its senders, templates, flows and solutions. */
  readonly whatsapp: WhatsApp;
  /** KakaoTalk senders, their templates, and the category codes. */
  readonly kakaotalk: KakaoTalk;
  /** RCS account activity and comments, the launch questionnaire and RCS senders. */
  readonly rcs: Rcs;
  /** SMS apps. */
  readonly sms: Sms;

  constructor(options: ProvisioningOptions = {}) {
    const config = resolveConfig(options);
    const transport = createTransport(config);
    const raw = guardRaw(
      createClient<paths, 'application/json'>({
        baseUrl: config.baseUrl,
        headers: config.defaultHeaders,
        fetch: (request: Request) => transport(request),
      }),
    );
    raw.use(pathTemplate);
    this.projectId = config.projectId;
    this.raw = raw;
    const baseUrl = config.baseUrl.endsWith('/') ? config.baseUrl.slice(0, -1) : config.baseUrl;
    const context: ClientContext = { raw, projectId: config.projectId, transport, baseUrl, defaultHeaders: config.defaultHeaders };
    this.webhooks = new Webhooks(context);
    this.bundles = new Bundles(context);
    this.conversation = new Conversation(context);
    this.whatsapp = new WhatsApp(context);
    this.kakaotalk = new KakaoTalk(context);
    this.rcs = new Rcs(context);
    this.sms = new Sms(context);
  }
}

export type { ProvisioningOptions };
