import { APIResource } from '../../core/resource.js';

/** Placeholder: being written (issue #4). */
export class Sms extends APIResource {}
