// Reads sinch-provisioning.yaml: YAML with line numbers, `${env:NAME}` placeholders filled from
// the environment, and the three sections split into entries. The field rules are checked next,
// in validate.ts, with the SDK's own request validation.
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { CliError } from '../exit.js';
import { isObj } from '../json.js';
import { joinPath, locator } from './locate.js';
import type { KakaoTalkTemplateEntry, Manifest, ManifestProblem, NodePath, WebhookEntry, WhatsAppTemplateEntry } from './types.js';

export const DEFAULT_MANIFEST = 'sinch-provisioning.yaml';
const PLACEHOLDER = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

type Obj = Record<string, unknown>;

/** Thrown with one line per problem: `file:line:col field: message`. */
export function manifestError(file: string, problems: readonly ManifestProblem[]): CliError {
  const lines = problems.map((p) => `${p.where} ${p.field}: ${p.message}`);
  return new CliError(`${file} is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'})`, 1, lines);
}

export async function loadManifest(file: string, env: Record<string, string | undefined>, display = file): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`cannot read the manifest ${display} (use -f to name another file)`);
  }
  return parseManifest(text, env, display);
}

export function parseManifest(text: string, env: Record<string, string | undefined>, file = DEFAULT_MANIFEST): Manifest {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const where = locator(file, doc, lines);
  if (doc.errors.length > 0) {
    throw manifestError(
      file,
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { where: `${file}:${line}:${col}`, field: 'yaml', message: e.message.split('\n')[0] ?? e.code };
      }),
    );
  }
  const problems: ManifestProblem[] = [];
  const problem = (path: NodePath, message: string) => problems.push({ where: where(path), field: joinPath(path) || '(root)', message });
  const secrets: string[] = [];
  const root = fill(doc.toJS({ maxAliasCount: 100 }) ?? {}, [], env, problem, secrets);

  const manifest: Manifest = { file, webhooks: undefined, whatsappTemplates: undefined, kakaotalk: undefined, secrets, where, problems };
  if (!isObj(root)) {
    problem([], 'must be a mapping with webhooks, whatsapp and/or kakaotalk');
    throw manifestError(file, problems);
  }
  onlyKeys(root, [], ['webhooks', 'whatsapp', 'kakaotalk'], problem);
  if ('webhooks' in root) manifest.webhooks = list(root['webhooks'], ['webhooks'], problem).map(([v, at]) => webhook(v, at));
  if ('whatsapp' in root) {
    const section = root['whatsapp'];
    if (!isObj(section)) problem(['whatsapp'], 'must be a mapping (with templates)');
    else {
      onlyKeys(section, ['whatsapp'], ['templates'], problem);
      if ('templates' in section) {
        manifest.whatsappTemplates = list(section['templates'], ['whatsapp', 'templates'], problem).map(([v, at]) => ({
          input: (isObj(v) ? v : {}) as never,
          at,
          raw: isObj(v) ? v : {},
        }));
      }
    }
  }
  if ('kakaotalk' in root) {
    const section = root['kakaotalk'];
    if (!isObj(section)) problem(['kakaotalk'], 'must be a mapping (with templates and optionally senders)');
    else {
      onlyKeys(section, ['kakaotalk'], ['senders', 'templates'], problem);
      const templates = list(section['templates'] ?? [], ['kakaotalk', 'templates'], problem).map(([v, at]) => kakaoTemplate(v, at, problem));
      const senders = list(section['senders'] ?? [], ['kakaotalk', 'senders'], problem).flatMap(([v, at]) => {
        if (typeof v === 'string' && v !== '') return [v];
        problem(at, 'must be a plusFriendId (a non-empty string)');
        return [];
      });
      manifest.kakaotalk = { senders: [...new Set([...senders, ...templates.map((t) => t.sender)])], templates };
    }
  }
  // Problems so far are reported together with the field rules, by validateManifest.
  return manifest;
}

/** Replaces every `${env:NAME}` in string values; a value taken into a `secret` field is a secret. */
function fill(value: unknown, at: NodePath, env: Record<string, string | undefined>, problem: (p: NodePath, m: string) => void, secrets: string[]): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole: string, name: string) => {
      const found = env[name];
      if (found === undefined || found === '') {
        problem(at, `environment variable ${name} is not set`);
        return whole; // reported once: the field rules do not see an empty value
      }
      if (at.at(-1) === 'secret') secrets.push(found);
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => fill(v, [...at, i], env, problem, secrets));
  if (isObj(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, [...at, k], env, problem, secrets)]));
  return value;
}

function onlyKeys(value: Obj, at: NodePath, allowed: readonly string[], problem: (p: NodePath, m: string) => void): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problem([...at, key], `unknown key (expected ${allowed.join(', ')})`);
  }
}

function list(value: unknown, at: NodePath, problem: (p: NodePath, m: string) => void): [unknown, NodePath][] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    problem(at, 'must be a list');
    return [];
  }
  return value.map((v, i) => [v, [...at, i]]);
}

function webhook(value: unknown, at: NodePath): WebhookEntry {
  const v = isObj(value) ? value : {};
  return { target: v['target'] as string, triggers: v['triggers'] as never, secret: v['secret'] as string, at, raw: v };
}

function kakaoTemplate(value: unknown, at: NodePath, problem: (p: NodePath, m: string) => void): KakaoTalkTemplateEntry {
  const v = isObj(value) ? value : {};
  const { sender, code, ...input } = v;
  if (typeof sender !== 'string' || sender === '') problem([...at, 'sender'], 'is required: the plusFriendId of the sender');
  if (code !== undefined && (typeof code !== 'string' || code === '')) problem([...at, 'code'], 'must be a non-empty string');
  return { sender: String(sender ?? ''), code: code as string | undefined, input: input as never, at, raw: v };
}

export type { Manifest, WhatsAppTemplateEntry };
