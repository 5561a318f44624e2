// Small read-only helpers over a parsed OpenAPI 3.x document (a plain object).

/** A parsed OpenAPI document or a part of it: plain JSON, walked without a schema of its own. */
export type Json = any;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export const isPlainObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Says why `doc` is not an OpenAPI 3.x description, or returns null when it is one.
 * Checked before the validator runs so a wrong download (an HTML page, a Swagger 2.0 file,
 * some other YAML) gets a plain-language message instead of a list of structural errors.
 */
export function whyNotOpenApi3(doc: unknown): string | null {
  if (!isPlainObject(doc)) {
    const got = Array.isArray(doc) ? 'a list' : doc === null || doc === undefined ? 'an empty document' : `a ${typeof doc}`;
    return `expected a YAML/JSON mapping at the top level, got ${got}`;
  }
  if (doc.swagger !== undefined) return `it is a Swagger ${doc.swagger} description; only OpenAPI 3.x is supported`;
  if (doc.openapi === undefined) return 'it has no `openapi` version field';
  if (typeof doc.openapi !== 'string' || !/^3\.\d+(\.\d+)?$/.test(doc.openapi)) {
    return `its \`openapi\` field is ${JSON.stringify(doc.openapi)}; expected a 3.x version string such as "3.1.0"`;
  }
  return null;
}

/**
 * Calls fn(operation, where) for every operation: under `paths`, `webhooks`, `components.pathItems`,
 * and inside every callback (nested callbacks included). `where` reads like "POST /v1/x".
 */
export function eachOperation(doc: Json, fn: (operation: Record<string, Json>, where: string) => void): void {
  const seen = new Set<unknown>();
  const visitPathItems = (items: unknown, label: string): void => {
    if (!isPlainObject(items)) return;
    for (const [key, item] of Object.entries(items)) {
      if (!isPlainObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!isPlainObject(op) || seen.has(op)) continue; // anchors can share one operation node
        seen.add(op);
        const where = `${label}${method.toUpperCase()} ${key}`;
        fn(op, where);
        if (isPlainObject(op.callbacks)) {
          for (const [name, cb] of Object.entries(op.callbacks)) visitPathItems(cb, `${where} callback ${name}: `);
        }
      }
    }
  };
  visitPathItems(doc.paths, '');
  visitPathItems(doc.webhooks, 'webhook ');
  visitPathItems(doc.components?.pathItems, 'components.pathItems ');
  if (isPlainObject(doc.components?.callbacks)) {
    for (const [name, cb] of Object.entries(doc.components.callbacks)) visitPathItems(cb, `components.callbacks ${name}: `);
  }
}

/** Number of operations directly under `paths` (what a client can call). */
export function countOperations(doc: Json): number {
  let n = 0;
  for (const item of Object.values(isPlainObject(doc.paths) ? doc.paths : {})) {
    if (isPlainObject(item)) n += HTTP_METHODS.filter((m) => isPlainObject(item[m])).length;
  }
  return n;
}
