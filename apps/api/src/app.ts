import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./http/app-env.ts";
import { auditDenials } from "./http/audit-denials.ts";
import { onError, onNotFound, validationError } from "./http/error-handling.ts";
import { originCheck } from "./http/origin-check.ts";
import type { PageDeclaration } from "./http/route-registry.ts";
import { sessionMiddleware } from "./http/session.ts";
import { tenantScope } from "./http/tenant-scope.ts";
import { registerListAuditEvents } from "./routes/audit/list-audit-events.ts";
import { registerLogin } from "./routes/auth/login.ts";
import { registerLogout } from "./routes/auth/logout.ts";
import { registerMe } from "./routes/auth/me.ts";
import { registerGetPublishedConfig } from "./routes/config/get-published-config.ts";
import { registerListConfigVersions } from "./routes/config/list-config-versions.ts";
import { apiReferencePage, registerApiReference } from "./routes/system/api-reference.ts";
import { registerConfigJsonSchema } from "./routes/system/config-json-schema.ts";
import { registerHealth } from "./routes/system/health.ts";
import { registerReplaceAreas } from "./routes/areas/replace-areas.ts";
import { registerGetDraft } from "./routes/config/get-draft.ts";
import { registerCheckDraft } from "./routes/config/check-draft.ts";
import { registerPatchDraft } from "./routes/config/patch-draft.ts";
import { registerPublishConfig } from "./routes/config/publish-config.ts";
import { registerReplaceDraft } from "./routes/config/replace-draft.ts";
import { registerRollbackConfig } from "./routes/config/rollback-config.ts";
import { registerDiffConfig } from "./routes/config/diff-config.ts";
import { registerGetUpstream } from "./routes/config/get-upstream.ts";
import { registerApplyUpstream } from "./routes/config/apply-upstream.ts";
import { registerExportConfig } from "./routes/config/export-config.ts";
import { registerImportConfig } from "./routes/config/import-config.ts";
import { registerConfigExportJsonSchema } from "./routes/system/config-export-json-schema.ts";
import { registerCreateTenant } from "./routes/tenants/create-tenant.ts";
import { registerUpdateTenant } from "./routes/tenants/update-tenant.ts";
import { registerListTenants } from "./routes/tenants/list-tenants.ts";
import { registerEvaluateHousehold } from "./routes/evaluation/evaluate-household.ts";
import { registerGetProvinceOverview } from "./routes/province/get-overview.ts";
import { registerInviteMember } from "./routes/members/invite-member.ts";
import { registerListMembers } from "./routes/members/list-members.ts";
import { registerImportReferenceList } from "./routes/reference/import-reference-list.ts";
import { registerListReferenceImports } from "./routes/reference/list-reference-imports.ts";
import { registerGetReferenceImport } from "./routes/reference/get-reference-import.ts";
import { registerListReferenceImportErrors } from "./routes/reference/list-reference-import-errors.ts";
import { registerFindReferencePerson } from "./routes/reference/find-reference-person.ts";
import { registerGetSurveyForm } from "./routes/decisions/get-survey-form.ts";
import { registerSubmitSurvey } from "./routes/decisions/submit-survey.ts";
import { registerDecideCase } from "./routes/decisions/decide-case.ts";
import { registerReviewProposal } from "./routes/decisions/review-proposal.ts";
import { registerListDecisions } from "./routes/decisions/list-decisions.ts";
import { registerRevealReferencePerson } from "./routes/reference/reveal-reference-person.ts";
import { registerRegisterCase } from "./routes/cases/register-case.ts";
import { registerListCases } from "./routes/cases/list-cases.ts";
import { registerGetCase } from "./routes/cases/get-case.ts";
import { registerRevealCaseNik } from "./routes/cases/reveal-case-nik.ts";
import { registerListVerificationTasks } from "./routes/verification-tasks/list-verification-tasks.ts";
import { registerGetVerificationTask } from "./routes/verification-tasks/get-verification-task.ts";
import { registerWithdrawCase } from "./routes/cases/withdraw-case.ts";
import { registerUpdateCaseDocuments } from "./routes/cases/update-case-documents.ts";
import type { NikCrypto } from "@satu-atap/nik";

export interface AppOptions {
  /** Puts a `db` on the context for the request (and cleans up after it). */
  database: MiddlewareHandler<AppEnv>;
  /** Base URL of Swagger UI's files for `/docs`. */
  apiReferenceAssets: string;
  /**
   * Origins besides the API's own whose unsafe cookie requests are accepted (the web app
   * on another port or host), e.g. `http://localhost:3000`. See docs/security.md.
   */
  trustedOrigins: readonly string[];
  /** The caller's IP as the runtime knows it (for sign-in throttling and audit). */
  clientIp: (c: Context<AppEnv>) => string;
  /**
   * NIK protection under the deployment's keys (docs/security.md). Without it the routes
   * that handle NIKs answer 500 `NIK_KEYS_MISSING`; everything else works.
   */
  nikCrypto?: Promise<NikCrypto> | undefined;
  /**
   * What time it is, for the procedure (service time, validity of letters and cards, quota
   * periods). Real time unless a test moves it (`test/support/test-server.ts` `clock`).
   */
  clock?: (() => Date) | undefined;
}

/** Routes outside the OpenAPI document, with their declared permissions. */
export const PAGES: readonly PageDeclaration[] = [
  apiReferencePage,
  { method: "GET", path: "/openapi.json", permission: "public" },
];

export const API_VERSION = "0.1.0";

/**
 * The one Hono app behind both entry points (Node and Cloudflare Workers).
 * Entry points differ only in how they provide the database and static assets.
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    // One zod hook for every route: request validation errors share the envelope.
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });

  app.onError(onError);
  app.notFound(onNotFound);
  app.use("*", requestId());
  app.use("*", async (c, next) => {
    c.set("clientIp", options.clientIp(c));
    c.set("now", options.clock?.() ?? new Date());
    await next();
  });
  app.use("/api/t/:tenant/*", async (c, next) => {
    c.set("nikCrypto", options.nikCrypto === undefined ? undefined : await options.nikCrypto);
    await next();
  });
  app.use("/health", options.database);
  app.use("/api/*", options.database);
  // Order matters: who is calling → (record refusals of what follows) → CSRF → regency scope.
  app.use("/api/*", sessionMiddleware);
  app.use("/api/*", auditDenials);
  app.use("/api/*", originCheck(options.trustedOrigins));
  app.use("/api/t/:tenant/*", tenantScope);
  app.use("/api/t/:tenant", tenantScope);

  registerHealth(app);
  registerLogin(app);
  registerLogout(app);
  registerMe(app);
  registerListAuditEvents(app);
  registerListTenants(app);
  registerGetPublishedConfig(app);
  registerListConfigVersions(app);
  registerCreateTenant(app);
  registerUpdateTenant(app);
  registerReplaceAreas(app);
  registerGetDraft(app);
  registerReplaceDraft(app);
  registerPatchDraft(app);
  registerCheckDraft(app);
  registerPublishConfig(app);
  registerRollbackConfig(app);
  registerDiffConfig(app);
  registerGetUpstream(app);
  registerApplyUpstream(app);
  registerExportConfig(app);
  registerImportConfig(app);
  registerConfigJsonSchema(app);
  registerConfigExportJsonSchema(app);
  registerEvaluateHousehold(app);
  registerGetProvinceOverview(app);
  registerListMembers(app);
  registerInviteMember(app);
  registerImportReferenceList(app);
  registerListReferenceImports(app);
  registerGetReferenceImport(app);
  registerListReferenceImportErrors(app);
  registerFindReferencePerson(app);
  registerRevealReferencePerson(app);
  registerGetSurveyForm(app);
  registerSubmitSurvey(app);
  registerDecideCase(app);
  registerReviewProposal(app);
  registerListDecisions(app);
  registerRegisterCase(app);
  registerListCases(app);
  registerGetCase(app);
  registerRevealCaseNik(app);
  registerWithdrawCase(app);
  registerUpdateCaseDocuments(app);
  registerListVerificationTasks(app);
  registerGetVerificationTask(app);

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Satu Atap API",
      version: API_VERSION,
      description:
        "Integrated poverty-service units (UPTPK) for any regency, by configuration. Every error uses the ErrorEnvelope schema. " +
        "Sign in with POST /api/auth/login; send the token as `Authorization: Bearer <token>` (or let the browser send the session cookie). " +
        "Each operation's `x-permission` names the permission it needs (`public`: none; `session`: any signed-in user).",
    },
    tags: [
      { name: "system", description: "Health, schemas" },
      { name: "auth", description: "Sign-in, sign-out, the current user" },
      { name: "audit", description: "A regency's append-only, hash-chained audit trail" },
      { name: "tenants", description: "Regencies on the platform" },
      { name: "province", description: "The province's view over every regency" },
      { name: "members", description: "Who holds which role in a regency; inviting people" },
      { name: "configuration", description: "A regency's versioned configuration" },
      { name: "evaluation", description: "Households evaluated against a regency's rules, with explanations" },
      { name: "reference", description: "A regency's reference poverty lists (TNP2K, PPLS, DTKS, DTSEN, …): imports, people and their match history" },
      { name: "procedure", description: "Cases through the service procedure: field surveys, decisions, proposals and referrals" },
      { name: "cases", description: "Applications through the service procedure: registration, list match, history, actions, service time" },
      { name: "verification", description: "Field verification tasks (household visits)" },
    ],
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerToken", {
    type: "http",
    scheme: "bearer",
    description: "The `token` from POST /api/auth/login.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "__Host-satu_atap_session",
    description: "Set by POST /api/auth/login (named `satu_atap_session` on plain-http localhost).",
  });
  registerApiReference(app, { assetsBase: options.apiReferenceAssets });
  return app;
}
