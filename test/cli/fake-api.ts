// An in-memory fake of the webhooks, WhatsApp template and KakaoTalk template endpoints. Every
// request it receives and every response it sends is validated with ajv against the spec's own
// schemas (and its status codes come from the spec), so the fake cannot drift from the API: a
// test asserts `violations` is empty.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Json, loadSpec, operations, specAjv } from '../helpers/spec.js';

type Reply = { status: number; body?: unknown };
type Handler = (params: Record<string, string>, body: any, query: URLSearchParams) => Reply;

interface WebhookRecord {
  id: string;
  target: string;
  triggers: string[];
  secret: string;
}

const PROJECT = 'ea026751-3edf-40a9-ad93-1b382bd60a78';

export interface FakeApi {
  url: string;
  projectId: string;
  webhooks: Map<string, WebhookRecord>;
  whatsapp: Map<string, Json>;
  kakaotalk: Map<string, Map<string, Json>>;
  /** Every request as `METHOD /path` (no query). */
  requests: string[];
  /** Schema violations of requests and responses; must stay empty. */
  violations: string[];
  /** After this many more writes, the next write is carried out but its connection is cut. */
  cutAfterWrites: number | undefined;
  /** Template names deleted in the last 30 days: creating one is refused (409 template_name_recently_used). */
  recentlyDeleted: Set<string>;
  /** Ends every review: pending changes become the live template, APPROVED. */
  approveAll(): void;
  close(): Promise<void>;
}

const papi = (status: number, errorCode: string, message: string): Reply => ({ status, body: { errorCode, message, resolution: 'See the API reference.' } });
const pathRegex = (template: string) => new RegExp(`^${template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`);

export async function startFakeApi(): Promise<FakeApi> {
  const spec = loadSpec();
  // One compiled validator per spec schema (compiling on every request would dominate the run).
  const { ajv } = specAjv(spec);
  const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();
  const validate = (schema: Json, value: unknown): string[] => {
    let fn = compiled.get(schema);
    if (!fn) {
      fn = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/')));
      compiled.set(schema, fn);
    }
    return fn(value) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  };
  const ops = operations(spec);
  const webhooks = new Map<string, WebhookRecord>();
  const whatsapp = new Map<string, Json>();
  const kakaotalk = new Map<string, Map<string, Json>>();
  const recentlyDeleted = new Set<string>();
  const senders = () => [...kakaotalk.keys()].map((plusFriendId) => ({ plusFriendId, state: 'ACTIVE' }));
  const successStatus = (operationId: string): number => {
    const op = ops.find((o) => o.operationId === operationId)!;
    return Number(Object.keys(op.op.responses).find((s) => s.startsWith('2')));
  };
  const ok = (operationId: string, body?: unknown): Reply => ({ status: successStatus(operationId), body });
  const hookDto = (w: WebhookRecord) => ({ id: w.id, target: w.target, projectId: PROJECT, triggers: w.triggers });
  const page = (key: string, items: unknown[]) => ({ totalSize: items.length, pageSize: items.length, [key]: items });
  const waKey = (p: Record<string, string>) => `${p['templateName']}/${p['languageCode']}`;
  const review = (status: string | undefined) => (status === 'DRAFT' ? 'DRAFT' : 'IN_PROGRESS');
  // The server fills what the input leaves out: the spec's declared defaults (and no buttons).
  const kakaoDefaults = {
    ...Object.fromEntries(
      Object.entries<Json>(spec.components.schemas.KakaotalkInputTemplateDetailsDto.properties).flatMap(([k, v]) =>
        v['default'] === undefined ? [] : [[k, v['default']]],
      ),
    ),
    buttons: [],
  };

  const handlers: Record<string, Handler> = {
    WebhookWebhookController_listWebhooks_v1: () => ok('WebhookWebhookController_listWebhooks_v1', page('webhooks', [...webhooks.values()].map(hookDto))),
    WebhookWebhookController_createWebhook_v1: (_p, body) => {
      if ([...webhooks.values()].some((w) => w.target === body.target)) return papi(409, 'webhook_exists', 'A webhook with this target exists.');
      const w = { id: randomUUID().replaceAll('-', ''), target: body.target, triggers: body.triggers, secret: body.secret };
      webhooks.set(w.id, w);
      return ok('WebhookWebhookController_createWebhook_v1', hookDto(w));
    },
    WebhookWebhookController_getWebhook_v1: (p) => {
      const w = webhooks.get(p['webhookId']!);
      return w ? ok('WebhookWebhookController_getWebhook_v1', hookDto(w)) : papi(404, 'webhook_not_found', 'No such webhook.');
    },
    WebhookWebhookController_updateWebhook_v1: (p, body) => {
      const w = webhooks.get(p['webhookId']!);
      if (!w) return papi(404, 'webhook_not_found', 'No such webhook.');
      Object.assign(w, body);
      return ok('WebhookWebhookController_updateWebhook_v1', hookDto(w));
    },
    WebhookWebhookController_deleteWebhook_v1: (p) => {
      if (!webhooks.delete(p['webhookId']!)) return papi(404, 'webhook_not_found', 'No such webhook.');
      return ok('WebhookWebhookController_deleteWebhook_v1');
    },
    WhatsappTemplatesController_listTemplates_v1: () => ok('WhatsappTemplatesController_listTemplates_v1', page('templates', [...whatsapp.values()])),
    WhatsappTemplatesController_createTemplate_v1: (_p, body) => {
      const key = `${body.name}/${body.language}`;
      if (whatsapp.has(key)) return papi(409, 'template_exists', 'The template exists.');
      if (recentlyDeleted.has(body.name)) return papi(409, 'template_name_recently_used', 'This name was deleted less than 30 days ago.');
      const t = {
        name: body.name,
        language: body.language,
        category: body.category,
        analytics: [],
        isMetaGenerated: false,
        changes: { status: review(body.status), details: body.details },
      };
      whatsapp.set(key, t);
      return ok('WhatsappTemplatesController_createTemplate_v1', t);
    },
    WhatsappTemplatesController_getTemplate_v1: (p) => {
      const t = whatsapp.get(waKey(p));
      return t ? ok('WhatsappTemplatesController_getTemplate_v1', t) : papi(404, 'template_not_found', 'No such template.');
    },
    WhatsappTemplatesController_updateTemplate_v1: (p, body) => {
      const t = whatsapp.get(waKey(p));
      if (!t) return papi(404, 'template_not_found', 'No such template.');
      if (t['state'] === 'PENDING' || t['changes']?.status === 'IN_PROGRESS') return papi(409, 'template_changes_not_updatable', 'Under review.');
      if (body.category) t['category'] = body.category;
      t['changes'] = { status: review(body.status), details: body.details ?? t['details'] };
      return ok('WhatsappTemplatesController_updateTemplate_v1', t);
    },
    WhatsappTemplatesController_deleteTemplateByNameAndLanguage_v1: (p) => {
      if (!whatsapp.delete(waKey(p))) return papi(404, 'template_not_found', 'No such template.');
      return ok('WhatsappTemplatesController_deleteTemplateByNameAndLanguage_v1');
    },
    KakaotalkSendersController_listSenders_v1: () => ok('KakaotalkSendersController_listSenders_v1', page('senders', senders())),
    KakaotalkSendersController_getSender_v1: (p) => ok('KakaotalkSendersController_getSender_v1', { plusFriendId: p['plusFriendId'], state: 'ACTIVE' }),
    KakaotalkTemplatesController_listTemplates_v1: (p) =>
      ok('KakaotalkTemplatesController_listTemplates_v1', page('templates', [...(kakaotalk.get(p['plusFriendId']!)?.values() ?? [])])),
    KakaotalkTemplatesController_createTemplate_v1: (p, body) => {
      const own = kakaotalk.get(p['plusFriendId']!) ?? new Map<string, Json>();
      kakaotalk.set(p['plusFriendId']!, own);
      if ([...own.values()].some((t) => (t['changes']?.details ?? t['details'])?.name === body.details.name))
        return papi(409, 'template_exists', 'Name taken.');
      const t = {
        code: randomUUID().replaceAll('-', '').slice(0, 20),
        changes: { status: review(body.status), details: { ...kakaoDefaults, ...body.details } },
      };
      own.set(t.code, t);
      return ok('KakaotalkTemplatesController_createTemplate_v1', t);
    },
    KakaotalkTemplatesController_get_v1: (p) => {
      const t = kakaotalk.get(p['plusFriendId']!)?.get(p['templateCode']!);
      return t ? ok('KakaotalkTemplatesController_get_v1', t) : papi(404, 'template_not_found', 'No such template.');
    },
    KakaotalkTemplatesController_updateTemplate_v1: (p, body) => {
      const t = kakaotalk.get(p['plusFriendId']!)?.get(p['templateCode']!);
      if (!t) return papi(404, 'template_not_found', 'No such template.');
      if (t['changes']?.status === 'IN_PROGRESS') return papi(409, 'template_changes_not_updatable', 'Under review.');
      const current = t['changes']?.details ?? t['details'];
      t['changes'] = { status: review(body.status), details: { ...current, ...body.details, language: current.language } };
      return ok('KakaotalkTemplatesController_updateTemplate_v1', t);
    },
    KakaotalkTemplatesController_deleteTemplate_v1: (p) => {
      if (!kakaotalk.get(p['plusFriendId']!)?.delete(p['templateCode']!)) return papi(404, 'template_not_found', 'No such template.');
      return ok('KakaotalkTemplatesController_deleteTemplate_v1');
    },
  };

  const routes = ops.map((o) => ({ ...o, regex: pathRegex(o.path) }));
  const violations: string[] = [];
  const requests: string[] = [];
  const fake = { cutAfterWrites: undefined as number | undefined };

  const respond = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = (req.method ?? 'GET').toLowerCase();
    requests.push(`${req.method} ${url.pathname}`);
    const route = routes.find((r) => r.method === method && r.regex.test(url.pathname));
    const send = ({ status, body }: Reply) => {
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' }).end(text);
    };
    if (!route || !handlers[route.operationId]) {
      violations.push(`unexpected request ${req.method} ${url.pathname}`);
      return send(papi(404, 'not_found', 'The fake does not serve this route.'));
    }
    const label = `${route.operationId}`;
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? '')) violations.push(`${label}: no bearer token`);
    const params = Object.fromEntries(Object.entries(route.regex.exec(url.pathname)!.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
    for (const p of (route.op.parameters ?? []) as Json[]) {
      if (p['in'] === 'query' && url.searchParams.has(p['name'])) {
        const schema = p['schema'] as Json;
        const value = schema['type'] === 'array' ? url.searchParams.getAll(p['name']) : url.searchParams.get(p['name']);
        const coerced = schema['type'] === 'integer' || schema['type'] === 'number' ? Number(value) : value;
        for (const v of validate(schema, coerced)) violations.push(`${label} query ${p['name']}: ${v}`);
      }
    }
    let body: unknown;
    const bodySchema = route.op.requestBody?.content?.['application/json']?.schema as Json | undefined;
    if (raw) {
      body = JSON.parse(raw);
      if (!bodySchema) violations.push(`${label}: a body was sent to an operation without one`);
      else for (const v of validate(bodySchema, body)) violations.push(`${label} request ${v}`);
    } else if (route.op.requestBody?.required) violations.push(`${label}: required body missing`);
    const reply = handlers[route.operationId]!(params, body, url.searchParams);
    const declared = route.op.responses?.[String(reply.status)] as Json | undefined;
    if (!declared) violations.push(`${label}: status ${reply.status} is not declared`);
    const schema = declared?.content?.['application/json']?.schema as Json | undefined;
    if (schema && reply.body !== undefined) for (const v of validate(schema, reply.body)) violations.push(`${label} response ${reply.status} ${v}`);
    if (method !== 'get' && fake.cutAfterWrites !== undefined && fake.cutAfterWrites-- <= 0) {
      fake.cutAfterWrites = undefined;
      req.socket.destroy();
      return;
    }
    send(reply);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => respond(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    projectId: PROJECT,
    webhooks,
    whatsapp,
    kakaotalk,
    recentlyDeleted,
    requests,
    violations,
    approveAll() {
      for (const t of [...whatsapp.values(), ...[...kakaotalk.values()].flatMap((m) => [...m.values()])]) {
        if (t['changes']?.status === 'IN_PROGRESS') {
          t['details'] = t['changes'].details;
          t['state'] = 'APPROVED';
          delete t['changes'];
        }
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
