import { type ProvisioningOptions, resolveConfig } from './internal/config.js';
import { type ClientDefaults, type ClientOverrides, derive } from './internal/derive.js';
import { type Transport, createTransport } from './internal/transport.js';
import type { ClientContext, RawClient } from './pipeline/options.js';
import { createRaw } from './pipeline/raw.js';
import { Bundles } from './resources/bundles/index.js';
import { Conversation } from './resources/conversation/index.js';
import { KakaoTalk } from './resources/kakaotalk/index.js';
import { Rcs } from './resources/rcs/index.js';
import { Sms } from './resources/sms/index.js';
import { Webhooks } from './resources/webhooks/index.js';
import { WhatsApp } from './resources/whatsapp/index.js';

/** Carries a parent's transport into the constructor of a client made by `withOptions` (not exported). */
const DERIVED = Symbol('derived');
interface Derived {
  transport: Transport;
  baseUrl: string;
  defaults: ClientDefaults;
}

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
   * `unwrap()` to get the data or the typed error. Hooks and tracing see these calls too;
   * middleware added with `raw.use()` sees only these, not the resource methods.
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
  readonly #derived: Derived;

  constructor(options: ProvisioningOptions = {}) {
    let derived = (options as { [DERIVED]?: Derived })[DERIVED];
    if (!derived) {
      const config = resolveConfig(options);
      const { projectId, defaultHeaders } = config;
      derived = { transport: createTransport(config), baseUrl: config.baseUrl, defaults: { projectId, defaultHeaders } };
    }
    this.#derived = derived;
    const { transport, defaults } = derived;
    // A derived client's settings ride on every raw call as call options; one object per client.
    const call = defaults.hooks || defaults.timeout !== undefined || defaults.maxRetries !== undefined ? defaults : undefined;
    const raw = createRaw(transport, derived.baseUrl, defaults.defaultHeaders, call);
    this.projectId = defaults.projectId;
    this.raw = raw;
    const baseUrl = derived.baseUrl.endsWith('/') ? derived.baseUrl.slice(0, -1) : derived.baseUrl;
    const context: ClientContext = { transport, baseUrl, ...defaults };
    this.webhooks = new Webhooks(context);
    this.bundles = new Bundles(context);
    this.conversation = new Conversation(context);
    this.whatsapp = new WhatsApp(context);
    this.kakaotalk = new KakaoTalk(context);
    this.rcs = new Rcs(context);
    this.sms = new Sms(context);
  }

  /**
   * A client with some settings changed that shares everything else with this one: the
   * credentials and their token cache (no second token request), the fetch, the logger and
   * whatever limits traffic. `headers` add to the default headers; `hooks` run after this
   * client's hooks.
   *
   * ```ts
   * const other = client.withOptions({ projectId: 'other-project', maxRetries: 0 });
   * ```
   */
  withOptions(overrides: ClientOverrides): Provisioning {
    const { transport, baseUrl, defaults } = this.#derived;
    const next: Derived = { transport, baseUrl, defaults: derive(defaults, overrides) };
    return new Provisioning({ [DERIVED]: next } as ProvisioningOptions);
  }
}

export type { ClientOverrides, ProvisioningOptions };
