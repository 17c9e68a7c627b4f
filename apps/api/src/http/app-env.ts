import type { Db, Membership, Session, Tenant, User } from "@satu-atap/db";
import type { SessionTokenSource } from "@satu-atap/auth";
import type { NikCrypto } from "@satu-atap/nik";
import type { DocumentKeys } from "../document-keys.ts";

/** Who is calling: set by the session middleware when the request carries a valid session. */
export interface AuthState {
  session: Session;
  user: User;
  memberships: Membership[];
  /** Cookie-authenticated unsafe requests must pass the Origin check; bearer ones are exempt. */
  source: SessionTokenSource;
}

/** Why a request was refused, for the audit trail (written after any tenant transaction ends). */
export interface Denial {
  status: 401 | 403 | 404;
  /** The regency whose chain records it; null for the platform chain. */
  tenantId: string | null;
  reason: string;
}

/** What every request carries, set by middleware before handlers run. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The caller's address as the entry point knows it (socket on Node, cf-connecting-ip on Workers). */
    clientIp: string;
    /** The request's "now" (one instant per request), from the app's clock. */
    now: Date;
    /** Inside `/api/t/{tenant}/…` this is the tenant's transaction (row-level security scope). */
    db: Db;
    /** Set by the tenant middleware on `/api/t/{tenant}/…` routes. */
    tenant: Tenant;
    /** Absent for anonymous requests. */
    auth: AuthState | undefined;
    /** NIK lookup values and encryption under the deployment's keys; undefined when no keys are configured. */
    nikCrypto: NikCrypto | undefined;
    /** The keys that sign and verify printed documents' QR tokens; undefined when none are configured. */
    documentKeys: DocumentKeys | undefined;
    /** `<public base URL>/api/verify`: what printed QR codes point at. */
    verifyUrl: string;
    /** Set when authorisation refuses the request. */
    denial: Denial | undefined;
  };
}
