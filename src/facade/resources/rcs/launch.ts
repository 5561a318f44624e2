import { type PollCall, type WaitDeps, type WaitOptions, waitUntil } from '../../core/wait.js';
import type { RcsSender } from './types.js';

/**
 * Sender states in which a launch is still under way. PREPARING_LAUNCH can last while the brand
 * awaits approval; PENDING_LAUNCH is not in the state enum but the launch operation's text
 * names it (a sender without a video waits there until Sinch adds one).
 */
const LAUNCH_PENDING: ReadonlySet<string> = new Set(['LAUNCHING', 'PREPARING_LAUNCH', 'PENDING_LAUNCH']);

/** True once the sender reports a state outside the launch's transitional ones. */
export function launchSettled(sender: RcsSender): boolean {
  return sender.state !== undefined && !LAUNCH_PENDING.has(sender.state);
}

/** Polls `poll` until {@link launchSettled}; see `RcsSenders.waitForLaunch`. */
export function waitForLaunch(
  poll: (call: PollCall) => Promise<RcsSender>,
  senderId: string,
  options?: WaitOptions<RcsSender>,
  deps?: WaitDeps,
): Promise<RcsSender> {
  return waitUntil(poll, launchSettled, `launch of RCS sender ${senderId}`, (s) => `state ${s.state ?? 'not reported'}`, options, deps);
}
