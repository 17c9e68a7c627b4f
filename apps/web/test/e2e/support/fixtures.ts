/** The regency the stories onboard from Sragen (Kemendagri code 3312). */
export const WONOGIRI = { slug: "wonogiri", name: "Kabupaten Wonogiri", regencyCode: "3312" } as const;

/**
 * Two of Wonogiri's sub-districts and three villages as the onboarding wizard's CSV (a quoted
 * name with a comma included); test households go to Gebangharjo, `33.12.01.2001`.
 */
export const WONOGIRI_CSV = [
  "code,name,parent",
  "33.12.01,Pracimantoro,33.12",
  "33.12.01.2001,Gebangharjo,33.12.01",
  '33.12.01.2002,"Joho, Lor",33.12.01',
  "33.12.02,Paranggupito,",
  "33.12.02.2001,Gunturharjo,33.12.02",
].join("\n");
