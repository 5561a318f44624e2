// `import`: a manifest from the live project, so teams can start from what they have.
import { writeFile, access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Document } from 'yaml';
import type { KakaoTalkTemplate, Provisioning, WhatsAppTemplate } from '../../index.js';
import type { Context } from '../context.js';
import { CliError } from '../exit.js';
import { DEFAULT_MANIFEST } from '../manifest/load.js';
import { schemaProperties } from '../spec.js';
import { all } from '../plan/live.js';

export const SECRET_PLACEHOLDER = '${env:SINCH_WEBHOOK_SECRET}';
const SECTIONS = ['webhooks', 'whatsapp', 'kakaotalk'] as const;

interface ImportFlags {
  file: string;
  stdout?: boolean;
  force?: boolean;
  sections: string;
}

const pick = (value: object | undefined, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([k, v]) => keys.includes(k) && v !== undefined && v !== null));

/** The manifest of the live project as a plain object (secrets as placeholders). */
export async function importManifest(client: Provisioning, sections: readonly string[]): Promise<Record<string, unknown>> {
  const manifest: Record<string, unknown> = {};
  if (sections.includes('webhooks')) {
    const hooks = await all(client.webhooks.list({ pageSize: 15 }));
    manifest['webhooks'] = hooks.map((w) => ({ target: w.target, triggers: [...w.triggers].sort(), secret: SECRET_PLACEHOLDER }));
  }
  if (sections.includes('whatsapp')) {
    const fields = schemaProperties('WhatsappTemplateInputDto').filter((k) => k !== 'status');
    const templates = (await all(client.whatsapp.templates.list())).filter((t) => !t.isMetaGenerated);
    manifest['whatsapp'] = { templates: templates.map((t: WhatsAppTemplate) => pick({ ...t, details: t.changes?.details ?? t.details }, fields)) };
  }
  if (sections.includes('kakaotalk')) {
    const detailFields = schemaProperties('KakaotalkInputTemplateDetailsDto');
    const senders = await all(client.kakaotalk.senders.list());
    const templates: Record<string, unknown>[] = [];
    for (const sender of senders) {
      for (const t of await all(client.kakaotalk.templates.list(sender.plusFriendId))) {
        const details = pick((t as KakaoTalkTemplate).changes?.details ?? t.details, detailFields);
        templates.push({ sender: sender.plusFriendId, code: t.code, details });
      }
    }
    manifest['kakaotalk'] = { senders: senders.map((s) => s.plusFriendId), templates };
  }
  return manifest;
}

export function registerImport(program: Command, ctx: Context): void {
  program
    .command('import')
    .description(`write a manifest from the live project (webhook secrets become ${SECRET_PLACEHOLDER})`)
    .option('-f, --file <path>', 'file to write', DEFAULT_MANIFEST)
    .option('--stdout', 'print the manifest instead of writing it')
    .option('--force', 'overwrite the file if it exists')
    .option('--sections <list>', `comma-separated sections to import: ${SECTIONS.join(',')}`, SECTIONS.join(','))
    .action(async (flags: ImportFlags, command: Command) => {
      const sections = flags.sections
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (unknown.length > 0) throw new CliError(`--sections: unknown ${unknown.join(', ')} (expected ${SECTIONS.join(', ')})`);
      const manifest = await importManifest(ctx.client(command), sections);
      const doc = new Document(manifest);
      doc.commentBefore =
        ' sinch-provisioning manifest, imported from the live project.\n' +
        ` Webhook secrets cannot be read back: set SINCH_WEBHOOK_SECRET (or edit the placeholders).\n` +
        ' Check it with: npx sinch-provisioning plan';
      const text = doc.toString({ lineWidth: 0 });
      if (flags.stdout) {
        ctx.io.out(text.trimEnd());
        return;
      }
      const path = resolve(ctx.io.process.cwd, flags.file);
      if (
        !flags.force &&
        (await access(path).then(
          () => true,
          () => false,
        ))
      )
        throw new CliError(`${flags.file} exists: pass --force to overwrite it, or --stdout`);
      await writeFile(path, text);
      const count = (manifest['webhooks'] as unknown[] | undefined)?.length ?? 0;
      ctx.io.err(
        `wrote ${flags.file} (${count} webhooks${sections.includes('whatsapp') ? `, ${(manifest['whatsapp'] as { templates: unknown[] }).templates.length} WhatsApp templates` : ''}${sections.includes('kakaotalk') ? `, ${(manifest['kakaotalk'] as { templates: unknown[] }).templates.length} KakaoTalk templates` : ''})`,
      );
    });
}
