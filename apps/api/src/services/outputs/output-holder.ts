import type { Case } from "@satu-atap/db";

/**
 * What every output (card, letter, recommendation) copies from its case when it is issued: the
 * case, its place (which the output's reach follows) and the applicant as holder (NIK keyed
 * and masked, never in clear).
 */
export function holderOfCase(caseRow: Case) {
  return {
    caseId: caseRow.id,
    subdistrictCode: caseRow.subdistrictCode,
    villageCode: caseRow.villageCode,
    holderNikHmac: caseRow.applicantNikHmac,
    holderNikMasked: caseRow.applicantNikMasked,
    holderName: caseRow.applicantName,
  };
}
