import type { AttemptFailure } from '../core/retry.js';

/** Texts of the transport's attempts. */

/** The credential part of an Authorization value (`Bearer abc` -> `abc`), to scrub along with the whole. */
export function credentialOf(authorization: string): string {
  const space = authorization.indexOf(' ');
  return space === -1 ? authorization : authorization.slice(space + 1);
}

/** Messages for a fetch that threw, by what the failure proves about the request. */
export function networkText(failure: AttemptFailure): string {
  if (failure.kind !== 'interrupted') return 'no connection could be made; the request was not sent';
  switch (failure.reason) {
    case 'malformed':
      return 'the server answered with something that is not valid HTTP; the server may have received the request';
    case 'broken':
      return 'the connection broke before a response arrived; the server may have received the request';
    default:
      return 'the request failed before a response arrived; the server may have received the request';
  }
}
