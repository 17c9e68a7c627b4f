import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  AuditSecretError,
  appendAuditEvent,
  auditEvents,
  listAuditEvents,
  verifyAuditChain,
  withPlatform,
  withTenant,
  type AuditEvent,
  type Db,
} from "../src/index.ts";
import { expectDbError } from "./expect-db-error.ts";
import type { SuiteContext } from "./suite-context.ts";

/** The audit trail: per-tenant hash chains, append-only, tamper-evident. */
export function describeAuditSuite(ctx: SuiteContext): void {
  const { db, asOwner } = ctx;

  const appendMany = async (tenantId: string | null, count: number): Promise<AuditEvent[]> => {
    const events: AuditEvent[] = [];
    for (let n = 1; n <= count; n += 1) {
      events.push(
        await appendAuditEvent(db(), {
          tenantId,
          actorUserId: crypto.randomUUID(),
          actorRole: "district-admin",
          action: n % 2 === 0 ? "config.edit" : "config.publish",
          target: `config_version:${n}`,
          requestId: `req-${n}`,
          before: n % 2 === 0 ? { quota: n - 1 } : null,
          after: n % 2 === 0 ? { quota: n, nested: { list: [1, "two", null] } } : null,
          details: { n },
        }),
      );
    }
    return events;
  };

  /** Runs `fn` as the owner with the append-only trigger off: how a tamperer with owner rights would. */
  const tamper = (fn: (owner: Db) => Promise<unknown>): Promise<void> =>
    asOwner((owner) =>
      owner.transaction(async (tx) => {
        await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
        await fn(tx);
        await tx.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
      }),
    );

  describe("audit trail", () => {
    it("chains each tenant's events and the platform's separately, and verifies them", async () => {
      const [a, b] = await ctx.twoTenants();
      const ofA = await appendMany(a.id, 4);
      const ofB = await appendMany(b.id, 2);
      const platform = await appendAuditEvent(db(), { tenantId: null, action: "auth.login_failed", details: { email: "x@y.id" } });

      expect(ofA.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(ofB.map((e) => e.seq)).toEqual([1, 2]);
      expect(ofA[0]?.prevHash).toBeNull();
      for (let n = 1; n < ofA.length; n += 1) expect(ofA[n]?.prevHash).toBe(ofA[n - 1]?.rowHash);
      expect(ofA[0]?.rowHash).toMatch(/^[0-9a-f]{64}$/);
      expect(platform).toMatchObject({ tenantId: null, action: "auth.login_failed" });

      expect(await verifyAuditChain(db(), a.id)).toEqual({ ok: true, count: 4 });
      expect(await verifyAuditChain(db(), b.id)).toEqual({ ok: true, count: 2 });
      const platformChain = await verifyAuditChain(db(), null);
      expect(platformChain.ok).toBe(true);
      // Small batches exercise the paging of the walk.
      expect(await verifyAuditChain(db(), a.id, { batchSize: 3 })).toEqual({ ok: true, count: 4 });
      expect(await verifyAuditChain(db(), crypto.randomUUID())).toEqual({ ok: true, count: 0 });
    });

    it("sets seq and hashes itself: values supplied by the application are overwritten", async () => {
      const [a] = await ctx.twoTenants();
      await appendMany(a.id, 1);
      const [forged] = await withTenant(db(), a.id, (tx) =>
        tx
          .insert(auditEvents)
          .values({ tenantId: a.id, action: "test.forged", seq: 99, prevHash: "0".repeat(64), rowHash: "f".repeat(64) })
          .returning(),
      );
      expect(forged).toMatchObject({ seq: 2, prevHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(forged?.rowHash).not.toBe("f".repeat(64));
      expect(await verifyAuditChain(db(), a.id)).toEqual({ ok: true, count: 2 });
    });

    it("serialises concurrent appends to one chain: gap-free seq, chain intact", async () => {
      const [a, b] = await ctx.twoTenants();
      const events = await Promise.all(
        Array.from({ length: 20 }, (_, n) => appendAuditEvent(db(), { tenantId: n % 2 === 0 ? a.id : b.id, action: "test.concurrent" })),
      );
      const seqsOf = (tenantId: string) =>
        events
          .filter((e) => e.tenantId === tenantId)
          .map((e) => e.seq)
          .sort((x, y) => x - y);
      expect(seqsOf(a.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(seqsOf(b.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(await verifyAuditChain(db(), a.id)).toEqual({ ok: true, count: 10 });
      expect(await verifyAuditChain(db(), b.id)).toEqual({ ok: true, count: 10 });
    });

    it("commits and rolls back with the caller's transaction", async () => {
      const [a] = await ctx.twoTenants();
      await expect(
        withTenant(db(), a.id, async (tx) => {
          await appendAuditEvent(tx, { tenantId: a.id, action: "config.publish" });
          throw new Error("abort");
        }),
      ).rejects.toThrow("abort");
      // The rolled-back append left no row and no gap behind.
      const kept = await appendAuditEvent(db(), { tenantId: a.id, action: "config.publish" });
      expect(kept.seq).toBe(1);
      expect(await verifyAuditChain(db(), a.id)).toEqual({ ok: true, count: 1 });
    });

    it("is append-only: the app role may not UPDATE, DELETE, TRUNCATE or touch the chain heads", async () => {
      const [a] = await ctx.twoTenants();
      const [first] = await appendMany(a.id, 2);
      const id = first?.id ?? -1;
      await withTenant(db(), a.id, async (tx) => {
        for (const attempt of [
          (sp: Db) => sp.update(auditEvents).set({ action: "test.rewritten" }).where(eq(auditEvents.id, id)),
          (sp: Db) => sp.delete(auditEvents).where(eq(auditEvents.id, id)),
          (sp: Db) => sp.execute(sql`truncate audit_events`),
          (sp: Db) => sp.execute(sql`select * from audit_chain_heads`),
          (sp: Db) => sp.execute(sql`update audit_chain_heads set seq = 0`),
        ]) {
          await expectDbError(tx.transaction(attempt), /permission denied/);
        }
      });
      // The owner is refused by the trigger unless it turns it off.
      await asOwner(async (owner) => {
        await expectDbError(
          owner.update(auditEvents).set({ action: "test.rewritten" }).where(eq(auditEvents.id, id)),
          /append-only: UPDATE refused/,
        );
        await expectDbError(owner.delete(auditEvents).where(eq(auditEvents.id, id)), /append-only: DELETE refused/);
      });
      expect(await verifyAuditChain(db(), a.id)).toEqual({ ok: true, count: 2 });
    });

    it("reports the first changed row", async () => {
      const [a, b] = await ctx.twoTenants();
      const events = await appendMany(a.id, 5);
      await appendMany(b.id, 3);
      const third = events[2];
      if (third === undefined) throw new Error("no third event");
      await tamper((owner) => owner.update(auditEvents).set({ details: { n: 333 } }).where(eq(auditEvents.id, third.id)));

      expect(await verifyAuditChain(db(), a.id)).toEqual({
        ok: false,
        brokenAt: { id: third.id, seq: 3 },
        reason: expect.stringMatching(/row changed/),
      });
      // The other tenant's chain is untouched.
      expect(await verifyAuditChain(db(), b.id)).toEqual({ ok: true, count: 3 });
    });

    it("reports a re-hashed row by its broken link to the next one", async () => {
      const [a] = await ctx.twoTenants();
      const events = await appendMany(a.id, 4);
      const second = events[1];
      const third = events[2];
      if (second === undefined || third === undefined) throw new Error("too few events");
      // A careful tamperer recomputes the changed row's own hash...
      await tamper(async (owner) => {
        await owner.update(auditEvents).set({ target: "config_version:999" }).where(eq(auditEvents.id, second.id));
        await owner
          .update(auditEvents)
          .set({ rowHash: sql`audit_event_row_hash(audit_events)` })
          .where(eq(auditEvents.id, second.id));
      });
      // ...and the next row's prev_hash gives it away.
      expect(await verifyAuditChain(db(), a.id)).toEqual({
        ok: false,
        brokenAt: { id: third.id, seq: 3 },
        reason: expect.stringMatching(/prev_hash/),
      });
    });

    it("reports a deleted middle row at the row after the gap", async () => {
      const [a] = await ctx.twoTenants();
      const events = await appendMany(a.id, 5);
      const [, , third, fourth] = events;
      if (third === undefined || fourth === undefined) throw new Error("too few events");
      await tamper((owner) => owner.delete(auditEvents).where(eq(auditEvents.id, third.id)));
      expect(await verifyAuditChain(db(), a.id)).toEqual({
        ok: false,
        brokenAt: { id: fourth.id, seq: 4 },
        reason: expect.stringMatching(/seq 3 missing/),
      });
    });

    it("reports rows deleted from the end of the chain, by the chain head", async () => {
      const [a] = await ctx.twoTenants();
      const events = await appendMany(a.id, 3);
      const last = events[2];
      if (last === undefined) throw new Error("too few events");
      await tamper((owner) => owner.delete(auditEvents).where(eq(auditEvents.id, last.id)));
      expect(await verifyAuditChain(db(), a.id)).toEqual({
        ok: false,
        brokenAt: { id: null, seq: 3 },
        reason: expect.stringMatching(/head is at seq 3/),
      });
    });

    it("lists a chain newest first, filtered, a page at a time, scoped to its tenant", async () => {
      const [a, b] = await ctx.twoTenants();
      const events = await appendMany(a.id, 6);
      await appendMany(b.id, 2);

      const page1 = await listAuditEvents(db(), a.id, { limit: 4 });
      expect(page1.events.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
      expect(page1.nextCursor).not.toBeNull();
      const page2 = await listAuditEvents(db(), a.id, { limit: 4, cursor: page1.nextCursor ?? undefined });
      expect(page2.events.map((e) => e.seq)).toEqual([2, 1]);
      expect(page2.nextCursor).toBeNull();

      const edits = await listAuditEvents(db(), a.id, { action: "config.edit" });
      expect(edits.events.map((e) => e.seq)).toEqual([6, 4, 2]);
      const byActor = await listAuditEvents(db(), a.id, { actorUserId: events[0]?.actorUserId ?? "" });
      expect(byActor.events.map((e) => e.seq)).toEqual([1]);
      const future = await listAuditEvents(db(), a.id, { from: new Date(Date.now() + 60_000) });
      expect(future.events).toEqual([]);
      const past = await listAuditEvents(db(), a.id, { to: new Date(Date.now() + 60_000) });
      expect(past.events).toHaveLength(6);
      expect(events[1]).toMatchObject({ before: { quota: 1 }, after: { quota: 2, nested: { list: [1, "two", null] } } });

      // Called from inside another tenant's scope, it still reads the right chain, and the scope is given back.
      await withTenant(db(), b.id, async (tx) => {
        expect((await listAuditEvents(tx, a.id)).events).toHaveLength(6);
        const own = await tx.select({ tenantId: auditEvents.tenantId }).from(auditEvents);
        expect(own.every((row) => row.tenantId === b.id)).toBe(true);
      });
      const platform = await withPlatform(db(), (tx) => listAuditEvents(tx, null, { action: "auth.login_failed" }));
      expect(platform.events.every((e) => e.tenantId === null)).toBe(true);
    });

    it("refuses events carrying a password, a token or a full NIK", async () => {
      const [a] = await ctx.twoTenants();
      const refused = [
        { details: { password: "hunter2" } },
        { details: { login: { sessionToken: "abc" } } },
        { before: { passwordHash: "$argon2id$..." } },
        { target: "person:3314010101900001" },
        { details: { nik: 3314010101900001 } },
        { after: { people: [{ nik: "3314010101900001" }] } },
        { details: { note: "NIK3314010101900001 datang" } },
      ];
      for (const fields of refused) {
        await expect(appendAuditEvent(db(), { tenantId: a.id, action: "nik.reveal", ...fields })).rejects.toBeInstanceOf(
          AuditSecretError,
        );
      }
      const masked = await appendAuditEvent(db(), {
        tenantId: a.id,
        action: "nik.reveal",
        target: "person:42",
        details: { nik: "331401**********" },
      });
      expect(masked.seq).toBe(1);
      // A content hash that happens to hold a run of 16 digits is not a NIK.
      const hashed = await appendAuditEvent(db(), {
        tenantId: a.id,
        action: "config.draft_patch",
        after: { contentHash: "sha256:4ead1234567890123456c9" + "ab".repeat(21) },
        details: { hash: "ab1234567890123456cd" },
      });
      expect(hashed.seq).toBe(2);
    });
  });
}
