// The manifest (sinch-provisioning.yaml) once read: one entry per resource, each remembering
// where it stands in the file. A section left out of the file is not managed at all.
import type { KakaoTalkTemplateInput, WebhookTrigger, WhatsAppTemplateInput } from '../../index.js';

/** Path of a YAML node from the document root, e.g. ['webhooks', 0, 'target']. */
export type NodePath = readonly (string | number)[];

export interface WebhookEntry {
  target: string;
  triggers: WebhookTrigger[];
  /** The resolved secret: never printed, never compared (the API does not return it). */
  secret: string;
  at: NodePath;
  raw: Record<string, unknown>;
}

export interface WhatsAppTemplateEntry {
  /** The body `whatsapp.templates.create` takes; `status` defaults to SUBMIT. */
  input: WhatsAppTemplateInput;
  at: NodePath;
  raw: Record<string, unknown>;
}

export interface KakaoTalkTemplateEntry {
  /** plusFriendId of the sender the template belongs to. */
  sender: string;
  /** The template code once known (import writes it); otherwise the entry is matched by details.name. */
  code: string | undefined;
  input: KakaoTalkTemplateInput;
  at: NodePath;
  raw: Record<string, unknown>;
}

export interface Manifest {
  file: string;
  webhooks: WebhookEntry[] | undefined;
  whatsappTemplates: WhatsAppTemplateEntry[] | undefined;
  /** Undefined when the file has no `kakaotalk.templates`. */
  kakaotalk: { senders: string[]; templates: KakaoTalkTemplateEntry[] } | undefined;
  /** Secrets read from the environment, to keep out of every output. */
  secrets: string[];
  /** Problems found while reading; validateManifest adds the field rules' and throws them all. */
  problems: ManifestProblem[];
  /** `file:line:column` of a node (or of its nearest existing parent). */
  where(path: NodePath): string;
}

/** One problem of the manifest, located in the file. */
export interface ManifestProblem {
  where: string;
  field: string;
  message: string;
}
