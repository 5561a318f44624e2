import { ValidationError } from './errors.js';

// The escape hatch for enum values the API gained after this SDK was generated. The SDK checks
// enums before sending so a typo fails fast with the allowed values listed; a value Sinch adds
// later would fail the same way. Declaring it says "this one is real": it is then accepted by
// every enum check in this process and sent unchanged. Typos in other values still fail.

const declared = new Set<string>();

/** True for a value declared with {@link unknownEnum} (cheap: only asked when an enum check already failed). */
export function isDeclaredEnumValue(value: unknown): boolean {
  return typeof value === 'string' && declared.has(value);
}

/**
 * Declares an enum value this SDK version does not list yet (one Sinch added later) and returns
 * it, typed as whichever enum the field expects, so it can be sent without a cast:
 *
 * ```ts
 * await client.whatsapp.senders.update(id, { details: { vertical: unknownEnum('SPACE_TRAVEL') } });
 * ```
 *
 * From then on the value passes every enum check of this process and reaches the API unchanged;
 * misspelt known values are still a {@link ValidationError} before anything is sent. For a trigger,
 * `Triggers.unknown('NEW_TRIGGER')` is the same. To skip enum checks for one call instead, pass
 * `{ allowUnknownEnums: true }` as its request options.
 */
export function unknownEnum<T = string>(value: string): Extract<T, string> {
  if (typeof value !== 'string' || !/^\S+$/u.test(value)) {
    throw new ValidationError([{ path: 'value', rule: 'pattern', message: 'must be a non-empty string without spaces' }], 'unknown enum value');
  }
  declared.add(value);
  return value as Extract<T, string>;
}
