import type { components } from '../../../generated/schema.js';

/** A comment on the account, a sender or a template, as the API returns it. */
export type WhatsAppComment = components['schemas']['WhatsappCommentDto'];
export type WhatsAppCommentInput = components['schemas']['WhatsappCommentInputDto'];
