// Carries out a plan, one step at a time, and says what became of each change. A step the API
// refuses because of the resource's state (409, 424) is reported as blocked and the others go on;
// any other error stops the run: re-running apply re-plans from the live state and completes it.
import {
  ConflictError,
  FailedDependencyError,
  type KakaoTalkTemplate,
  type Provisioning,
  type WaitOptions,
  type WhatsAppTemplate,
  isFinalKakaoTalkTemplate,
  isFinalWhatsAppTemplate,
} from '../../index.js';
import { describeError } from '../exit.js';
import type { Change, Plan, Step } from './types.js';

export type Result = 'done' | 'submitted' | 'blocked' | 'failed';

export interface Outcome {
  change: Change;
  result: Result;
  message?: string;
  /** The template as the API answered, for the review wait. */
  resource?: Reviewed;
}

export interface ApplyOptions {
  /** Progress lines (stderr). */
  progress: (line: string) => void;
  /** Wait for reviews to end (`--wait`); milliseconds, or undefined not to wait. */
  waitTimeout?: number | undefined;
  /** First pause between two polls while waiting. */
  waitInterval?: number | undefined;
}

/** Updates first, then creates, then deletes: a failure part-way never leaves less than before. */
const ORDER: Record<string, number> = { update: 0, create: 1, delete: 2 };

export async function applyPlan(client: Provisioning, plan: Plan, options: ApplyOptions): Promise<Outcome[]> {
  const steps = plan.changes.filter((c) => c.step).sort((a, b) => (ORDER[a.action] ?? 9) - (ORDER[b.action] ?? 9));
  const outcomes: Outcome[] = [];
  const waitOptions = { timeout: options.waitTimeout ?? 0, interval: options.waitInterval ?? 5_000 };
  if (options.waitTimeout !== undefined) {
    // The senders of the templates to change first, so that templates go in once a sender's own review is over.
    const senders = new Set(steps.flatMap((c) => (c.step && 'sender' in c.step ? [c.step.sender] : [])));
    for (const sender of senders) {
      options.progress(`waiting for the review of KakaoTalk sender ${sender} ...`);
      const s = await client.kakaotalk.senders.waitForFinalState(sender, waitOptions);
      options.progress(`KakaoTalk sender ${sender}: state ${s.state ?? 'none'}${s.changes ? `, changes ${s.changes.status}` : ''}`);
    }
  }
  let index = 0;
  for (const change of steps) {
    index += 1;
    options.progress(`[${index}/${steps.length}] ${change.action} ${change.kind} ${change.key}`);
    try {
      const result = await run(client, change.step as Step);
      outcomes.push(result === undefined ? { change, result: 'done' } : reviewOutcome(change, result));
    } catch (error) {
      if (error instanceof ConflictError || error instanceof FailedDependencyError) {
        outcomes.push({ change, result: 'blocked', message: describeError(error) });
        continue;
      }
      outcomes.push({ change, result: 'failed', message: describeError(error) });
      return outcomes;
    }
  }
  if (options.waitTimeout !== undefined) await waitForReviews(client, outcomes, waitOptions, options.progress);
  return outcomes;
}

type Reviewed = WhatsAppTemplate | KakaoTalkTemplate;

async function run(client: Provisioning, step: Step): Promise<Reviewed | undefined> {
  switch (step.op) {
    case 'webhook.create':
      await client.webhooks.create(step.body);
      return undefined;
    case 'webhook.update':
      await client.webhooks.update(step.id, step.patch);
      return undefined;
    case 'webhook.delete':
      await client.webhooks.delete(step.id);
      return undefined;
    case 'whatsapp.create':
      return client.whatsapp.templates.create(step.body);
    case 'whatsapp.update':
      return client.whatsapp.templates.update(step.name, step.language, step.patch);
    case 'whatsapp.delete':
      await client.whatsapp.templates.delete(step.name, step.language, { deleteSubmitted: true });
      return undefined;
    case 'kakaotalk.create':
      return client.kakaotalk.templates.create(step.sender, step.body);
    case 'kakaotalk.update':
      return client.kakaotalk.templates.update(step.sender, step.code, step.patch);
    case 'kakaotalk.delete':
      await client.kakaotalk.templates.delete(step.sender, step.code);
      return undefined;
  }
}

function isFinal(change: Change, resource: Reviewed): boolean {
  return change.kind === 'whatsapp-template' ? isFinalWhatsAppTemplate(resource as WhatsAppTemplate) : isFinalKakaoTalkTemplate(resource as KakaoTalkTemplate);
}

/** A template that went in for review is "submitted, awaiting review": a normal outcome. */
function reviewOutcome(change: Change, resource: Reviewed): Outcome {
  if (!isFinal(change, resource)) return { change, result: 'submitted', message: 'submitted, awaiting review', resource };
  const draft = resource.changes?.status === 'DRAFT';
  return { change, result: 'done', ...(draft ? { message: 'saved as a draft' } : {}) };
}

async function waitForReviews(
  client: Provisioning,
  outcomes: Outcome[],
  wait: { timeout: number; interval: number },
  progress: (line: string) => void,
): Promise<void> {
  for (const outcome of outcomes) {
    if (outcome.result !== 'submitted') continue;
    const step = outcome.change.step as Step;
    progress(`waiting for the review of ${outcome.change.kind} ${outcome.change.key} ...`);
    try {
      // One progress line per poll keeps a long wait visible (and CI logs alive).
      const onPoll = (state: unknown) => progress(`  ${outcome.change.key}: ${reviewState(state as Reviewed)}`);
      const final: Reviewed = await reviewed(client, step, outcome.resource, { ...wait, onPoll });
      const rejected = final.changes?.status === 'REJECTED' || (!final.changes && final.state === 'REJECTED');
      outcome.result = rejected ? 'failed' : 'done';
      outcome.message = rejected ? `rejected in review (state ${final.state ?? 'none'})` : `review finished: state ${final.state ?? 'none'}`;
    } catch (error) {
      outcome.result = 'failed';
      outcome.message = describeError(error);
    }
  }
}

const reviewState = (r: Reviewed): string => `state ${r.state ?? 'none'}, changes ${r.changes?.status ?? 'none'}`;

function reviewed(client: Provisioning, step: Step, resource: Reviewed | undefined, wait: WaitOptions): Promise<Reviewed> {
  if (step.op === 'whatsapp.create') return client.whatsapp.templates.waitForFinalState(step.body.name, step.body.language as never, wait);
  if (step.op === 'whatsapp.update') return client.whatsapp.templates.waitForFinalState(step.name, step.language, wait);
  if (step.op === 'kakaotalk.create') return client.kakaotalk.templates.waitForFinalState(step.sender, (resource as KakaoTalkTemplate).code, wait);
  if (step.op === 'kakaotalk.update') return client.kakaotalk.templates.waitForFinalState(step.sender, step.code, wait);
  throw new Error('unreachable: only templates are reviewed');
}
