// Checks every manifest entry with the SDK's own request validation (the rules generated from the
// spec plus the facade's cross-field checks), so the CLI holds no copy of any limit. The entries
// go through the real resource methods of a client whose fetch never leaves the process: a
// ValidationError is the answer, anything else means the entry is valid.
import { Provisioning, ValidationError } from '../../index.js';
import { schemaProperties } from '../spec.js';
import { joinPath, splitIssuePath } from './locate.js';
import { manifestError } from './load.js';
import type { Manifest, ManifestProblem, NodePath } from './types.js';

const OFFLINE = async (): Promise<Response> => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });

function validationClient(): Provisioning {
  return new Provisioning({ projectId: 'manifest-check', accessToken: 'offline', baseUrl: 'http://127.0.0.1:9', maxRetries: 0, fetch: OFFLINE });
}

export async function validateManifest(manifest: Manifest): Promise<void> {
  const client = validationClient();
  const problems: ManifestProblem[] = [...manifest.problems];
  const problem = (path: NodePath, message: string) => problems.push({ where: manifest.where(path), field: joinPath(path), message });

  /** Runs one SDK call and turns its ValidationError into located problems. */
  const check = async (at: NodePath, call: () => Promise<unknown>, rename: Record<string, string> = {}) => {
    try {
      await call();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues) {
        const parts = splitIssuePath(issue.path);
        if (parts[0] === 'body') parts.shift();
        const first = parts[0];
        if (typeof first === 'string' && rename[first]) parts[0] = rename[first];
        problem([...at, ...parts], issue.message);
      }
    }
  };
  const unknownKeys = (raw: Record<string, unknown>, at: NodePath, allowed: readonly string[]) => {
    for (const key of Object.keys(raw)) if (!allowed.includes(key)) problem([...at, key], `unknown field (expected one of ${allowed.join(', ')})`);
  };
  const duplicates = <T extends { at: NodePath }>(entries: readonly T[], keyOf: (e: T) => string | undefined, what: string) => {
    const seen = new Map<string, NodePath>();
    for (const entry of entries) {
      const key = keyOf(entry);
      if (key === undefined) continue;
      const first = seen.get(key);
      if (first) problem(entry.at, `duplicate ${what} ${key} (first at ${manifest.where(first)})`);
      else seen.set(key, entry.at);
    }
  };

  const webhookFields = schemaProperties('WebhookWebhookInputDto');
  for (const w of manifest.webhooks ?? []) {
    unknownKeys(w.raw, w.at, webhookFields);
    await check(w.at, () => client.webhooks.create({ target: w.target, secret: w.secret, triggers: w.triggers }));
  }
  duplicates(manifest.webhooks ?? [], (w) => (typeof w.target === 'string' ? w.target : undefined), 'webhook target');

  const templateFields = schemaProperties('WhatsappTemplateInputDto');
  for (const t of manifest.whatsappTemplates ?? []) {
    unknownKeys(t.raw, t.at, templateFields);
    await check(t.at, () => client.whatsapp.templates.create(t.input));
  }
  duplicates(manifest.whatsappTemplates ?? [], (t) => `${String(t.input.name)}/${String(t.input.language)}`, 'template');

  const kakaoFields = ['sender', 'code', ...schemaProperties('KakaotalkInputTemplateDto')];
  for (const t of manifest.kakaotalk?.templates ?? []) {
    unknownKeys(t.raw, t.at, kakaoFields);
    await check(t.at, () => client.kakaotalk.templates.create(t.sender || 'sender', t.input), { plusFriendId: 'sender' });
  }
  const kakao = manifest.kakaotalk?.templates ?? [];
  duplicates(kakao, (t) => (t.code ? `${t.sender}/${t.code}` : undefined), 'template code');
  duplicates(kakao, (t) => `${t.sender}/${String(t.input.details?.name)}`, 'template name');

  if (problems.length > 0) throw manifestError(manifest.file, problems);
}
