import { and, count, desc, eq, inArray, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  cards,
  householdRecords,
  letters,
  quotaConsumptions,
  recommendations,
  type Card,
  type CardStatus,
  type HouseholdRecord,
  type Letter,
  type NewCard,
  type NewLetter,
  type NewRecommendation,
  type Recommendation,
  type RecommendationStatus,
} from "../schema/index.ts";

// Queries of a case's outputs: cards, letters, recommendations, quota consumptions and the
// regency's own household records. Every one filters by tenant as well (the first wall; the
// row-level security of withTenant is the second).

/** Stores a new card. */
export async function insertCard(db: Db, values: NewCard): Promise<Card> {
  const [row] = await db.insert(cards).values(values).returning();
  if (!row) throw new Error("card insert returned no row");
  return row;
}

/** A card of the regency by id, or null (optionally locked for the rest of the transaction). */
export async function findCard(db: Db, tenantId: string, cardId: string, options: { lock?: boolean } = {}): Promise<Card | null> {
  const query = db.select().from(cards).where(and(eq(cards.tenantId, tenantId), eq(cards.id, cardId)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The person's card of a programme whose stored status is `active` (at most one), locked. */
export async function lockActiveCard(db: Db, tenantId: string, programmeId: string, holderNikHmac: Uint8Array): Promise<Card | null> {
  const [row] = await db
    .select()
    .from(cards)
    .where(and(eq(cards.tenantId, tenantId), eq(cards.programmeId, programmeId), eq(cards.holderNikHmac, holderNikHmac), eq(cards.status, "active")))
    .for("update");
  return row ?? null;
}

/**
 * Which records a caller reaches: undefined for the whole regency; else those in the listed
 * sub-district or village codes, or (recommendations) addressed to the listed agencies.
 */
export interface OutputScope {
  placeCodes: readonly string[];
  agencyIds: readonly string[];
}

function placeCondition(columns: { subdistrictCode: AnyColumn; villageCode: AnyColumn }, codes: readonly string[]): SQL | undefined {
  if (codes.length === 0) return undefined;
  return or(inArray(columns.subdistrictCode, [...codes]), inArray(columns.villageCode, [...codes]));
}

/**
 * Cards by filters, newest first. `holderNikHmac` finds one person's. `status` is the status
 * as read on `today` (`YYYY-MM-DD`): an active card past its validity counts as expired.
 */
export async function listCards(
  db: Db,
  tenantId: string,
  filter: {
    holderNikHmac?: Uint8Array | undefined;
    programmeId?: string | undefined;
    status?: CardStatus | undefined;
    today: string;
    scope?: OutputScope | undefined;
    limit: number;
  },
): Promise<Card[]> {
  const where: (SQL | undefined)[] = [eq(cards.tenantId, tenantId)];
  if (filter.holderNikHmac) where.push(eq(cards.holderNikHmac, filter.holderNikHmac));
  if (filter.programmeId) where.push(eq(cards.programmeId, filter.programmeId));
  const lapsed = and(eq(cards.status, "active"), sql`${cards.validUntil} < ${filter.today}`);
  if (filter.status === "active") where.push(and(eq(cards.status, "active"), sql`(${cards.validUntil} is null or ${cards.validUntil} >= ${filter.today})`));
  else if (filter.status === "expired") where.push(or(eq(cards.status, "expired"), lapsed));
  else if (filter.status) where.push(eq(cards.status, filter.status));
  if (filter.scope) where.push(placeCondition(cards, filter.scope.placeCodes) ?? sql`false`);
  return db.select().from(cards).where(and(...where)).orderBy(desc(cards.issuedAt), desc(cards.number)).limit(filter.limit);
}

/** The household's cards whose stored status is active: by KK HMAC, or the holder's NIK HMAC when no KK is known. */
export async function activeCardsOfHousehold(db: Db, tenantId: string, who: { kkHmac: Uint8Array | null; nikHmac: Uint8Array }): Promise<Card[]> {
  const holder = who.kkHmac ? or(eq(cards.householdKkHmac, who.kkHmac), eq(cards.holderNikHmac, who.nikHmac)) : eq(cards.holderNikHmac, who.nikHmac);
  return db
    .select()
    .from(cards)
    .where(and(eq(cards.tenantId, tenantId), eq(cards.status, "active"), holder))
    .orderBy(desc(cards.issuedAt));
}

/** Changes a card's status (revocation, expiry, replacement). */
export async function updateCard(
  db: Db,
  tenantId: string,
  cardId: string,
  changes: Partial<Pick<Card, "status" | "revokedAt" | "revokedBy" | "revokeReason">>,
): Promise<Card> {
  const [row] = await db.update(cards).set(changes).where(and(eq(cards.tenantId, tenantId), eq(cards.id, cardId))).returning();
  if (!row) throw new Error("card update matched no row");
  return row;
}

/** Stores a new letter. */
export async function insertLetter(db: Db, values: NewLetter): Promise<Letter> {
  const [row] = await db.insert(letters).values(values).returning();
  if (!row) throw new Error("letter insert returned no row");
  return row;
}

/** A letter of the regency by id, or null (optionally locked). */
export async function findLetter(db: Db, tenantId: string, letterId: string, options: { lock?: boolean } = {}): Promise<Letter | null> {
  const query = db.select().from(letters).where(and(eq(letters.tenantId, tenantId), eq(letters.id, letterId)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** The renewal of a letter, if it has one. */
export async function findRenewalOf(db: Db, tenantId: string, letterId: string): Promise<Letter | null> {
  const [row] = await db.select().from(letters).where(and(eq(letters.tenantId, tenantId), eq(letters.renewsLetterId, letterId)));
  return row ?? null;
}

/** Changes a letter's status. */
export async function updateLetterStatus(db: Db, tenantId: string, letterId: string, status: Letter["status"]): Promise<Letter> {
  const [row] = await db.update(letters).set({ status }).where(and(eq(letters.tenantId, tenantId), eq(letters.id, letterId))).returning();
  if (!row) throw new Error("letter update matched no row");
  return row;
}

/** Stores a new recommendation. */
export async function insertRecommendation(db: Db, values: NewRecommendation): Promise<Recommendation> {
  const [row] = await db.insert(recommendations).values(values).returning();
  if (!row) throw new Error("recommendation insert returned no row");
  return row;
}

/** A recommendation by id, or null (optionally locked). */
export async function findRecommendation(db: Db, tenantId: string, id: string, options: { lock?: boolean } = {}): Promise<Recommendation | null> {
  const query = db.select().from(recommendations).where(and(eq(recommendations.tenantId, tenantId), eq(recommendations.id, id)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Recommendations by filters, newest first. */
export async function listRecommendations(
  db: Db,
  tenantId: string,
  filter: { agencyId?: string | undefined; status?: RecommendationStatus | undefined; scope?: OutputScope | undefined; limit: number },
): Promise<Recommendation[]> {
  const where: (SQL | undefined)[] = [eq(recommendations.tenantId, tenantId)];
  if (filter.agencyId) where.push(eq(recommendations.agencyId, filter.agencyId));
  if (filter.status) where.push(eq(recommendations.status, filter.status));
  if (filter.scope) {
    const agencies = filter.scope.agencyIds.length > 0 ? inArray(recommendations.agencyId, [...filter.scope.agencyIds]) : undefined;
    where.push(or(agencies, placeCondition(recommendations, filter.scope.placeCodes)) ?? sql`false`);
  }
  return db
    .select()
    .from(recommendations)
    .where(and(...where))
    .orderBy(desc(recommendations.issuedAt), desc(recommendations.number))
    .limit(filter.limit);
}

/** Marks a pending recommendation delivered or declined; null when it is no longer pending. */
export async function handleRecommendation(
  db: Db,
  input: { tenantId: string; id: string; status: "delivered" | "declined"; reason: string | null; by: string | null; at: Date },
): Promise<Recommendation | null> {
  const [row] = await db
    .update(recommendations)
    .set({ status: input.status, reason: input.reason, handledBy: input.by, handledAt: input.at })
    .where(and(eq(recommendations.tenantId, input.tenantId), eq(recommendations.id, input.id), eq(recommendations.status, "pending")))
    .returning();
  return row ?? null;
}

/** Records one unit of a quota used in a period. */
export async function insertQuotaConsumption(db: Db, values: typeof quotaConsumptions.$inferInsert): Promise<void> {
  await db.insert(quotaConsumptions).values(values);
}

/** Units of a quota used in a period. */
export async function quotaUsed(db: Db, tenantId: string, quotaId: string, periodKey: string): Promise<number> {
  const [row] = await db
    .select({ used: count() })
    .from(quotaConsumptions)
    .where(and(eq(quotaConsumptions.tenantId, tenantId), eq(quotaConsumptions.quotaId, quotaId), eq(quotaConsumptions.periodKey, periodKey)));
  return row?.used ?? 0;
}

/**
 * Serialises consumption of one quota period: a transaction-scoped advisory lock, so two
 * approvals drawing the last unit at once cannot both see it free (the second waits, then
 * counts the first one's row).
 */
export async function lockQuotaPeriod(db: Db, tenantId: string, quotaId: string, periodKey: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`quota:${tenantId}:${quotaId}:${periodKey}`}, 0))`);
}

/** Adds a household to the regency's own records once per head and year; the existing row when already there. */
export async function recordHousehold(db: Db, values: typeof householdRecords.$inferInsert): Promise<HouseholdRecord> {
  const [row] = await db.insert(householdRecords).values(values).onConflictDoNothing().returning();
  if (row) return row;
  const [existing] = await db
    .select()
    .from(householdRecords)
    .where(and(eq(householdRecords.tenantId, values.tenantId), eq(householdRecords.headNikHmac, values.headNikHmac), eq(householdRecords.year, values.year)));
  if (!existing) throw new Error("household record neither inserted nor found");
  return existing;
}

/** The regency's household records of a case (for tests and the list update). */
export async function householdRecordsOfCase(db: Db, tenantId: string, caseId: string): Promise<HouseholdRecord[]> {
  return db.select().from(householdRecords).where(and(eq(householdRecords.tenantId, tenantId), eq(householdRecords.caseId, caseId)));
}
