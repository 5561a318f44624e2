// scripts/lib/spec-diff.ts against the fixture pairs of test/fixtures/spec-diff/ (base.yaml and
// one file per change) and small in-memory edits of base.yaml for the remaining rules; then the
// CLI, scripts/spec-diff.ts, as users run it.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changesetText, formatReport } from '../../../scripts/lib/spec-diff-report.js';
import { RULES, diffSpecs, maxBump, type SpecDiff } from '../../../scripts/lib/spec-diff.js';
import { parseSpecText } from '../../../scripts/lib/spec-yaml.js';
import { validateSpec } from '../../../scripts/lib/validate-spec.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = join(ROOT, 'test/fixtures/spec-diff');
const load = (name: string): any => parseSpecText(readFileSync(join(DIR, `${name}.yaml`), 'utf8'));
const base = load('base');
const lines = (diff: SpecDiff) => diff.changes.map((c) => `${c.bump} ${c.rule} ${c.location}: ${c.message}`);

/** Every rule some case below produced; the last test checks that none of RULES is left out. */
const exercised = new Set<string>();
function diff(before: unknown, after: unknown): SpecDiff {
  const result = diffSpecs(before, after);
  for (const c of result.changes) exercised.add(c.rule);
  return result;
}

const W = '/v1/projects/{projectId}/widgets';
const ITEM = `${W}/{widgetId}`;
const READERS = ['WIDGET_CREATED event', 'createWidget', 'getWidget', 'listWidgets'];

describe('fixture pairs (base.yaml -> <name>.yaml)', () => {
  const cases: [string, string, string[]][] = [
    [
      'operation-removed',
      'major',
      [
        'major operation-removed DELETE /v1/projects/{projectId}/widgets/{widgetId}: Removed operation `deleteWidget` (DELETE /v1/projects/{projectId}/widgets/{widgetId}).',
      ],
    ],
    [
      'operation-added',
      'minor',
      [
        'minor operation-added PATCH /v1/projects/{projectId}/widgets/{widgetId}: New operation `updateWidget` (PATCH /v1/projects/{projectId}/widgets/{widgetId}).',
      ],
    ],
    ['request-field-removed', 'major', ['major field-removed WidgetInput.note: Request field `WidgetInput.note` was removed.']],
    ['request-field-added-required', 'major', ['major required-field-added WidgetInput.owner: New required request field `WidgetInput.owner`.']],
    ['request-field-now-required', 'major', ['major field-now-required WidgetInput.size: Request field `WidgetInput.size` is now required.']],
    ['request-field-added-optional', 'minor', ['minor optional-field-added WidgetInput.label: New optional request field `WidgetInput.label`.']],
    ['response-field-removed', 'major', ['major field-removed Widget.tags: Response field `Widget.tags` was removed.']],
    ['response-field-added', 'minor', ['minor optional-field-added Widget.createdAt: New optional response field `Widget.createdAt`.']],
    ['response-field-now-optional', 'major', ['major field-now-optional Widget.color: Response field `Widget.color` is now optional (may be missing).']],
    ['event-field-removed', 'major', ['major field-removed WidgetEvent.occurredAt: Response field `WidgetEvent.occurredAt` was removed.']],
    ['request-enum-narrowed', 'major', ['major enum-narrowed WidgetInput.shape: Request `WidgetInput.shape` lost the value `SQUARE`.']],
    ['response-enum-narrowed', 'major', ['major enum-narrowed Widget.status: Response `Widget.status` lost the value `PAUSED`.']],
    ['enum-value-added', 'minor', ['minor enum-widened Color: Request and response `Color` has the new value `YELLOW`.']],
    ['type-changed', 'major', ['major type-changed Widget.size: Response `Widget.size` changed type from integer to string.']],
    ['request-limit-tightened', 'major', ['major constraint-tightened WidgetInput.name: Request `WidgetInput.name` is stricter: maxLength 50 -> 20.']],
    [
      'parameter-now-required',
      'major',
      ['major parameter-now-required listWidgets query parameter pageSize: The query parameter `pageSize` of `listWidgets` is now required.'],
    ],
    [
      'parameter-added-optional',
      'minor',
      ['minor optional-parameter-added listWidgets query parameter color: New optional query parameter `color` of `listWidgets`.'],
    ],
    [
      'description-only',
      'patch',
      [
        'patch description-changed info: The API description (info) changed.',
        'patch description-changed listWidgets: The description of `listWidgets` changed.',
        'patch description-changed Widget.name: The description of `Widget.name` changed.',
      ],
    ],
    [
      'combined',
      'major',
      [
        'major field-removed WidgetInput.note: Request field `WidgetInput.note` was removed.',
        'minor operation-added PATCH /v1/projects/{projectId}/widgets/{widgetId}: New operation `updateWidget` (PATCH /v1/projects/{projectId}/widgets/{widgetId}).',
        'minor optional-field-added Widget.createdAt: New optional response field `Widget.createdAt`.',
        'minor enum-widened Color: Request and response `Color` has the new value `YELLOW`.',
        'patch description-changed listWidgets: The description of `listWidgets` changed.',
      ],
    ],
  ];

  it('has a case for every fixture file', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml') && f !== 'base.yaml')
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(cases.map(([name]) => name).sort()).toEqual(files.sort());
  });

  it.each(cases)('%s: %s', (name, bump, expected) => {
    const result = diff(base, load(name));
    expect(lines(result)).toEqual(expected);
    expect(result.bump).toBe(bump);
  });

  it('finds nothing between a spec and itself', () => {
    expect(diff(base, load('base'))).toEqual({ title: 'Widget API', from: '1.0.0', to: '1.0.0', bump: null, changes: [] });
  });

  it('says which side and which operations a change concerns', () => {
    const [color] = diff(base, load('enum-value-added')).changes;
    expect(color).toMatchObject({ sides: ['request', 'response'], operations: READERS });
    const [note] = diff(base, load('request-field-removed')).changes;
    expect(note).toMatchObject({ sides: ['request'], operations: ['createWidget'] });
    const [event] = diff(base, load('event-field-removed')).changes;
    expect(event).toMatchObject({ sides: ['response'], operations: ['WIDGET_CREATED event'] });
  });

  it('reverses: what one direction adds, the other removes', () => {
    expect(lines(diff(load('operation-added'), base))).toEqual([
      'major operation-removed PATCH /v1/projects/{projectId}/widgets/{widgetId}: Removed operation `updateWidget` (PATCH /v1/projects/{projectId}/widgets/{widgetId}).',
    ]);
    expect(lines(diff(load('response-field-removed'), base))).toEqual(['minor optional-field-added Widget.tags: New optional response field `Widget.tags`.']);
    // A required response field appearing is news, not a break.
    expect(lines(diff(load('response-field-now-optional'), base))).toEqual([
      'minor field-now-required Widget.color: Response field `Widget.color` is now required.',
    ]);
    expect(lines(diff(load('request-limit-tightened'), base))).toEqual([
      'minor constraint-loosened WidgetInput.name: Request `WidgetInput.name` is looser: maxLength 20 -> 50.',
    ]);
    expect(lines(diff(load('request-field-now-required'), base))).toEqual([
      'minor field-now-optional WidgetInput.size: Request field `WidgetInput.size` is now optional.',
    ]);
  });

  it('holds only valid OpenAPI descriptions', async () => {
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml'))) {
      const { errors } = await validateSpec(parseSpecText(readFileSync(join(DIR, file), 'utf8')));
      expect(errors, file).toEqual([]);
    }
  });
});

describe('edits of base.yaml for the other rules', () => {
  const edited = (edit: (doc: any) => void) => {
    const doc = structuredClone(base);
    edit(doc);
    return diff(base, doc);
  };

  it.each<[string, (doc: any) => void, string, string[]]>([
    [
      'a request body removed',
      (d) => delete d.paths[W].post.requestBody,
      'major',
      ['major request-body-removed createWidget request body: `createWidget` no longer takes a request body.'],
    ],
    [
      'a required request body added',
      (d) => (d.paths[ITEM].delete.requestBody = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }),
      'major',
      ['major request-body-added deleteWidget request body: `deleteWidget` now takes a required request body.'],
    ],
    [
      'an optional request body added',
      (d) => (d.paths[ITEM].delete.requestBody = { content: { 'application/json': { schema: { type: 'object' } } } }),
      'minor',
      ['minor request-body-added deleteWidget request body: `deleteWidget` now takes an optional request body.'],
    ],
    [
      'a request body made optional',
      (d) => (d.paths[W].post.requestBody.required = false),
      'minor',
      ['minor request-body-now-optional createWidget request body: The request body of `createWidget` is now optional.'],
    ],
    [
      'an event body made optional (the user reads it)',
      (d) => (d.webhooks.WIDGET_CREATED.post.requestBody.required = false),
      'major',
      ['major request-body-now-optional WIDGET_CREATED event request body: The request body of `WIDGET_CREATED event` is now optional.'],
    ],
    [
      'content types',
      (d) => {
        const content = d.paths[W].post.requestBody.content;
        content['application/xml'] = content['application/json'];
        delete content['application/json'];
      },
      'major',
      [
        'major media-type-removed createWidget request body application/json: createWidget request body (application/json) is no longer accepted.',
        'minor media-type-added createWidget request body application/xml: createWidget request body (application/xml) is now accepted too.',
      ],
    ],
    [
      'responses',
      (d) => {
        const responses = d.paths[W].post.responses;
        delete responses['201'];
        delete responses['400'];
        responses['202'] = { description: 'Accepted.' };
      },
      'major',
      [
        'major success-response-removed createWidget 201 response: `createWidget` no longer answers 201.',
        'minor error-response-removed createWidget 400 response: `createWidget` no longer answers 400.',
        'minor response-added createWidget 202 response: `createWidget` may now answer 202.',
      ],
    ],
    [
      'an operation renamed, another moved',
      (d) => {
        d.paths[ITEM].get.operationId = 'fetchWidget';
        d.paths['/v1/projects/{projectId}/gadgets/{widgetId}'] = { parameters: d.paths[ITEM].parameters, delete: d.paths[ITEM].delete };
        delete d.paths[ITEM].delete;
      },
      'major',
      [
        'major operation-id-changed deleteWidget: Operation `deleteWidget` moved from DELETE /v1/projects/{projectId}/widgets/{widgetId} to DELETE /v1/projects/{projectId}/gadgets/{widgetId}.',
        'major operation-id-changed GET /v1/projects/{projectId}/widgets/{widgetId}: Operation GET /v1/projects/{projectId}/widgets/{widgetId} was renamed from `getWidget` to `fetchWidget`.',
      ],
    ],
    [
      'parameters',
      (d) => {
        d.paths[W].get.parameters[0] = { name: 'color', in: 'query', required: true, schema: { type: 'string' } };
      },
      'major',
      [
        'major parameter-removed listWidgets query parameter pageSize: Removed the query parameter `pageSize` of `listWidgets`.',
        'major required-parameter-added listWidgets query parameter color: New required query parameter `color` of `listWidgets`.',
      ],
    ],
    [
      'parameters made optional',
      (d) => {
        d.paths[ITEM].parameters[1].required = false;
        d.components.parameters.ProjectId.required = false;
      },
      'minor',
      [
        // A shared parameter is one change; an inline one on a path item is one per operation.
        'minor parameter-now-optional deleteWidget path parameter widgetId: The path parameter `widgetId` of `deleteWidget` is now optional.',
        'minor parameter-now-optional getWidget path parameter widgetId: The path parameter `widgetId` of `getWidget` is now optional.',
        'minor parameter-now-optional ProjectId path parameter: The path parameter `projectId` is now optional.',
      ],
    ],
    [
      'webhook events',
      (d) => {
        d.webhooks.WIDGET_DELETED = d.webhooks.WIDGET_CREATED;
        delete d.webhooks.WIDGET_CREATED;
      },
      'major',
      [
        'major webhook-event-removed WIDGET_CREATED: Removed webhook event `WIDGET_CREATED`.',
        'minor webhook-event-added WIDGET_DELETED: New webhook event `WIDGET_DELETED`.',
      ],
    ],
    [
      'component schemas no operation uses',
      (d) => {
        d.components.schemas.Gadget = { type: 'object' };
        d.components.schemas.Unused = { type: 'string', maxLength: 5 };
      },
      'minor',
      ['minor schema-added Gadget: New schema `Gadget`.', 'minor schema-added Unused: New schema `Unused`.'],
    ],
    [
      'an unreferenced schema removed',
      (d) => {
        delete d.webhooks;
        delete d.components.schemas.WidgetEvent;
      },
      'major',
      [
        'major webhook-event-removed WIDGET_CREATED: Removed webhook event `WIDGET_CREATED`.',
        'major schema-removed WidgetEvent: Removed schema `WidgetEvent`.',
      ],
    ],
    [
      'alternatives',
      (d) => {
        d.components.schemas.WidgetInput.properties.size = { anyOf: [{ type: 'integer' }, { type: 'string' }] };
        d.components.schemas.Widget.properties.size = { oneOf: [{ type: 'integer' }] };
      },
      'minor',
      ['minor variant-added WidgetInput.size.anyOf: Request `WidgetInput.size` has 1 anyOf alternative more.'],
    ],
    [
      'an alternative added to a response field',
      (d) => {
        d.components.schemas.Widget.properties.tags = { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }] };
      },
      'minor',
      ['minor variant-added Widget.tags.anyOf: Response `Widget.tags` has 1 anyOf alternative more.'],
    ],
    [
      'types widened',
      (d) => {
        d.components.schemas.WidgetInput.properties.size.type = 'number';
        d.components.schemas.Widget.properties.size.type = ['integer', 'null'];
      },
      'major',
      [
        'major type-widened Widget.size: Response `Widget.size` changed type from integer to integer | null.',
        'minor type-widened WidgetInput.size: Request `WidgetInput.size` changed type from integer to number.',
      ],
    ],
    [
      'deprecations, examples, x- notes and tags',
      (d) => {
        d.paths[ITEM].get.deprecated = true;
        d.components.schemas.Widget.properties.size.deprecated = true;
        d.components.schemas.Widget.properties.name.example = 'Blue widget';
        d.paths[W].get['x-note'] = 'cached for a minute';
        d.paths[W].get.tags = ['Widgets'];
      },
      'minor',
      [
        'minor deprecated getWidget: `getWidget` is now deprecated.',
        'minor deprecated Widget.size: `Widget.size` is now deprecated.',
        'patch example-changed Widget.name: The example of `Widget.name` changed.',
        'patch extension-changed listWidgets: The `x-note` note of `listWidgets` changed.',
      ],
    ],
    [
      'changes no rule classifies',
      (d) => {
        d.components.schemas.WidgetInput.properties.size.default = 3;
        d.paths[W].post.callbacks = { done: { '{$request.body#/callbackUrl}': { post: { responses: { '200': { description: 'OK' } } } } } };
        d.servers[0].url = 'https://widgets.example.net';
        d.components.securitySchemes.BearerAuth.bearerFormat = 'JWT';
      },
      'minor',
      [
        'minor other-change components.securitySchemes: The authentication schemes (components.securitySchemes) changed.',
        'minor other-change createWidget callbacks: The callbacks of `createWidget` changed.',
        'minor other-change servers: The top-level `servers` changed.',
        'minor other-change WidgetInput.size default: The `default` of `WidgetInput.size` changed.',
      ],
    ],
    [
      'stricter and looser limits in requests and responses',
      (d) => {
        Object.assign(d.components.schemas.WidgetInput.properties.name, { minLength: 0, pattern: '^[a-z]+$' });
        d.components.schemas.Widget.properties.tags.maxItems = 10;
      },
      'major',
      [
        'major constraint-tightened WidgetInput.name: Request `WidgetInput.name` is stricter: pattern none -> ^[a-z]+$.',
        'minor constraint-loosened WidgetInput.name: Request `WidgetInput.name` is looser: minLength 1 -> 0.',
        'patch constraint-tightened Widget.tags: Response `Widget.tags` is stricter: maxItems none -> 10.',
      ],
    ],
  ])('%s', (_, edit, bump, expected) => {
    const result = edited(edit);
    expect(lines(result)).toEqual(expected);
    expect(result.bump).toBe(bump);
  });

  it('reports a required event body from the other side', () => {
    const optional = structuredClone(base);
    optional.webhooks.WIDGET_CREATED.post.requestBody.required = false;
    expect(lines(diff(optional, base))).toEqual([
      'minor request-body-now-required WIDGET_CREATED event request body: The request body of `WIDGET_CREATED event` is now required.',
    ]);
    const noResponse = structuredClone(base);
    delete noResponse.webhooks.WIDGET_CREATED.post.requestBody;
    expect(lines(diff(noResponse, base))).toEqual([
      'minor request-body-added WIDGET_CREATED event request body: `WIDGET_CREATED event` now takes a required request body.',
    ]);
    const looser = structuredClone(base);
    looser.components.schemas.Widget.properties.tags = { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }] };
    expect(lines(diff(looser, base))).toEqual(['major variant-removed Widget.tags.anyOf: Response `Widget.tags` lost 1 anyOf alternative.']);
  });

  it('reads keywords beside a $ref as a restriction of that one use', () => {
    const withCopy = structuredClone(base);
    withCopy.components.schemas.WidgetInput.properties.color.enum = ['RED', 'GREEN', 'BLUE'];
    // Dropping an enum that only repeated the component's changes nothing.
    expect(diff(withCopy, base).changes).toEqual([]);
    const restricted = structuredClone(base);
    restricted.components.schemas.WidgetInput.properties.color.enum = ['RED'];
    expect(lines(diff(base, restricted))).toEqual(['major enum-narrowed WidgetInput.color: Request `WidgetInput.color` lost the values `GREEN`, `BLUE`.']);
  });

  it('follows recursive schemas without looping', () => {
    const before = structuredClone(base);
    before.components.schemas.Widget.properties.parts = { type: 'array', items: { $ref: '#/components/schemas/Widget' } };
    const after = structuredClone(before);
    delete after.components.schemas.Widget.properties.tags;
    expect(lines(diff(before, after))).toEqual(['major field-removed Widget.tags: Response field `Widget.tags` was removed.']);
  });

  it('exercises every rule', () => {
    expect([...exercised].sort()).toEqual(Object.keys(RULES).sort());
  });
});

describe('bumps', () => {
  it('keeps the larger one', () => {
    expect([maxBump(null, 'patch'), maxBump('minor', 'patch'), maxBump('minor', 'major'), maxBump(null, null)]).toEqual(['patch', 'minor', 'major', null]);
  });

  it('gives a change seen in a request and a response the larger bump of the two', () => {
    const doc = structuredClone(base);
    doc.components.schemas.Color.enum.pop();
    const [blue] = diffSpecs(base, doc).changes;
    expect(blue).toMatchObject({ bump: 'major', rule: 'enum-narrowed', sides: ['request', 'response'] });
    // A new required field is breaking for a request body only: Widget appears in responses.
    const required = structuredClone(base);
    required.components.schemas.Widget.required.push('size');
    expect(lines(diffSpecs(base, required))).toEqual(['minor field-now-required Widget.size: Response field `Widget.size` is now required.']);
  });
});

describe('words', () => {
  it('prints a report grouped by bump', () => {
    expect(formatReport(diffSpecs(base, load('combined')))).toBe(
      [
        'spec-diff: Widget API 1.0.0 -> 1.1.0: 5 changes, release bump: major',
        '',
        'Breaking changes (major):',
        '  - Request field `WidgetInput.note` was removed. Affects `createWidget`. [field-removed]',
        '',
        'Additions (minor):',
        '  - New operation `updateWidget` (PATCH /v1/projects/{projectId}/widgets/{widgetId}). [operation-added]',
        '  - New optional response field `Widget.createdAt`. Affects `WIDGET_CREATED event`, `createWidget`, `getWidget`, `listWidgets`. [optional-field-added]',
        '  - Request and response `Color` has the new value `YELLOW`. Affects `WIDGET_CREATED event`, `createWidget`, `getWidget`, `listWidgets`. [enum-widened]',
        '',
        'Documentation (patch):',
        '  - The description of `listWidgets` changed. [description-changed]',
      ].join('\n'),
    );
    expect(formatReport(diffSpecs(base, base))).toBe('spec-diff: Widget API 1.0.0 -> 1.0.0: no changes');
  });

  it('caps the documentation lines of a changeset, not the others', () => {
    const before = structuredClone(base);
    for (let i = 0; i < 25; i++) before.components.schemas[`Note${i}`] = { type: 'string', description: 'Old.' };
    const after = structuredClone(before);
    for (let i = 0; i < 25; i++) after.components.schemas[`Note${i}`].description = 'New.';
    for (let i = 0; i < 22; i++) after.components.schemas[`Extra${i}`] = { type: 'string' };
    const text = changesetText(diffSpecs(before, after), { packageName: 'sinch-provisioning' })!;
    expect(text.match(/^- New schema `Extra\d+`\.$/gm)).toHaveLength(22);
    expect(text.match(/^- The description of `Note\d+` changed\.$/gm)).toHaveLength(20);
    expect(text.endsWith('\n- ... and 5 more documentation changes.\n')).toBe(true);
  });

  it('sees the description next to a $ref (OpenAPI 3.1)', () => {
    const doc = structuredClone(base);
    doc.components.schemas.Widget.properties.color.description = 'The colour it is painted.';
    expect(lines(diffSpecs(base, doc))).toEqual(['patch description-changed Widget.color: The description of `Widget.color` changed.']);
  });

  it('writes no changeset when nothing changed', () => {
    expect(changesetText(diffSpecs(base, base), { packageName: 'sinch-provisioning' })).toBeNull();
  });
});

// ---- the CLI --------------------------------------------------------------------------------

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}
function cli(args: string[]): Promise<RunResult> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/spec-diff.ts'), ...args], { cwd: ROOT, timeout: 20_000 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}
const fixture = (name: string) => join(DIR, `${name}.yaml`);

describe('scripts/spec-diff.ts', () => {
  it.concurrent('prints the report', async () => {
    const result = await cli([fixture('base'), fixture('combined')]);
    expect(result).toEqual({ code: 0, stdout: `${formatReport(diffSpecs(base, load('combined')))}\n`, stderr: '' });
  });

  it.concurrent('prints JSON with --json', async () => {
    const result = await cli(['--json', fixture('base'), fixture('type-changed')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      title: 'Widget API',
      from: '1.0.0',
      to: '1.0.0',
      bump: 'major',
      changes: [
        {
          bump: 'major',
          rule: 'type-changed',
          location: 'Widget.size',
          message: 'Response `Widget.size` changed type from integer to string.',
          sides: ['response'],
          operations: READERS,
        },
      ],
    });
  });

  it.concurrent('reads a spec from git as <revision>:<path>', async () => {
    const result = await cli(['HEAD:openapi/provisioning.yaml', 'HEAD:openapi/provisioning.yaml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^spec-diff: Sinch Provisioning API (\S+) -> \1: no changes\n$/);
    const missing = await cli(['HEAD:no/such/file.yaml', fixture('base')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^spec-diff: cannot read HEAD:no\/such\/file\.yaml from git: fatal: path 'no\/such\/file\.yaml' does not exist in 'HEAD'\n$/,
    );
  });

  it.concurrent('prints --help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('usage: tsx scripts/spec-diff.ts <old> <new> [--json] [--help]');
  });

  it.concurrent('exits 2 on bad arguments and 1 on an unreadable spec', async () => {
    expect(await cli([fixture('base')])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'spec-diff: expected two specs (<old> <new>), got 1\nRun tsx scripts/spec-diff.ts --help for usage.\n',
    });
    expect(await cli(['--jsn', fixture('base'), fixture('base')])).toMatchObject({ code: 2, stdout: '' });
    const missing = join(DIR, 'missing.yaml');
    expect(await cli([fixture('base'), missing])).toEqual({ code: 1, stdout: '', stderr: `spec-diff: cannot read ${missing}: no such file\n` });
    const html = join(ROOT, 'test/fixtures/specs/not-openapi.yaml');
    const notOpenApi = await cli([html, fixture('base')]);
    expect(notOpenApi.code).toBe(1);
    expect(notOpenApi.stderr).toMatch(/^spec-diff: .*not-openapi\.yaml is not an OpenAPI 3\.x description: /);
  });
});
