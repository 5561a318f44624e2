// The live side of a plan: only the sections the manifest manages are read.
import type { KakaoTalkTemplate, Provisioning, Webhook, WhatsAppTemplate } from '../../index.js';
import type { Manifest } from '../manifest/types.js';

export interface LiveState {
  webhooks: Webhook[] | undefined;
  whatsappTemplates: WhatsAppTemplate[] | undefined;
  /** Templates of each managed KakaoTalk sender, by plusFriendId. */
  kakaotalkTemplates: Map<string, KakaoTalkTemplate[]> | undefined;
}

/**
 * Every item of a listing, each resource once: a listing may repeat a resource (the official
 * KakaoTalk example lists one template twice, same id), which would otherwise be planned twice.
 */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  const ids = new Set<string>();
  for await (const item of items) {
    const id = (item as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (ids.has(id)) continue;
      ids.add(id);
    }
    out.push(item);
  }
  return out;
}

export async function readLive(client: Provisioning, manifest: Manifest): Promise<LiveState> {
  const live: LiveState = { webhooks: undefined, whatsappTemplates: undefined, kakaotalkTemplates: undefined };
  if (manifest.webhooks) live.webhooks = await all(client.webhooks.list({ pageSize: 15 }));
  if (manifest.whatsappTemplates) live.whatsappTemplates = await all(client.whatsapp.templates.list());
  if (manifest.kakaotalk) {
    live.kakaotalkTemplates = new Map();
    for (const sender of manifest.kakaotalk.senders) live.kakaotalkTemplates.set(sender, await all(client.kakaotalk.templates.list(sender)));
  }
  return live;
}
