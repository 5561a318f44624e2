import type { ValidationIssue } from '../../core/errors.js';
import { repeatsBy } from '../checks.js';

type List = readonly Record<string, unknown>[] | null | undefined;

/** The parts of a create or update body that the cross-field rules look at. */
interface SenderBody {
  details?: {
    brand?: { emails?: List; phones?: List; websites?: List } | null;
    questionnaire?: { us?: { answers?: object | null } | null } | null;
  } | null;
}

const US_ANSWERS = 'details.questionnaire.us.answers';
/** A US tax ID (EIN), as the spec writes it: XX-XXXXXXX. */
const US_TAX_ID = /^\d{2}-\d{7}$/;

/** Flags every entry whose `key` repeats an earlier entry's (values are not quoted: they are contact data). */
function uniqueBy(list: List, key: string, path: string): ValidationIssue[] {
  return repeatsBy(list, key).map(({ index }) => ({
    path: `${path}[${index}].${key}`,
    rule: 'uniqueBy',
    message: `repeats an earlier entry; each ${key} may appear once`,
  }));
}

/**
 * Rules of RCS sender bodies (create and update) that the spec states only in prose:
 * - brand emails, phones and websites: each `address`, `number` and `url` once (`uniqueItems`
 *   alone only rejects identical entries);
 * - US questionnaire: a PUBLIC company's legalForm is CORPORATION, and a tax ID of taxIdCountry
 *   US has the form XX-XXXXXXX. Checked only when both fields are in the body (a PATCH may send
 *   one of them alone).
 */
export function senderIssues(body: SenderBody | undefined): ValidationIssue[] {
  const brand = body?.details?.brand;
  const issues = [
    ...uniqueBy(brand?.emails, 'address', 'details.brand.emails'),
    ...uniqueBy(brand?.phones, 'number', 'details.brand.phones'),
    ...uniqueBy(brand?.websites, 'url', 'details.brand.websites'),
  ];
  const answers = body?.details?.questionnaire?.us?.answers as Record<string, unknown> | null | undefined;
  if (!answers || typeof answers !== 'object') return issues;
  const { ownershipType, legalForm, taxIdCountry, taxId } = answers;
  if (ownershipType === 'PUBLIC' && typeof legalForm === 'string' && legalForm !== 'CORPORATION') {
    issues.push({
      path: `${US_ANSWERS}.legalForm`,
      rule: 'corporationIfPublic',
      message: 'must be CORPORATION when ownershipType is PUBLIC',
      values: [legalForm],
    });
  }
  if (taxIdCountry === 'US' && typeof taxId === 'string' && !US_TAX_ID.test(taxId)) {
    issues.push({ path: `${US_ANSWERS}.taxId`, rule: 'usTaxIdFormat', message: 'must have the form XX-XXXXXXX (e.g. 12-3456789) when taxIdCountry is US' });
  }
  return issues;
}
