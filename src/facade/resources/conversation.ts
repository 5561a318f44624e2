import { APIResource } from '../core/resource.js';

/** Placeholder: being written (issue #4). */
export class Conversation extends APIResource {}
