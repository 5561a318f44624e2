// Compares two OpenAPI 3.x documents the way a user of the generated SDK feels the difference,
// and says which semver bump that calls for. Every schema is compared in the direction data
// flows: in a *request* (parameters, request bodies) the SDK sends what the user writes, so
// removing or newly requiring a field, or narrowing what is accepted, breaks callers; in a
// *response* (response bodies, webhook events) the user reads what the API sends, so removing a
// field or making it optional breaks them, while new fields and values do not. A schema used on
// both sides is judged by both and reported once, with the larger bump.
import { HTTP_METHODS, type Json, isPlainObject } from './openapi-doc.js';
import { type Bump, type Side, maxBump } from './spec-diff-rules.js';
import { SchemaDiffer, type SpecChange, code, same } from './spec-diff-schema.js';

export { BUMP_RANK, RULES, maxBump, type Bump, type Side, type SpecRule } from './spec-diff-rules.js';

export type { SpecChange } from './spec-diff-schema.js';

export interface SpecDiff {
  title: string | null;
  from: string | null;
  to: string | null;
  bump: Bump | null;
  changes: SpecChange[];
}

/** Differences between two parsed specs, each with the bump it calls for. */
export function diffSpecs(oldDoc: Json, newDoc: Json): SpecDiff {
  const d = new SpecDiffer(oldDoc ?? {}, newDoc ?? {});
  d.run();
  const changes = d.result();
  return {
    title: newDoc?.info?.title ?? oldDoc?.info?.title ?? null,
    from: oldDoc?.info?.version ?? null,
    to: newDoc?.info?.version ?? null,
    bump: changes.reduce<Bump | null>((bump, c) => maxBump(bump, c.bump), null),
    changes,
  };
}

class SpecDiffer extends SchemaDiffer {
  run() {
    this.operations();
    this.webhookEvents();
    this.componentSchemas();
    this.topLevel();
  }

  // ---- operations ----------------------------------------------------------------------------

  operations() {
    const before = indexOperations(this.a.paths);
    const after = indexOperations(this.b.paths);
    const matched = new Map(); // old key -> new key
    // Matched by operationId first (a moved path is then one change, not a removal plus an
    // addition), then by method and path (an operationId rename).
    for (const [key, op] of before) {
      const twin = [...after].find(([, other]) => op.id && other.id === op.id);
      if (twin) matched.set(key, twin[0]);
    }
    const taken = new Set(matched.values());
    for (const key of before.keys()) {
      if (!matched.has(key) && after.has(key) && !taken.has(key)) {
        matched.set(key, key);
        taken.add(key);
      }
    }
    for (const [key, op] of before) {
      if (matched.has(key)) continue;
      this.op = op.label;
      this.emit('operation-removed', op.where, 'request', `Removed operation ${code(op.label)} (${op.where}).`);
    }
    for (const [key, op] of after) {
      if (taken.has(key)) continue;
      this.op = op.label;
      this.emit('operation-added', op.where, 'request', `New operation ${code(op.label)} (${op.where}).`);
    }
    for (const [oldKey, newKey] of matched) {
      const o = before.get(oldKey);
      const n = after.get(newKey);
      this.op = n.label;
      if (o.where !== n.where) {
        this.emit('operation-id-changed', n.label, 'request', `Operation ${code(n.label)} moved from ${o.where} to ${n.where}.`);
      } else if (o.id !== n.id) {
        this.emit('operation-id-changed', n.where, 'request', `Operation ${n.where} was renamed from ${code(o.id)} to ${code(n.id)}.`);
      }
      this.operation(o, n, n.label);
    }
    this.op = null;
  }

  operation(o: Json, n: Json, label: string, { eventBody = false } = {}): void {
    this.docs(o.op, n.op, label, 'request', ['parameters', 'requestBody', 'responses', 'operationId', 'callbacks', 'security', 'servers']);
    if (!same(o.op.security, n.op.security) || !same(o.op.servers, n.op.servers)) {
      this.emit('other-change', `${label} security/servers`, 'request', `The security or servers of ${code(label)} changed.`);
    }
    if (!same(o.op.callbacks, n.op.callbacks)) {
      this.emit('other-change', `${label} callbacks`, 'response', `The callbacks of ${code(label)} changed.`);
    }
    this.parameters(o, n, label);
    // A webhook event's body is what Sinch sends to the user: it is read, like a response.
    this.requestBody(o.op.requestBody, n.op.requestBody, label, eventBody ? 'response' : 'request');
    if (!eventBody) this.responses(o.op.responses ?? {}, n.op.responses ?? {}, label);
  }

  parameters(o: Json, n: Json, label: string): void {
    const params = (doc: Json, op: Json) => {
      const out = new Map();
      for (const p of [...(op.item.parameters ?? []), ...(op.op.parameters ?? [])]) {
        const { node: param, ref } = this.deref(doc, p);
        if (isPlainObject(param)) out.set(`${param.in} ${param.name}`, { param, ref });
      }
      return out;
    };
    const before = params(this.a, o);
    const after = params(this.b, n);
    for (const [key, { param: p, ref }] of before) {
      const q = after.get(key)?.param;
      if (!q) {
        const where = `${label} ${p.in} parameter ${p.name}`;
        this.emit('parameter-removed', where, 'request', `Removed the ${p.in} parameter ${code(p.name)} of ${code(label)}.`);
        continue;
      }
      // A shared parameter (components.parameters) that changed is one change, whoever uses it.
      const shared = ref && ref === after.get(key).ref;
      const where = shared ? `${ref} ${p.in} parameter` : `${label} ${p.in} parameter ${p.name}`;
      const of = shared ? '' : ` of ${code(label)}`;
      if (!p.required && q.required) this.emit('parameter-now-required', where, 'request', `The ${p.in} parameter ${code(p.name)}${of} is now required.`);
      if (p.required && !q.required) this.emit('parameter-now-optional', where, 'request', `The ${p.in} parameter ${code(p.name)}${of} is now optional.`);
      this.docs(p, q, where, 'request', ['name', 'in', 'required', 'schema', 'content']);
      this.schema(p.schema, q.schema, where, 'request');
    }
    for (const [key, { param: q }] of after) {
      if (before.has(key)) continue;
      const where = `${label} ${q.in} parameter ${q.name}`;
      if (q.required) this.emit('required-parameter-added', where, 'request', `New required ${q.in} parameter ${code(q.name)} of ${code(label)}.`);
      else this.emit('optional-parameter-added', where, 'request', `New optional ${q.in} parameter ${code(q.name)} of ${code(label)}.`);
    }
  }

  requestBody(oRef: Json, nRef: Json, label: string, side: Side): void {
    const o = this.deref(this.a, oRef).node;
    const n = this.deref(this.b, nRef).node;
    const where = `${label} request body`;
    if (!o && !n) return;
    if (o && !n) return this.emit('request-body-removed', where, side, `${code(label)} no longer takes a request body.`);
    if (!o && n) {
      return this.emit('request-body-added', where, side, `${code(label)} now takes ${n.required ? 'a required' : 'an optional'} request body.`, {
        required: Boolean(n.required),
      });
    }
    if (!o.required && n.required) this.emit('request-body-now-required', where, side, `The request body of ${code(label)} is now required.`);
    if (o.required && !n.required) this.emit('request-body-now-optional', where, side, `The request body of ${code(label)} is now optional.`);
    this.docs(o, n, where, side, ['content', 'required']);
    this.content(o.content ?? {}, n.content ?? {}, where, side);
  }

  responses(o: Json, n: Json, label: string): void {
    for (const status of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const where = `${label} ${status} response`;
      const a = this.deref(this.a, o[status]).node;
      const b = this.deref(this.b, n[status]).node;
      if (a && !b) {
        const success = /^[23]/.test(status);
        this.emit(success ? 'success-response-removed' : 'error-response-removed', where, 'response', `${code(label)} no longer answers ${status}.`);
      } else if (!a && b) {
        this.emit('response-added', where, 'response', `${code(label)} may now answer ${status}.`);
      } else if (a && b) {
        this.docs(a, b, where, 'response', ['content', 'headers', 'links']);
        if (!same(a.headers, b.headers) || !same(a.links, b.links)) {
          this.emit('other-change', `${where} headers`, 'response', `The headers or links of the ${status} response of ${code(label)} changed.`);
        }
        this.content(a.content ?? {}, b.content ?? {}, where, 'response');
      }
    }
  }

  content(o: Json, n: Json, where: string, side: Side): void {
    const whose = side === 'request' ? 'accepted' : 'returned';
    for (const type of new Set([...Object.keys(o), ...Object.keys(n)])) {
      if (!o[type]) this.emit('media-type-added', `${where} ${type}`, side, `${where} (${type}) is now ${whose} too.`);
      else if (!n[type]) this.emit('media-type-removed', `${where} ${type}`, side, `${where} (${type}) is no longer ${whose}.`);
      else {
        this.docs(o[type], n[type], where, side, ['schema', 'encoding']);
        this.schema(o[type].schema, n[type].schema, where, side);
      }
    }
  }

  webhookEvents() {
    const o = this.a.webhooks ?? {};
    const n = this.b.webhooks ?? {};
    for (const name of new Set([...Object.keys(o), ...Object.keys(n)])) {
      this.op = `${name} event`;
      if (!n[name]) this.emit('webhook-event-removed', name, 'response', `Removed webhook event ${code(name)}.`);
      else if (!o[name]) this.emit('webhook-event-added', name, 'response', `New webhook event ${code(name)}.`);
      else {
        for (const method of HTTP_METHODS) {
          const a = o[name][method];
          const b = n[name][method];
          if (a && b) this.operation({ op: a, item: o[name] }, { op: b, item: n[name] }, `${name} event`, { eventBody: true });
          else if (a || b) this.emit('other-change', `${name} event`, 'response', `The webhook event ${code(name)} changed method.`);
        }
      }
    }
    this.op = null;
  }

  // Schemas no operation or event reaches are still exported types: `components['schemas'][name]`.
  componentSchemas() {
    const o = this.a.components?.schemas ?? {};
    const n = this.b.components?.schemas ?? {};
    for (const name of new Set([...Object.keys(o), ...Object.keys(n)])) {
      if (!n[name]) this.emit('schema-removed', name, 'response', `Removed schema ${code(name)}.`);
      else if (!o[name]) this.emit('schema-added', name, 'response', `New schema ${code(name)}.`);
      else if (!this.reached.a.has(name) && !this.reached.b.has(name)) {
        this.schema({ $ref: `#/components/schemas/${name}` }, { $ref: `#/components/schemas/${name}` }, name, 'response');
      }
    }
  }

  topLevel() {
    const handled = new Set(['paths', 'webhooks', 'components', 'info', 'openapi', 'jsonSchemaDialect']);
    this.docs(this.a, this.b, 'the API', 'response', [...handled, 'servers', 'security']);
    const { version: _a, ...infoA } = this.a.info ?? {};
    const { version: _b, ...infoB } = this.b.info ?? {};
    if (!same(infoA, infoB)) this.emit('description-changed', 'info', 'response', 'The API description (info) changed.');
    for (const key of ['servers', 'security', 'openapi']) {
      if (!same(this.a[key], this.b[key])) this.emit('other-change', key, 'request', `The top-level ${code(key)} changed.`);
    }
    const sections = new Set([...Object.keys(this.a.components ?? {}), ...Object.keys(this.b.components ?? {})]);
    for (const section of ['securitySchemes']) {
      if (sections.has(section) && !same(this.a.components?.[section], this.b.components?.[section])) {
        this.emit('other-change', `components.${section}`, 'request', `The authentication schemes (components.${section}) changed.`);
      }
    }
  }
}

function indexOperations(paths: Json) {
  const out = new Map();
  for (const [path, item] of Object.entries(paths ?? {})) {
    if (!isPlainObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isPlainObject(op)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      out.set(where, { op, item, id: op.operationId, where, label: op.operationId ?? where });
    }
  }
  return out;
}
