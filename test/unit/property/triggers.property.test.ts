import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../../../src/facade/core/errors.js';
import { Triggers, type WebhookTrigger } from '../../../src/facade/triggers.js';

const KNOWN = new Set<string>(Triggers.values);
const SPECIFIC = Triggers.values.filter((t) => t !== 'ALL');

/** Lists of known, specific triggers (not ALL), duplicates allowed, in any order. */
const specificList = fc.array(fc.constantFrom(...SPECIFIC), { minLength: 1, maxLength: 60 });
/** Strings that are not triggers: random text, and near misses of real ones (case, prefix, suffix). */
const unknownValue = fc.oneof(
  fc.string({ maxLength: 40 }).filter((s) => !KNOWN.has(s)),
  fc.constantFrom(...Triggers.values).map((t) => t.toLowerCase()),
  fc.constantFrom(...SPECIFIC).map((t) => `${t}_`),
  fc.constantFrom(...SPECIFIC).map((t) => t.slice(0, -1)),
  fc.constantFrom(...Triggers.values).map((t) => ` ${t}`),
);

function issuesOf(fn: () => unknown): readonly ValidationIssue[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err.issues;
    throw err;
  }
  throw new Error('expected a ValidationError');
}

describe('Triggers.normalize properties', () => {
  it('returns the distinct input values, sorted', () => {
    fc.assert(
      fc.property(specificList, (list) => {
        expect(Triggers.normalize(list)).toEqual([...new Set(list)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(specificList, fc.array(fc.constant<WebhookTrigger>('ALL'), { minLength: 1, maxLength: 5 })), (list) => {
        const once = Triggers.normalize(list);
        expect(Triggers.normalize(once)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on order, duplicates or the kind of iterable', () => {
    fc.assert(
      fc.property(specificList, fc.infiniteStream(fc.nat()), (list, randoms) => {
        const it = randoms[Symbol.iterator]();
        const shuffled = [...list, ...list.slice(0, 3)].sort(() => ((it.next().value as number) % 3) - 1);
        const expected = Triggers.normalize(list);
        expect(Triggers.normalize(shuffled)).toEqual(expected);
        expect(Triggers.normalize(new Set(shuffled))).toEqual(expected);
        expect(Triggers.normalize(shuffled.values())).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects ALL together with any other trigger, wherever ALL stands, naming the others', () => {
    fc.assert(
      fc.property(specificList, fc.nat(), (list, at) => {
        const withAll: string[] = [...list];
        withAll.splice(at % (list.length + 1), 0, 'ALL');
        const issues = issuesOf(() => Triggers.normalize(withAll));
        expect(issues).toEqual([expect.objectContaining({ path: 'triggers', rule: 'allExclusive', values: [...new Set(list)] })]);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects any unknown value among known ones, listing each unknown value once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SPECIFIC), { maxLength: 10 }),
        fc.array(unknownValue, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (known, unknown, at) => {
          const list: string[] = [...known];
          list.splice(at % (known.length + 1), 0, ...unknown);
          const issues = issuesOf(() => Triggers.normalize(list));
          const enumIssue = issues.find((i) => i.rule === 'enum');
          expect(enumIssue?.values).toEqual([...new Set(list.filter((v) => !KNOWN.has(v)))]);
          expect(issues.every((i) => i.rule === 'enum' || i.rule === 'allExclusive')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts exactly the lists of known values that do not mix ALL with others', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...Triggers.values), unknownValue), { minLength: 1, maxLength: 12 }), (list) => {
        const valid = list.every((v) => KNOWN.has(v)) && (!list.includes('ALL') || list.every((v) => v === 'ALL'));
        let threw = false;
        try {
          Triggers.normalize(list);
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
          threw = true;
        }
        expect(threw).toBe(!valid);
      }),
      { numRuns: 500 },
    );
  });
});
