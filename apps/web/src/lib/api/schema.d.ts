// Generated from the API's OpenAPI document by `npm run generate:api --workspace @satu-atap/web`.
// Do not edit: change the API's routes and regenerate. test/api-schema.test.ts fails when this is stale.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The API runs and its database answers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Starts a session. Browsers get the session cookie (`__Host-satu_atap_session`, HttpOnly, Secure, SameSite=Lax; `satu_atap_session` without Secure on plain-http localhost). API clients and the CLI use the returned `token` as `Authorization: Bearer <token>`. Unknown email, disabled account and wrong password give the same 401 `INVALID_CREDENTIALS`. Ten failures for one email from one IP within ten minutes answer 429 with `Retry-After`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequest"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Identity"] & {
                            /** @description Session token: send as `Authorization: Bearer <token>` */
                            token: string;
                            /**
                             * Format: date-time
                             * @description Idle expiry; slides with use up to 7 days after sign-in
                             */
                            expiresAt: string;
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Too many attempts; wait for Retry-After seconds */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Deletes the session (its token stops working everywhere) and clears the cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            signedOut: true;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The signed-in user, their memberships (with regency slugs) and what they may do in each regency.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Identity"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The regency's audit trail
         * @description Audit events of the regency's hash chain, newest first, filtered; page with `cursor` = the previous page's `nextCursor`.
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    /** @description The acting user's id */
                    actor?: string;
                    /** @description Inclusive lower bound on the time */
                    from?: string;
                    /** @description Exclusive upper bound on the time */
                    to?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                    cursor?: number;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: components["schemas"]["AuditEvent"][];
                            nextCursor: number | null;
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List regencies
         * @description Every regency on the platform with its status, lineage and latest published configuration version. Province level (`tenant:list`); other users find their regencies in `/api/auth/me`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The regencies, ordered by slug */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenants: components["schemas"]["TenantSummary"][];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Clone a template into a new regency
         * @description Creates a regency (status `onboarding`) whose draft is a copy of the template's published configuration, with `meta.name`, `meta.regencyCode` and `areas.regency` set from the request, and records the lineage (template and version). No version is published: the new regency's admins upload its areas, adapt the draft and publish it (which makes it `active`). The answer lists the draft's remaining problems (at first: the template's sub-districts do not belong to the new regency code).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTenantRequest"];
                };
            };
            responses: {
                /** @description The new regency and its draft */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: components["schemas"]["Tenant"];
                            draft: {
                                revision: number;
                                problems: components["schemas"]["DraftProblem"][];
                            };
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published configuration in force
         * @description The configuration version in force today (the highest version whose effective date has come), or the exact `version` asked for.
         */
        get: {
            parameters: {
                query?: {
                    /** @description An exact published version */
                    version?: number;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedConfig"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published configuration versions
         * @description Every published version, newest first, with author, note, effective date and content hash.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versions: components["schemas"]["ConfigVersionSummary"][];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark a regency as a template
         * @description Sets `isTemplate`: a template can be cloned with POST /api/tenants. Only a regency with a published configuration can be one (else 409).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isTemplate: boolean;
                    };
                };
            };
            responses: {
                /** @description The regency */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: components["schemas"]["Tenant"];
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/t/{tenant}/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the regency's sub-districts and villages
         * @description All or nothing: the areas of the draft configuration and the areas table are replaced in one transaction. JSON (`application/json`, the tree) or CSV (`text/csv`, header `code,name,parent`; a sub-district's parent is the regency code `PP.RR` or empty, a village's is its sub-district code). Sub-district codes `PP.RR.SS` start with the regency code, village codes `PP.RR.SS.VVVV` with their sub-district's; codes are unique. Every problem is listed (400) and nothing changes.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["AreasUpload"];
                    "text/csv": string;
                };
            };
            responses: {
                /** @description The new counts and the draft revision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subdistricts: number;
                            villages: number;
                            revision: number;
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The resource changed since you read it (stale If-Match) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unsupported Content-Type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The configuration draft
         * @description The draft being edited, its remaining problems, and its ETag: send it back as `If-Match` with PUT, PATCH and publish.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The draft */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfigDraft"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        /**
         * Replace the configuration draft
         * @description Needs `If-Match` (428 without, 412 when stale). A body not shaped like a configuration (wrong types, unknown or missing fields) is refused (400, issues at `body/<pointer>`) and nothing is saved; a well-formed draft with broken references or rule errors is saved and its `problems` listed.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The draft's ETag as read (`"r3"`), or `*`. Missing → 428; stale → 412. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description The saved draft */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfigDraft"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The resource changed since you read it (stale If-Match) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description If-Match is required (send the ETag you read) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Apply a JSON Patch to the configuration draft
         * @description RFC 6902 (add, remove, replace, move, copy, test). Needs `If-Match` (428 without, 412 when stale). An operation that cannot apply (issue at `body/<index>`) or a result not shaped like a configuration (issues at `draft/<pointer>`) → 400, nothing saved; a well-formed result with broken references or rule errors is saved and its `problems` listed.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The draft's ETag as read (`"r3"`), or `*`. Missing → 428; stale → 412. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json-patch+json": components["schemas"]["JsonPatch"];
                };
            };
            responses: {
                /** @description The saved draft */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfigDraft"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The resource changed since you read it (stale If-Match) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description If-Match is required (send the ETag you read) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/t/{tenant}/config/draft/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the draft's test households
         * @description Evaluates every test household of the draft with the draft's rules (on its own `decisionDate`) and reports whether it gives the household's `expected` category, tiers and eligible services (`pass`/`fail`, with the differences), and whether its outcome differs from what the published version in force gives for its household of the same id (`changed`; `new` when that version has none). Answers 200 even when households fail; publish refuses until they pass and changes are acknowledged. The ETag is the draft's: publish with it to publish exactly what was checked. 422 `INVALID_CONFIGURATION` when the draft's rules cannot run (problems in the survey, card programmes or services' eligibility). Changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HouseholdCheckReport"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft as a new version
         * @description Makes the draft read (`If-Match`: 428 without, 412 when stale) an immutable numbered version with its content hash, in force from `effectiveFrom` (default today in the regency's time zone; not in the past). Refused while the draft has problems (422 `INVALID_CONFIGURATION`, every problem at `draft/<pointer>`), while a test household fails (422 `TEST_HOUSEHOLDS_FAILED`, each at `draft/testHouseholds/<index>`), and while a test household's outcome differs from the version in force without being acknowledged (409 `OUTCOMES_CHANGED_UNACKNOWLEDGED`, each at `draft/testHouseholds/<index>`): send `acknowledge: true` with `acknowledgedHouseholds` listing every changed household (see POST …/config/draft/check). Acknowledged changes are recorded in the audit event. An onboarding regency becomes active.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The draft's ETag as read (`"r3"`), or `*`. Missing → 428; stale → 412. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Bobot kriteria lantai 2026 */
                        note: string;
                        /**
                         * Format: date
                         * @example 2026-12-01
                         */
                        effectiveFrom?: string;
                        /**
                         * @description `true` confirms the changed test household outcomes listed in `acknowledgedHouseholds`
                         * @example true
                         */
                        acknowledge?: boolean;
                        /**
                         * @description Ids of the test households whose outcome changed from the version in force; must include every changed one
                         * @example [
                         *       "tukiyem-sumberlawang"
                         *     ]
                         */
                        acknowledgedHouseholds?: string[];
                    };
                };
            };
            responses: {
                /** @description The new version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedVersion"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The resource changed since you read it (stale If-Match) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description If-Match is required (send the ETag you read) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an older version's content again
         * @description Versions are immutable: a rollback publishes the content of `version` as a new version (same content hash), in force from `effectiveFrom` (default today). The draft is left as it is.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 1 */
                        version: number;
                        /** @example Kembali ke versi 1 */
                        note: string;
                        /** Format: date */
                        effectiveFrom?: string;
                    };
                };
            };
            responses: {
                /** @description The new version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedVersion"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare two configurations of the regency
         * @description Changes from `from` to `to` (each a published version number or `draft`; default from the latest published version to the draft), by path, matched by identity (`[id=…]`), with old and new value and a label in Indonesian and English. Unknown version → 404 `VERSION_NOT_FOUND`; no published version and no `from` → 404 `CONFIG_NOT_PUBLISHED`; any other value → 400.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A published version number or `draft` (default: the latest published version) */
                    from?: string;
                    /** @description A published version number or `draft` (default: `draft`) */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfigDiff"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/upstream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the template changed since this regency's sync point
         * @description A three-way comparison: base = the template version this regency was cloned from or last synced with, upstream = the template's latest published version, local = this regency's draft. Each path is `applies-cleanly` (only the template changed it), `conflict` (both changed it differently), `same-change` or `local-only`. The `ETag` is the draft's, for `POST …/upstream/apply`. A regency not cloned from a template → 409 `NO_TEMPLATE`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The comparison */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpstreamComparison"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/upstream/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge chosen template changes into the draft
         * @description Sets each chosen identity path (from `GET …/upstream`) to the template's value, saves the draft (`If-Match`: 428 without, 412 when stale) and records the template's latest version as the new sync point, so upstream changes not chosen count as declined. A `conflict` path may be chosen: it takes the template's value. Paths that cannot apply (local-only, unknown, parent removed locally) are listed in `refused`; when none applies → 400 `VALIDATION_FAILED` (each at `body/paths/<i>`), nothing saved or synced. A regency not cloned from a template → 409 `NO_TEMPLATE`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The draft's ETag as read (`"r3"`), or `*`. Missing → 428; stale → 412. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @example [
                         *       "/survey/criteria[id=floor_type]/weight"
                         *     ]
                         */
                        paths: string[];
                    };
                };
            };
            responses: {
                /** @description The paths applied and refused, the new sync point, and the saved draft */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpstreamApplied"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The resource changed since you read it (stale If-Match) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description If-Match is required (send the ETag you read) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the configuration as an export file
         * @description One JSON document (format `satu-atap.regency-config`, `formatVersion` 1) with the configuration, where it came from (regency, version, content hash) and its JSON Schema's URL in `$schema`, offered as the attachment `<tenant>-v<n>.json` (`<tenant>-draft.json`). Default: the version in force (none → 404 `CONFIG_NOT_PUBLISHED`); `version=<n>` an exact published version (unknown → 404 `VERSION_NOT_FOUND`); `version=draft` the draft, which also needs `config:edit`. Import it with POST …/config/import. Changes nothing; recorded in the audit trail as `config.export` (version and content hash).
         */
        get: {
            parameters: {
                query?: {
                    /** @description A published version number or `draft` (default: the version in force) */
                    version?: string;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The export document */
                200: {
                    headers: {
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfigExport"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/config/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an export file into the configuration draft
         * @description Replaces the draft with the configuration of an export document (from this regency or another). Needs `If-Match` (428 without, 412 when stale). The document is read first: another `format`, an unknown `formatVersion` or a malformed envelope → 400 with the path (`body/format`, `body/formatVersion`, …), nothing saved; a bare configuration is refused the same way (PUT …/config/draft takes one). The regency keeps its own identity: `meta.name`, `meta.regencyCode`, `meta.province`, `meta.timezone` and `areas` are never taken from the file (`imported.identityKept` lists those the file set differently). The rest is stored like PUT …/config/draft: not shaped like a configuration → 400 (issues at `body/config/<pointer>`), nothing saved; broken references or rule errors are saved and listed in `problems`. Audited as `config.import` with the draft's hashes before and after and the file's `source`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The draft's ETag as read (`"r3"`), or `*`. Missing → 428; stale → 412. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConfigImportRequest"];
                };
            };
            responses: {
                /** @description The saved draft and what the import did */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportedDraft"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The resource changed since you read it (stale If-Match) */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description If-Match is required (send the ETag you read) */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/regency-config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JSON Schema of a regency configuration
         * @description Generated from the zod model in packages/config; editors can validate configuration files against it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON Schema (draft 2020-12) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schemas/regency-config-export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JSON Schema of a configuration export file
         * @description The envelope of GET /api/t/{tenant}/config/export (`format`, `formatVersion`, `exportedAt`, `source`), whose `config` refers to /schemas/regency-config.json by absolute URL. An export's `$schema` names this schema, so editors check the whole file.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON Schema (draft 2020-12) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate a household against the regency's rules
         * @description Scores the survey answers criterion by criterion, classifies the household, finds the tier per card programme (and why higher tiers were not given) and the eligible services, with explanations in Indonesian and English. Uses the configuration in force, an exact `version`, or the draft (`config=draft`) for previews (which also needs `config:edit`). Changes nothing.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Which configuration to use */
                    config?: "published" | "draft";
                    /** @description An exact published version */
                    version?: number;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EvaluateRequest"];
                };
            };
            responses: {
                /** @description The evaluation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluateResponse"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/province/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every regency at a glance
         * @description Province level (`tenant:list`). Every regency, ordered by slug: status, the version in force and any later one waiting for its date, the template it was cloned from (with the version it started from and the one it last synced with), its drift from that template and when it last changed. Drift counts the identity paths (`diffConfigs`) at which the regency's latest published version (its draft while nothing is published; see `driftBasis`) differs from the template's latest published version, leaving out the sections that are each regency's own (`meta`, `areas`, `testHouseholds`). A fresh clone has drift 0. Computed per request: one comparison per regency.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The regencies */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProvinceOverview"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the regency's members
         * @description Everyone holding a role in this regency, ordered by email, with each role and its scope. Province admins (platform-wide, in no regency) are not listed. Never includes password hashes.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Members"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a member (e.g. the regency's first district admin)
         * @description Gives a person a role in this regency. A new email gets an account with a generated password, returned once as `temporaryPassword` (the answer is `Cache-Control: no-store`); an existing account only gets the membership (no password, its name unchanged). Whoever holds `user:manage` here (province and district admins) may grant every regency role, never `province-admin` (403 `ROLE_NOT_GRANTABLE`), and never a role to their own account (same 403). A role the person already holds here: 409 `ALREADY_MEMBER`. `subdistrict-officer`, `field-verifier` and `agency-officer` need `subdistrictCode`, `areaCodes` or `agencyId` naming this regency's areas or agencies; other roles take none (400). Audited as `member.invite`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InviteMemberRequest"];
                };
            };
            responses: {
                /** @description The member and, for a new account, its temporary password */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitedMember"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/reference-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The regency's reference list imports, newest first (running ones included, with their counters so far) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The last 100 imports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imports: components["schemas"]["ReferenceImport"][];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Import a reference poverty list (streamed CSV)
         * @description The body is the CSV file (`text/csv`), read as a stream: header `nik,kk,name,address,village_code,category,household_size` (any order). Lines are checked (NIK: 16 digits, a region code, a real date of birth with women's day + 40; KK 16 digits or empty; a name; a village of the regency's areas, `33.14.01.2001` or `3314012001`; household size 1–99; no NIK twice in the file) and stored in batches, each in its own transaction: the import's counters and error report (GET …/{id}, …/{id}/errors) are readable while it runs. Bad lines are reported with their line number and reason; the good ones go in. A NIK already in this source and year adds nothing (`duplicateRows`), so importing the same file again changes no data. Answers 201 when the file has been read to the end and stored, whatever its size (a million lines take minutes: meanwhile the import is listed first by GET …/reference-imports, and its counters move with each batch). A bad header: 400 `CSV_HEADER_INVALID`, nothing stored. Audited as `reference.import` and `reference.import_done`.
         */
        post: {
            parameters: {
                query: {
                    /** @description The list's name (TNP2K, PPLS 2011, DTKS, DTSEN, …): data, not a fixed set. */
                    source: string;
                    year: number;
                    fileName?: string;
                    /** @description An interrupted import (`failed`, or `interrupted`: running but stale) of the same source and year to continue after its last committed line. */
                    resume?: string;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                };
            };
            responses: {
                /** @description The import, finished (`done`) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferenceImport"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unsupported Content-Type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/reference-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import's status and counters (readable while it runs) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The import */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferenceImport"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/reference-imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's refused lines, in line order, with the reason (readable while it runs; never a NIK)
         * @description Codes: NIK_FORMAT, NIK_REGION, NIK_BIRTH_DATE, NIK_SERIAL, KK_FORMAT, NAME_MISSING, VILLAGE_UNKNOWN, HOUSEHOLD_SIZE, COLUMN_COUNT, DUPLICATE_NIK.
         */
        get: {
            parameters: {
                query?: {
                    /** @description `nextAfterLine` of the previous page. */
                    afterLine?: number | null;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of refused lines */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferenceImportErrors"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/reference-persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look a person up by NIK: masked NIK and match history (every list and year they appeared in)
         * @description The NIK is matched by its keyed HMAC; the answer shows it masked. A malformed NIK: 400 `NIK_INVALID` with the reason (NIK_FORMAT, NIK_REGION, NIK_BIRTH_DATE, NIK_SERIAL). A NIK in no list: 404 `NOT_FOUND`.
         */
        get: {
            parameters: {
                query: {
                    nik: string;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferencePerson"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/reference-persons/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal one person's full NIK (audited)
         * @description Decrypts the NIK of one person for a user holding `nik:reveal`. Every reveal is recorded as `nik.reveal` (actor, person, masked NIK, the optional reason) in the same transaction: no record, no reveal. The answer is `Cache-Control: no-store`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @example Pendaftaran layanan kesehatan */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The full NIK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevealedNik"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cards the caller reaches, newest first: by holder NIK, status, programme
         * @description `nik` finds one person's cards by the NIK's keyed HMAC (a malformed NIK: 400 `NIK_INVALID`); the answer shows NIKs masked. `status` is the status as of today (an active card past its last valid day is `expired`). A sub-district officer sees its kecamatan's cards, a field verifier its areas'.
         */
        get: {
            parameters: {
                query?: {
                    nik?: string;
                    status?: "active" | "revoked" | "expired" | "replaced";
                    programme?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cards */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: components["schemas"]["Card"][];
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One card (NIK and KK masked; status as of today)
         * @description A card outside the caller's reach (another kecamatan, another regency) answers 404 like one that does not exist.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The card */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Card"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cards/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an active card (reason required; audited). Frees the person's slot for a new card of the programme
         * @description Without a reason: 422 `REASON_REQUIRED`. A card that is not active (already revoked, replaced or expired by a newer one): 409 `CARD_NOT_ACTIVE`. Recorded as `card.revoke` with before and after.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "Kartu hilang; diterbitkan ulang"
                     *     }
                     */
                    "application/json": components["schemas"]["OutputReason"];
                };
            };
            responses: {
                /** @description The revoked card */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Card"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One letter, with the letter it renews and the one that renewed it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The letter */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Letter"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/letters/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a letter: a new letter linked to it, valid for the service's days from today; the old one becomes `replaced`
         * @description Allowed while the letter is active or after it expired, when the service's `validity.renewable` is true in the configuration in force. A renewal starts a fresh period from the renewal date (days left on an early-renewed letter are not carried over). Not renewable or revoked: 409 `LETTER_NOT_RENEWABLE`; already renewed: 409 `LETTER_ALREADY_RENEWED` naming the renewal. Audited as `letter.renew`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new letter */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Letter"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recommendations the caller reaches, newest first (an agency officer: those addressed to its agency) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "delivered" | "declined";
                    agency?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The recommendations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recommendations: components["schemas"]["Recommendation"][];
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recommendation (another agency's: 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The recommendation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Recommendation"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/recommendations/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a pending recommendation delivered (audited)
         * @description Only a pending one: 409 `RECOMMENDATION_NOT_PENDING` otherwise. Another agency's: 404. Recorded as `recommendation.deliver`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /**
                     * @example {
                     *       "reason": "Kuota rumah sakit penuh bulan ini"
                     *     }
                     */
                    "application/json": components["schemas"]["OutputReason"];
                };
            };
            responses: {
                /** @description The recommendation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Recommendation"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/recommendations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a pending recommendation, with a reason (audited)
         * @description Without a reason: 422 `REASON_REQUIRED`. Only a pending one: 409 `RECOMMENDATION_NOT_PENDING` otherwise. Another agency's: 404. Recorded as `recommendation.decline` with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /**
                     * @example {
                     *       "reason": "Kuota rumah sakit penuh bulan ini"
                     *     }
                     */
                    "application/json": components["schemas"]["OutputReason"];
                };
            };
            responses: {
                /** @description The recommendation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Recommendation"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every quota with its current period's use: limit, used, remaining, policy when used up
         * @description Counted quotas (`count-per-period`) count one unit per recommendation of a service drawing on them, in the period containing today (the regency's calendar). Shares and amounts are applied by the agency: listed with null counts.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The quotas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quotas: components["schemas"]["QuotaStanding"][];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cards/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The card as a printable PDF (ID-1 size) with a QR code that verifies it
         * @description The QR code encodes `<public URL>/api/verify/<token>` (also in the `X-Verify-Url` header); the token is signed and names only the regency and the record. NIK and KK are printed masked. Each download is audited. Without a signing key: 500 `DOCUMENT_KEYS_MISSING`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The card PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/letters/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The letter as a printable A4 PDF with a QR code that verifies it
         * @description The QR code encodes `<public URL>/api/verify/<token>` (also in the `X-Verify-Url` header); the token is signed and names only the regency and the record. NIK and KK are printed masked. Each download is audited. Without a signing key: 500 `DOCUMENT_KEYS_MISSING`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The letter PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: is this printed card or letter genuine, and does it still hold? (the QR code's address)
         * @description No sign-in. Always 200: `{ genuine: false }` alike for a malformed, forged or unknown-key token and for a record that does not exist (no hint which part failed); for a genuine token, only what is printed (number, regency, programme and tier or service, holder name, masked NIK, validity) and the status read now: `valid`, `not-yet-valid`, `expired`, `revoked` or `replaced`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The verdict */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicDocument"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/survey-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The field survey form of a case
         * @description Generated from the published criteria of the configuration version in force: each criterion's question, answer field (yes/no, number with unit/min/max, choice with options) and narrative field, the overall narrative, the categories an override may choose, and the household facts already known. A case outside the caller's reach → 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The form */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyForm"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the field survey of a case
         * @description Only a field verifier whose areas cover the case's village (404 otherwise); the case must be `surveying` (409 listing the allowed actions). Answers are checked against the criteria in force (400 with JSON-pointer paths), scored and classified with the explanation; an override needs a known category (422 `OVERRIDE_CATEGORY_UNKNOWN`) and a written justification of the configured length (422 `OVERRIDE_JUSTIFICATION_REQUIRED`). The open verification task is done and the case moves to `deciding`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The case's ETag as read (`"c3"`); when it is stale → 409 `CASE_CHANGED`. Optional. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SurveySubmission"];
                };
            };
            responses: {
                /** @description The stored survey and the case's new state */
                201: {
                    headers: {
                        /** @description The case's new ETag */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            survey: components["schemas"]["Survey"];
                            case: {
                                id: string;
                                number?: string;
                                state: string;
                                decisionLevel?: string;
                                revision?: number;
                            };
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a case, or refer it up
         * @description `decide`: the rules in force give the tier per programme and the service's eligibility from the survey's final category and facts (or, on the fast path, the reference list's category mapped by `procedure.referenceLists[].categories`), the tiers held and the applicant. Not eligible → `refused` with the criterion-by-criterion reason; eligible → `approved` with its outputs when the caller's level issues, `proposed` when it only proposes (`issuance.proposedBy`), 422 `LEVEL_MAY_NOT_ISSUE` otherwise. `refer-up` moves the case to the next level. Missing documents → 422 `DOCUMENTS_INCOMPLETE`; a case waiting at a higher level → 403 `LEVEL_NOT_ALLOWED`; stale If-Match → 409 `CASE_CHANGED`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The case's ETag as read (`"c3"`); when it is stale → 409 `CASE_CHANGED`. Optional. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DecideCase"];
                };
            };
            responses: {
                /** @description The decision, the case's new state and the outputs issued */
                200: {
                    headers: {
                        /** @description The case's new ETag */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionResult"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/proposal/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a proposal at the issuing level
         * @description The level that issues (Sragen: the regency) approves a `proposed` case: it becomes `approved` with the proposed tiers and its outputs are issued. A caller below the issuing level → 403 `LEVEL_NOT_ALLOWED`; outside its reach → 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The case's ETag as read (`"c3"`); when it is stale → 409 `CASE_CHANGED`. Optional. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The approval */
                200: {
                    headers: {
                        /** @description The case's new ETag */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionResult"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/proposal/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a proposal to the proposing level
         * @description The issuing level sends a `proposed` case back to `deciding` at the level that proposed it, with a note saying why (required).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The case's ETag as read (`"c3"`); when it is stale → 409 `CASE_CHANGED`. Optional. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReturnProposal"];
                };
            };
            responses: {
                /** @description The return */
                200: {
                    headers: {
                        /** @description The case's new ETag */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decision: components["schemas"]["Decision"];
                            case: {
                                id: string;
                                number?: string;
                                state: string;
                                decisionLevel?: string;
                                revision?: number;
                            };
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's surveys and decisions, with their reasons
         * @description Oldest first: every survey (answers, narratives, computed and final category, override) and decision (kind, level, outcome, tiers, reason, note).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The history of surveys and decisions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                id: string;
                                number: string;
                                state: string;
                                decisionLevel: string;
                            };
                            surveys: components["schemas"]["Survey"][];
                            decisions: components["schemas"]["Decision"][];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proposals waiting for the caller's level
         * @description Cases in `proposed` whose output the caller's level issues, in its reach, oldest proposal first. NIKs masked.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pending proposals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            proposals: {
                                case: {
                                    id: string;
                                    number: string;
                                    serviceId: string;
                                    applicantName: string;
                                    /** @example 3314xxxxxxxxxxxx */
                                    applicantNik: string;
                                    subdistrictCode: string;
                                    villageCode: string;
                                    revision: number;
                                };
                                proposal: components["schemas"]["Decision"];
                            }[];
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cases the caller reaches, newest first (NIK masked)
         * @description Filtered by reach: a regency-wide role sees all the regency's cases; a sub-district officer those of its kecamatan; a field verifier those with a verification task in its areas. `overdue=true` lists open cases past their `dueAt` (the API clock's now).
         */
        get: {
            parameters: {
                query?: {
                    /** @description One state or several, comma-separated. */
                    state?: string;
                    serviceId?: string;
                    /** @description `true`: only open cases past their `dueAt`. */
                    overdue?: "true" | "false";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: components["schemas"]["CaseSummary"][];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register an application; the reference-list match and the fast path or field task follow at once
         * @description The level the case is received at comes from the caller's membership (a desk officer: `regency`; a sub-district officer: `subdistrict`, with the village inside its kecamatan), never from the body. The documents checklist is the service's `requiredDocuments`, each present or missing (a case may be registered with missing documents). In the same transaction the applicant is looked up in the reference lists (by the NIK's keyed HMAC): when `procedure.fastPath.when` holds and its `skipSteps` skip the survey step, the case goes to `deciding`; otherwise to `surveying` with a verification task in the village, assigned to the covering field verifier with the fewest open tasks (unassigned when none covers it). Refusals (nothing stored): 400 `NIK_INVALID` (`/applicant/nik`), 400 `VALIDATION_FAILED`, 422 `UNKNOWN_SERVICE`, `SERVICE_NOT_AT_DESK`, `SERVICE_NOT_RECEIVED_HERE`, `UNKNOWN_VILLAGE`, `UNKNOWN_DOCUMENT`, 409 `DUPLICATE_APPLICATION` (the same person's open case for the same service, numbered in the message). Audited as `case.register` and `case.match`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "serviceId": "saraswati-card",
                     *       "deskId": "health",
                     *       "channel": "regency-desk",
                     *       "applicant": {
                     *         "nik": "3314015507900001",
                     *         "name": "Siti Aminah",
                     *         "kk": "3314010101100001"
                     *       },
                     *       "villageCode": "33.14.01.2001",
                     *       "documents": [
                     *         "ktp",
                     *         "kk"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @example saraswati-card */
                        serviceId: string;
                        /** @example health */
                        deskId: string;
                        /**
                         * @description How the application reached the unit.
                         * @enum {string}
                         */
                        channel: "regency-desk" | "subdistrict" | "village-point" | "agency" | "school";
                        applicant: {
                            /**
                             * @description 16 digits; checked with the NIK rules (region, date of birth).
                             * @example 3314015507900001
                             */
                            nik: string;
                            /** @example Siti Aminah */
                            name: string;
                            /** @example 3314010101100001 */
                            kk?: string;
                            /** @example 0812-2650-0001 */
                            contact?: string;
                        };
                        /**
                         * @description The household's village (`33.14.01.2001`).
                         * @example 33.14.01.2001
                         */
                        villageCode: string;
                        /**
                         * @description Ids of the documents the applicant brought.
                         * @example [
                         *       "ktp",
                         *       "kk"
                         *     ]
                         */
                        documents: string[];
                        /**
                         * @description Household and applicant facts the rules read (`household.*`, `applicant.*`), as far as known at the desk; checked against the rules' field catalogue. `household.inReferenceList`, `referenceSource` and `villageCode` are set by registration.
                         * @example {
                         *       "applicant": {
                         *         "birthDate": "1990-07-15",
                         *         "sex": "female"
                         *       }
                         *     }
                         */
                        facts?: {
                            household?: {
                                [key: string]: unknown;
                            };
                            applicant?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description The case, after the list match */
                201: {
                    headers: {
                        /** @description The case's revision; send it as `If-Match` with the next action. */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case: documents checklist, list match, history, the caller's allowed actions, tasks and service time
         * @description The ETag (`"c<revision>"`) is what an action's `If-Match` should carry. A case outside the caller's reach (another kecamatan; for a field verifier, a case without a task in its areas) is a 404, as is another regency's.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case's (or task's) id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        /** @description The case's revision; send it as `If-Match` with the next action. */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/reveal-nik": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal the applicant's full NIK (audited)
         * @description For a caller holding `nik:reveal` who reaches the case. Recorded as `nik.reveal` (actor, case, masked NIK, optional reason) in the same transaction: no record, no reveal. `Cache-Control: no-store`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case's (or task's) id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @example Cek KTP asli */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The full NIK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RevealedCaseNik"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an open case (a note saying why is required)
         * @description Open states only (`registered`, `surveying`, `deciding`, `proposed`); otherwise 409 `TRANSITION_NOT_ALLOWED` listing what the case allows. `If-Match` with the case's ETag: stale → 409 `CASE_CHANGED`. The case's open verification tasks are cancelled. History row `withdraw` with the note; audited as `case.withdraw`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The case's ETag as read (`"c2"`). Optional; when sent and stale → 409 `CASE_CHANGED`. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case's (or task's) id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example Pemohon membatalkan permohonan. */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description The withdrawn case */
                200: {
                    headers: {
                        /** @description The case's revision; send it as `If-Match` with the next action. */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/cases/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Tick documents of the checklist as brought (or not) later
         * @description `documents` maps checklist ids to brought (`true`) or missing (`false`); others stay as they are. The state does not change. Open cases only (409 `TRANSITION_NOT_ALLOWED` on a closed one); a document not on the checklist → 422 `UNKNOWN_DOCUMENT`. `If-Match`: stale → 409 `CASE_CHANGED`. History row `documents`; audited as `case.documents`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The case's ETag as read (`"c2"`). Optional; when sent and stale → 409 `CASE_CHANGED`. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case's (or task's) id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "village-cover-letter": true
                         *     }
                         */
                        documents: {
                            [key: string]: boolean;
                        };
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        /** @description The case's revision; send it as `If-Match` with the next action. */
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/t/{tenant}/verification-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Field verification tasks the caller reaches, open ones first
         * @description A field verifier sees the tasks in its areas (a village code, or a whole sub-district's code); a sub-district officer its kecamatan's; regency-wide roles all. Each task names its case (number, service, applicant's name) so the verifier can find the household.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "done" | "cancelled";
                    /** @description `me`: only the tasks assigned to the caller. */
                    assignee?: "me";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tasks: components["schemas"]["VerificationTask"][];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/verification-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One verification task (404 outside the caller's areas) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    /** @description The case's (or task's) id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationTask"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List complaints (status, category, overdue, assignee), soonest due first
         * @description The complaints the caller reaches: a sub-district officer those about its kecamatan, a desk officer the regency's. `overdue=true`: past their due date and not resolved, by the API's clock. NIK and KK appear masked only.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "in-progress" | "resolved";
                    category?: "wrongly-excluded" | "wrongly-included" | "refused" | "data-correction" | "service-quality" | "other";
                    overdue?: "true" | "false";
                    /** @description The assigned user's id. */
                    assignee?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The complaints */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplaintList"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Lodge a complaint (wrongly excluded or included, refused, data correction, service quality, other)
         * @description The category must be configured (`complaints` in the configuration): otherwise 422 `COMPLAINT_CATEGORY_UNKNOWN`. A complaint names a case, a household (`kk`), a person (`nik`) or a village; only `service-quality` and `other` may stand on their description (422 `COMPLAINT_LINK_REQUIRED`). NIK and KK are checked (400 `NIK_INVALID`, `KK_INVALID`) and stored as keyed HMACs and masked. An unknown case, or one outside the caller's reach, is 404; an unknown village 422 `VILLAGE_UNKNOWN`; a sub-district officer may only lodge complaints about its kecamatan (422 `COMPLAINT_OUTSIDE_REACH`). The due date is now + the category's `dueDays`. A category with `reverify: true` creates a re-verification task in the household's village for a field verifier covering it and, when the linked case is approved or refused, moves the case back to `surveying` (`reverify`), in both histories. A refusal stores nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LodgeComplaint"];
                };
            };
            responses: {
                /** @description The complaint, with its history and task */
                201: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplaintDetail"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One complaint: links, the linked case, the re-verification task and the history
         * @description Outside the caller's reach or in another regency: 404. The ETag (`"p<revision>"`) goes back as `If-Match` on changes.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The complaint */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplaintDetail"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/complaints/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a complaint to an officer who handles complaints
         * @description The assignee must be a member of the regency holding `complaint:handle` where the complaint is (a sub-district officer only for its kecamatan): otherwise 422 `ASSIGNEE_NOT_ELIGIBLE`. An open complaint becomes `in-progress`. A resolved one: 409 `COMPLAINT_RESOLVED`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The complaint's ETag as read (`"p1"`). Stale: 409 `COMPLAINT_CHANGED`. Optional. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssignComplaint"];
                };
            };
            responses: {
                /** @description The complaint */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplaintDetail"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/complaints/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a complaint with a written resolution
         * @description Without a resolution text: 422 `RESOLUTION_REQUIRED`. With a stale `If-Match`: 409 `COMPLAINT_CHANGED`. Already resolved: 409 `COMPLAINT_RESOLVED`. Nothing changes on a refusal.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The complaint's ETag as read (`"p1"`). Stale: 409 `COMPLAINT_CHANGED`. Optional. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResolveComplaint"];
                };
            };
            responses: {
                /** @description The resolved complaint */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplaintDetail"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Well-formed but invalid content */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/t/{tenant}/complaints/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note to a complaint's history
         * @description Notes are appended to the history (never edited), also after resolution. With a stale `If-Match`: 409 `COMPLAINT_CHANGED`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The complaint's ETag as read (`"p1"`). Stale: 409 `COMPLAINT_CHANGED`. Optional. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The regency's slug */
                    tenant: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ComplaintNote"];
                };
            };
            responses: {
                /** @description The complaint */
                200: {
                    headers: {
                        ETag: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComplaintDetail"];
                    };
                };
                /** @description Malformed request or failed validation */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Signed in but lacking the permission, or an unsafe cookie request without a same-origin Origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Not found (also: another regency's record, or a regency you are not a member of) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Unexpected server error (generic; logged with the request id) */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "ok";
        };
        ErrorEnvelope: {
            error: {
                /** @enum {string} */
                code: "BAD_REQUEST" | "VALIDATION_FAILED" | "CSV_HEADER_INVALID" | "NIK_INVALID" | "KK_INVALID" | "INVALID_CONFIGURATION" | "TEST_HOUSEHOLDS_FAILED" | "OVERRIDE_NOT_ALLOWED" | "OVERRIDE_JUSTIFICATION_REQUIRED" | "OVERRIDE_CATEGORY_UNKNOWN" | "DOCUMENTS_INCOMPLETE" | "CATEGORY_UNKNOWN" | "LEVEL_MAY_NOT_ISSUE" | "NO_HIGHER_LEVEL" | "UNKNOWN_SERVICE" | "SERVICE_NOT_AT_DESK" | "SERVICE_NOT_RECEIVED_HERE" | "UNKNOWN_VILLAGE" | "UNKNOWN_DOCUMENT" | "COMPLAINT_CATEGORY_UNKNOWN" | "COMPLAINT_LINK_REQUIRED" | "COMPLAINT_VILLAGE_REQUIRED" | "COMPLAINT_OUTSIDE_REACH" | "ASSIGNEE_NOT_ELIGIBLE" | "RESOLUTION_REQUIRED" | "UNAUTHORIZED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "ROLE_NOT_GRANTABLE" | "LEVEL_NOT_ALLOWED" | "NOT_FOUND" | "TENANT_NOT_FOUND" | "VERSION_NOT_FOUND" | "CONFIG_NOT_PUBLISHED" | "CONFLICT" | "NO_TEMPLATE" | "OUTCOMES_CHANGED_UNACKNOWLEDGED" | "ALREADY_MEMBER" | "TRANSITION_NOT_ALLOWED" | "CASE_CHANGED" | "CARD_ALREADY_ACTIVE" | "CARD_NOT_ACTIVE" | "LETTER_NOT_RENEWABLE" | "LETTER_ALREADY_RENEWED" | "RECOMMENDATION_NOT_PENDING" | "QUOTA_EXHAUSTED" | "REASON_REQUIRED" | "OUTPUT_NOT_CONFIGURED" | "DUPLICATE_APPLICATION" | "COMPLAINT_CHANGED" | "COMPLAINT_RESOLVED" | "PRECONDITION_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "PRECONDITION_REQUIRED" | "TOO_MANY_REQUESTS" | "INTERNAL" | "NIK_KEYS_MISSING" | "DOCUMENT_KEYS_MISSING";
                /** @description English message, for logs and developers. */
                message: string;
                messages: components["schemas"]["LocalizedMessage"];
                issues?: {
                    /** @description JSON Pointer (RFC 6901) into the input, prefixed by where it came from (body, query, param). */
                    path: string;
                    message: string;
                }[];
                requestId: string;
            };
        };
        /** @description Bahasa Indonesia first, English second. */
        LocalizedMessage: {
            id: string;
            en: string;
        };
        Identity: {
            user: {
                id: string;
                email: string;
                name: string;
            };
            memberships: {
                /** @description Regency slug; null = all regencies (province admin) */
                tenant: string | null;
                /**
                 * @description Regency name (null with `tenant`), e.g. for a regency switcher
                 * @example Kabupaten Sragen
                 */
                tenantName: string | null;
                /** @enum {string} */
                role: "province-admin" | "district-admin" | "desk-officer" | "subdistrict-officer" | "field-verifier" | "agency-officer";
                subdistrictCode: string | null;
                areaCodes: string[] | null;
                agencyId: string | null;
            }[];
            permissions: {
                /** @description Regency slug; null = platform-wide, valid in every regency */
                tenant: string | null;
                permissions: ("public" | "tenant:create" | "tenant:read" | "tenant:list" | "config:read" | "config:edit" | "config:publish" | "config:evaluate" | "areas:edit" | "user:manage" | "audit:read" | "report:read" | "reference:import" | "reference:read" | "case:register" | "case:read" | "case:decide" | "complaint:handle" | "survey:submit" | "recommendation:read" | "recommendation:deliver" | "nik:reveal")[];
            }[];
        };
        LoginRequest: {
            /** @example admin@satu-atap.local */
            email: string;
            password: string;
        };
        AuditEvent: {
            id: number;
            /** @description Position in the regency's hash chain */
            seq: number;
            /** Format: date-time */
            at: string;
            actorUserId: string | null;
            actorRole: string | null;
            /** @example request.denied */
            action: string;
            target: string | null;
            requestId: string | null;
            before?: unknown;
            after?: unknown;
            details?: unknown;
            prevHash: string | null;
            rowHash: string;
        };
        TenantSummary: {
            /** @example sragen */
            slug: string;
            /** @example Kabupaten Sragen */
            name: string;
            /** @example 3314 */
            regencyCode: string;
            /** @enum {string} */
            status: "onboarding" | "active" | "archived";
            isTemplate: boolean;
            latestVersion: number | null;
            clonedFrom: {
                tenant: string | null;
                version: number;
            } | null;
            /** Format: date-time */
            createdAt: string;
        };
        PublishedConfig: {
            tenant: {
                slug: string;
                name: string;
            };
            /** @example 1 */
            version: number;
            /**
             * Format: date
             * @example 2026-01-01
             */
            effectiveFrom: string;
            /** @example sha256:3f2e… */
            contentHash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            note: string;
            /** @description The regency configuration; its JSON Schema is served at /schemas/regency-config.json */
            config: {
                [key: string]: unknown;
            };
        };
        ConfigVersionSummary: {
            version: number;
            /** Format: date */
            effectiveFrom: string;
            contentHash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            note: string;
        };
        Tenant: {
            /** @example wonogiri */
            slug: string;
            /** @example Kabupaten Wonogiri */
            name: string;
            /** @example 3312 */
            regencyCode: string;
            /** @enum {string} */
            status: "onboarding" | "active" | "archived";
            isTemplate: boolean;
            clonedFrom: {
                tenant: string | null;
                version: number;
            } | null;
        };
        DraftProblem: {
            /**
             * @description JSON Pointer into the draft
             * @example /areas/subdistricts/0/code
             */
            path: string;
            /** @example area_code_mismatch */
            code: string;
            message: string;
            messages: {
                id: string;
                en: string;
            };
        };
        CreateTenantRequest: {
            /** @example wonogiri */
            slug: string;
            /** @example Kabupaten Wonogiri */
            name: string;
            /** @example 3312 */
            regencyCode: string;
            cloneFrom: {
                /**
                 * @description Slug of a template regency
                 * @example sragen
                 */
                tenant: string;
                /**
                 * @description A published version of the template (default: its latest)
                 * @example 1
                 */
                version?: number;
            };
        };
        AreasUpload: {
            subdistricts: {
                /** @example 33.12.01 */
                code: string;
                name: string;
                /** @default [] */
                villages: {
                    /** @example 33.12.01.2001 */
                    code: string;
                    name: string;
                }[];
            }[];
        };
        ConfigDraft: {
            /**
             * @description Grows by one with every save; the ETag is `"r<revision>"`
             * @example 3
             */
            revision: number;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** @description The draft configuration (shaped like /schemas/regency-config.json) */
            content: {
                [key: string]: unknown;
            };
            /** @description What still keeps the draft from being published; empty when it is valid */
            problems: components["schemas"]["DraftProblem"][];
        };
        /**
         * @description RFC 6902 operations, applied in order, all or nothing
         * @example [
         *       {
         *         "op": "replace",
         *         "path": "/survey/criteria/0/weight",
         *         "value": 2
         *       }
         *     ]
         */
        JsonPatch: ({
            /** @enum {string} */
            op: "add" | "replace" | "test";
            /**
             * @description JSON Pointer (RFC 6901)
             * @example /survey/criteria/0/weight
             */
            path: string;
            value: unknown;
        } | {
            /** @enum {string} */
            op: "remove";
            /**
             * @description JSON Pointer (RFC 6901)
             * @example /survey/criteria/0/weight
             */
            path: string;
        } | {
            /** @enum {string} */
            op: "move" | "copy";
            /**
             * @description JSON Pointer (RFC 6901)
             * @example /survey/criteria/0/weight
             */
            from: string;
            /**
             * @description JSON Pointer (RFC 6901)
             * @example /survey/criteria/0/weight
             */
            path: string;
        })[];
        /**
         * @example {
         *       "draft": {
         *         "revision": 7
         *       },
         *       "comparedWith": {
         *         "version": 3,
         *         "contentHash": "sha256:4ead2c0f…69c9",
         *         "effectiveFrom": "2026-01-05"
         *       },
         *       "summary": {
         *         "total": 2,
         *         "passed": 1,
         *         "failed": 1,
         *         "changed": 1,
         *         "new": 0
         *       },
         *       "households": [
         *         {
         *           "index": 3,
         *           "id": "tukiyem-sumberlawang",
         *           "label": {
         *             "id": "Keluarga Ibu Tukiyem (Sumberlawang)",
         *             "en": "Mrs Tukiyem's household (Sumberlawang)"
         *           },
         *           "status": "fail",
         *           "expected": {
         *             "category": "poor",
         *             "tiers": {
         *               "saraswati": "melati",
         *               "sintawati": "melati"
         *             },
         *             "eligibleServices": [
         *               "complaint-data",
         *               "saraswati-card",
         *               "care-recommendation-letter",
         *               "kejar-paket-c",
         *               "rusela",
         *               "pakesra",
         *               "elderly-food-package",
         *               "home-industry-equipment",
         *               "raskin",
         *               "migrant-worker-training"
         *             ]
         *           },
         *           "actual": {
         *             "category": "very-poor",
         *             "tiers": {
         *               "saraswati": "melati",
         *               "sintawati": "melati"
         *             },
         *             "eligibleServices": [
         *               "complaint-data",
         *               "saraswati-card",
         *               "care-recommendation-letter",
         *               "kejar-paket-c",
         *               "rusela",
         *               "pakesra",
         *               "elderly-food-package",
         *               "home-industry-equipment",
         *               "raskin",
         *               "migrant-worker-training"
         *             ]
         *           },
         *           "differences": {
         *             "category": {
         *               "expected": "poor",
         *               "actual": "very-poor"
         *             }
         *           },
         *           "problems": [],
         *           "new": false,
         *           "changed": true,
         *           "published": {
         *             "category": "poor",
         *             "tiers": {
         *               "saraswati": "melati",
         *               "sintawati": "melati"
         *             },
         *             "eligibleServices": [
         *               "complaint-data",
         *               "saraswati-card",
         *               "care-recommendation-letter",
         *               "kejar-paket-c",
         *               "rusela",
         *               "pakesra",
         *               "elderly-food-package",
         *               "home-industry-equipment",
         *               "raskin",
         *               "migrant-worker-training"
         *             ]
         *           },
         *           "changes": {
         *             "category": {
         *               "published": "poor",
         *               "draft": "very-poor"
         *             }
         *           }
         *         },
         *         {
         *           "index": 7,
         *           "id": "hartono-gemolong",
         *           "label": {
         *             "id": "Keluarga Bapak Hartono (Gemolong)",
         *             "en": "Mr Hartono's household (Gemolong)"
         *           },
         *           "status": "pass",
         *           "expected": {
         *             "category": "not-poor",
         *             "tiers": {
         *               "saraswati": "kenanga",
         *               "sintawati": "kenanga"
         *             },
         *             "eligibleServices": [
         *               "complaint-data",
         *               "saraswati-card",
         *               "care-recommendation-letter",
         *               "sintawati-card"
         *             ]
         *           },
         *           "actual": {
         *             "category": "not-poor",
         *             "tiers": {
         *               "saraswati": "kenanga",
         *               "sintawati": "kenanga"
         *             },
         *             "eligibleServices": [
         *               "complaint-data",
         *               "saraswati-card",
         *               "care-recommendation-letter",
         *               "sintawati-card"
         *             ]
         *           },
         *           "differences": {},
         *           "problems": [],
         *           "new": false,
         *           "changed": false,
         *           "published": {
         *             "category": "not-poor",
         *             "tiers": {
         *               "saraswati": "kenanga",
         *               "sintawati": "kenanga"
         *             },
         *             "eligibleServices": [
         *               "complaint-data",
         *               "saraswati-card",
         *               "care-recommendation-letter",
         *               "sintawati-card"
         *             ]
         *           },
         *           "changes": {}
         *         }
         *       ],
         *       "removed": []
         *     }
         */
        HouseholdCheckReport: {
            /** @description The draft revision checked (also the ETag) */
            draft: {
                revision: number;
            };
            /** @description The published version in force the outcomes are compared with; null before one takes effect */
            comparedWith: {
                version: number;
                contentHash: string;
                /** Format: date */
                effectiveFrom: string;
            } | null;
            summary: {
                total: number;
                passed: number;
                failed: number;
                changed: number;
                new: number;
            };
            households: components["schemas"]["HouseholdCheck"][];
            /** @description Households of the compared version that the draft no longer has */
            removed: {
                id: string;
                label: {
                    id: string;
                    en: string;
                };
            }[];
        };
        HouseholdCheck: {
            /** @description Position in the draft's testHouseholds (`/testHouseholds/<index>`) */
            index: number;
            id: string;
            label: {
                id: string;
                en: string;
            };
            /**
             * @description `fail`: the draft's result differs from `expected`, or the household has problems
             * @enum {string}
             */
            status: "pass" | "fail";
            expected: components["schemas"]["HouseholdOutcome"];
            actual: components["schemas"]["HouseholdOutcome"] & unknown;
            /** @description Expected vs actual; empty when they match. Only the programmes `expected.tiers` names are checked. */
            differences: {
                category?: {
                    expected: string;
                    actual: string;
                };
                tiers?: {
                    programme: string;
                    expected: string | null;
                    actual: string | null;
                }[];
                /** @description `added`: eligible but not expected; `removed`: expected but not eligible */
                eligibleServices?: {
                    added: string[];
                    removed: string[];
                };
            };
            /** @description Problems of the household's own data (they make it fail) */
            problems: components["schemas"]["DraftProblem"][];
            /** @description The version compared with has no household with this id */
            new: boolean;
            /** @description The draft's result differs from the compared version's for this household */
            changed: boolean;
            published: components["schemas"]["HouseholdOutcome"] & (Record<string, never> | null);
            /** @description Published vs draft; empty when unchanged */
            changes: {
                category?: {
                    published: string;
                    draft: string;
                };
                tiers?: {
                    programme: string;
                    published: string | null;
                    draft: string | null;
                }[];
                /** @description `added`: eligible under the draft only; `removed`: under the published version only */
                eligibleServices?: {
                    added: string[];
                    removed: string[];
                };
            };
        };
        HouseholdOutcome: {
            /** @description Category id */
            category: string;
            /** @description Tier id per card programme id (null: no tier) */
            tiers: {
                [key: string]: string | null;
            };
            /** @description Ids of the services the applicant is eligible for */
            eligibleServices: string[];
        };
        PublishedVersion: {
            /** @example 2 */
            version: number;
            /** Format: date */
            effectiveFrom: string;
            contentHash: string;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            note: string;
        };
        ConfigDiff: {
            /** @example 1 */
            from: number | "draft";
            /** @example draft */
            to: number | "draft";
            changes: {
                /**
                 * @description JSON Pointer into `to` (into `from` for a removal)
                 * @example /survey/criteria/0/weight
                 */
                path: string;
                /** @example /survey/criteria[id=floor_type]/weight */
                idPath: string;
                /** @enum {string} */
                kind: "added" | "removed" | "changed";
                /**
                 * @description Absent for an addition
                 * @example 2
                 */
                before?: unknown;
                /**
                 * @description Absent for a removal
                 * @example 3
                 */
                after?: unknown;
                label: components["schemas"]["PathLabel"];
            }[];
        };
        /**
         * @description A path's human label
         * @example {
         *       "id": "Kriteria 'Jenis lantai' › bobot",
         *       "en": "Criterion 'Floor type' › weight"
         *     }
         */
        PathLabel: {
            id: string;
            en: string;
        };
        UpstreamComparison: {
            template: {
                /** @example sragen */
                slug: string;
                /**
                 * @description The template version cloned from or last synced with
                 * @example 1
                 */
                baseVersion: number;
                /**
                 * @description The template's latest published version
                 * @example 2
                 */
                upstreamVersion: number;
            };
            /** @example 4 */
            draftRevision: number;
            entries: components["schemas"]["UpstreamEntry"][];
            /**
             * @description Local-only differences in the regency's own sections (meta, areas, testHouseholds) left out of `entries`.
             * @example 41
             */
            ownLocalChangesOmitted: number;
        };
        UpstreamEntry: {
            /**
             * @description Identity path: a JSON path whose array elements are named by `[id=…]` / `[code=…]`, stable under reordering
             * @example /survey/criteria[id=floor_type]/weight
             */
            idPath: string;
            label: components["schemas"]["PathLabel"];
            /** @enum {string} */
            status: "applies-cleanly" | "conflict" | "local-only" | "same-change";
            /** @description Value at the sync point (absent where the path did not exist) */
            base?: unknown;
            /** @description Value in the template now */
            upstream?: unknown;
            /** @description Value in this regency's draft */
            local?: unknown;
        };
        UpstreamApplied: {
            applied: string[];
            refused: {
                /**
                 * @description Identity path: a JSON path whose array elements are named by `[id=…]` / `[code=…]`, stable under reordering
                 * @example /survey/criteria[id=floor_type]/weight
                 */
                idPath: string;
                /** @example not an upstream change */
                reason: string;
            }[];
            template: {
                /** @example sragen */
                slug: string;
                /**
                 * @description The template version cloned from or last synced with
                 * @example 1
                 */
                baseVersion: number;
                /**
                 * @description The template's latest published version
                 * @example 2
                 */
                upstreamVersion: number;
            };
            draft: components["schemas"]["ConfigDraft"];
        };
        /**
         * @example {
         *       "$schema": "http://localhost:8787/schemas/regency-config-export.json",
         *       "format": "satu-atap.regency-config",
         *       "formatVersion": 1,
         *       "exportedAt": "2026-05-04T03:00:00.000Z",
         *       "source": {
         *         "tenant": "sragen",
         *         "version": 3,
         *         "contentHash": "sha256:5d41402abc4b2a76b9719d911017c592ae3b1f5e0c6a1f1a6b7d3c8e9f0a1b2c"
         *       },
         *       "config": {
         *         "meta": {
         *           "name": {
         *             "id": "Kabupaten Sragen",
         *             "en": "Sragen Regency"
         *           },
         *           "regencyCode": "3314",
         *           "…": "…"
         *         },
         *         "locales": [
         *           "id",
         *           "en"
         *         ],
         *         "desks": [
         *           {
         *             "id": "front",
         *             "…": "…"
         *           }
         *         ],
         *         "…": "…"
         *       }
         *     }
         */
        ConfigExport: {
            /** @description Absolute URL of this document's JSON Schema (which refers to the configuration's for `config`) */
            $schema: string;
            /** @enum {string} */
            format: "satu-atap.regency-config";
            /** @enum {number} */
            formatVersion: 1;
            /** Format: date-time */
            exportedAt: string;
            source: {
                /**
                 * @description Slug of the regency exported
                 * @example sragen
                 */
                tenant: string;
                /**
                 * @description The published version exported, or `draft`
                 * @example 3
                 */
                version: number | "draft";
                /**
                 * @description SHA-256 of the canonical JSON of `config` at export
                 * @example sha256:5d41402abc4b2a76b9719d911017c592ae3b1f5e0c6a1f1a6b7d3c8e9f0a1b2c
                 */
                contentHash: string;
            };
            /** @description The configuration, keys in canonical (sorted) order */
            config: {
                [key: string]: unknown;
            };
        };
        ImportedDraft: components["schemas"]["ConfigDraft"] & {
            imported: {
                source: {
                    /**
                     * @description Slug of the regency exported
                     * @example sragen
                     */
                    tenant: string;
                    /**
                     * @description The published version exported, or `draft`
                     * @example 3
                     */
                    version: number | "draft";
                    /**
                     * @description SHA-256 of the canonical JSON of `config` at export
                     * @example sha256:5d41402abc4b2a76b9719d911017c592ae3b1f5e0c6a1f1a6b7d3c8e9f0a1b2c
                     */
                    contentHash: string;
                };
                /** Format: date-time */
                exportedAt: string;
                /**
                 * @description The configuration no longer matches `source.contentHash` (edited after export)
                 * @example false
                 */
                editedSinceExport: boolean;
                /**
                 * @description Identity fields the file set differently and that kept this regency's value (JSON Pointers)
                 * @example [
                 *       "/meta/name",
                 *       "/meta/regencyCode",
                 *       "/areas"
                 *     ]
                 */
                identityKept: string[];
            };
        };
        /**
         * @description A configuration export document (schema `ConfigExport`, JSON Schema at /schemas/regency-config-export.json), as GET …/config/export or `satu-atap config export` wrote it. A bare configuration is refused: PUT …/config/draft replaces the draft with one.
         * @example {
         *       "$schema": "http://localhost:8787/schemas/regency-config-export.json",
         *       "format": "satu-atap.regency-config",
         *       "formatVersion": 1,
         *       "exportedAt": "2026-05-04T03:00:00.000Z",
         *       "source": {
         *         "tenant": "sragen",
         *         "version": 3,
         *         "contentHash": "sha256:5d41402abc4b2a76b9719d911017c592ae3b1f5e0c6a1f1a6b7d3c8e9f0a1b2c"
         *       },
         *       "config": {
         *         "meta": {
         *           "name": {
         *             "id": "Kabupaten Sragen",
         *             "en": "Sragen Regency"
         *           },
         *           "regencyCode": "3314",
         *           "…": "…"
         *         },
         *         "locales": [
         *           "id",
         *           "en"
         *         ],
         *         "desks": [
         *           {
         *             "id": "front",
         *             "…": "…"
         *           }
         *         ],
         *         "…": "…"
         *       }
         *     }
         */
        ConfigImportRequest: {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "configuration": {
         *         "source": "published",
         *         "version": 1,
         *         "contentHash": "sha256:…"
         *       },
         *       "evaluation": {
         *         "decisionDate": "2026-06-02",
         *         "criteria": [
         *           {
         *             "id": "floor_area_per_person",
         *             "label": {
         *               "id": "Luas lantai per orang",
         *               "en": "Floor area per person"
         *             },
         *             "question": {
         *               "id": "Berapa luas lantai rumah dibagi jumlah penghuni (m²)?",
         *               "en": "Floor area of the house divided by the number of occupants (m²)?"
         *             },
         *             "value": 6,
         *             "valueText": {
         *               "id": "6 m²",
         *               "en": "6 m²"
         *             },
         *             "condition": {
         *               "id": "Luas lantai per orang kurang dari 8",
         *               "en": "Floor area per person is less than 8"
         *             },
         *             "met": true,
         *             "weight": 1,
         *             "contribution": 1,
         *             "trace": {
         *               "path": "",
         *               "operator": "<",
         *               "words": {
         *                 "id": "Luas lantai per orang kurang dari 8",
         *                 "en": "Floor area per person is less than 8"
         *               },
         *               "result": true,
         *               "evaluated": true,
         *               "children": []
         *             }
         *           }
         *         ],
         *         "signCount": 14,
         *         "score": 14,
         *         "scoring": {
         *           "description": {
         *             "id": "Jumlah bobot tanda kemiskinan",
         *             "en": "Sum of the weights of the poverty signs"
         *           },
         *           "trace": {
         *             "path": "",
         *             "operator": "+",
         *             "words": {
         *               "id": "jumlah bobot",
         *               "en": "sum of weights"
         *             },
         *             "result": 14,
         *             "evaluated": true,
         *             "children": []
         *           }
         *         },
         *         "category": {
         *           "id": "very-poor",
         *           "rank": 1,
         *           "label": {
         *             "id": "Sangat miskin",
         *             "en": "Very poor"
         *           }
         *         },
         *         "classification": {
         *           "description": {
         *             "id": "13 tanda atau lebih: sangat miskin",
         *             "en": "13 signs or more: very poor"
         *           }
         *         },
         *         "classificationTrace": {
         *           "path": "",
         *           "operator": "if",
         *           "words": {
         *             "id": "jika skor ≥ 13 maka sangat miskin",
         *             "en": "if score ≥ 13 then very poor"
         *           },
         *           "result": "very-poor",
         *           "evaluated": true,
         *           "children": []
         *         },
         *         "holds": {
         *           "saraswati": {
         *             "tier": "melati",
         *             "source": "computed"
         *           }
         *         },
         *         "programmes": [
         *           {
         *             "id": "saraswati",
         *             "label": {
         *               "id": "Kartu Saraswati",
         *               "en": "Saraswati health card"
         *             },
         *             "holder": "household",
         *             "tier": {
         *               "id": "melati",
         *               "rank": 1,
         *               "label": {
         *                 "id": "Melati",
         *                 "en": "Melati"
         *               }
         *             },
         *             "tiers": [
         *               {
         *                 "id": "melati",
         *                 "rank": 1,
         *                 "label": {
         *                   "id": "Melati",
         *                   "en": "Melati"
         *                 },
         *                 "qualifies": true,
         *                 "given": true,
         *                 "condition": {
         *                   "id": "Kategori adalah salah satu dari sangat miskin, miskin",
         *                   "en": "Category is one of very poor, poor"
         *                 },
         *                 "trace": {
         *                   "path": "",
         *                   "operator": "in",
         *                   "words": {
         *                     "id": "Kategori adalah salah satu dari sangat miskin, miskin",
         *                     "en": "Category is one of very poor, poor"
         *                   },
         *                   "result": true,
         *                   "evaluated": true,
         *                   "children": []
         *                 },
         *                 "missingFacts": []
         *               }
         *             ]
         *           }
         *         ],
         *         "services": [],
         *         "eligibleServices": [
         *           "saraswati-card"
         *         ]
         *       }
         *     }
         */
        EvaluateResponse: {
            configuration: {
                /** @enum {string} */
                source: "published";
                version: number;
                contentHash: string;
            } | {
                /** @enum {string} */
                source: "draft";
                revision: number;
            };
            evaluation: {
                decisionDate: string;
                criteria: {
                    id: string;
                    label: {
                        id: string;
                        en: string;
                    };
                    question: {
                        id: string;
                        en: string;
                    };
                    value: boolean | number | string | null;
                    valueText: {
                        id: string;
                        en: string;
                    };
                    condition: {
                        id: string;
                        en: string;
                    } | null;
                    met: boolean;
                    weight: number;
                    contribution: number;
                    trace: components["schemas"]["RuleTrace"];
                }[];
                signCount: number;
                score: number;
                scoring: {
                    description: {
                        id: string;
                        en: string;
                    };
                    trace: components["schemas"]["RuleTrace"];
                };
                category: {
                    id: string;
                    rank: number;
                    label: {
                        id: string;
                        en: string;
                    };
                };
                classification: {
                    description: {
                        id: string;
                        en: string;
                    };
                };
                classificationTrace: components["schemas"]["RuleTrace"];
                holds: {
                    [key: string]: {
                        tier: string | null;
                        /** @enum {string} */
                        source: "input" | "computed" | "none";
                    };
                };
                programmes: {
                    id: string;
                    label: {
                        id: string;
                        en: string;
                    };
                    holder: string;
                    tier: {
                        id: string;
                        rank: number;
                        label: {
                            id: string;
                            en: string;
                        };
                    } | null;
                    tiers: {
                        id: string;
                        rank: number;
                        label: {
                            id: string;
                            en: string;
                        };
                        qualifies: boolean;
                        given: boolean;
                        condition: {
                            id: string;
                            en: string;
                        };
                        trace: components["schemas"]["RuleTrace"];
                        missingFacts: string[];
                    }[];
                }[];
                services: {
                    id: string;
                    label: {
                        id: string;
                        en: string;
                    };
                    eligible: boolean;
                    condition: {
                        id: string;
                        en: string;
                    };
                    trace: components["schemas"]["RuleTrace"];
                    card?: {
                        programme: string;
                        tier: string | null;
                    };
                    missingFacts: string[];
                }[];
                eligibleServices: string[];
            };
        };
        RuleTrace: {
            /** @description JSON Pointer of the node in the rule */
            path: string;
            operator: string | null;
            words: {
                id: string;
                en: string;
            };
            result?: unknown;
            evaluated: boolean;
            variable?: {
                name: string;
                value?: unknown;
            };
            decidedBy?: number | null;
            matches?: number;
            error?: {
                id: string;
                en: string;
            };
            children: components["schemas"]["RuleTrace"][];
        } | null;
        /**
         * @example {
         *       "answers": {
         *         "floor_area_per_person": 6,
         *         "floor_type": "earth",
         *         "wall_type": "bamboo",
         *         "toilet": "shared",
         *         "electricity": "non-pln",
         *         "water_source": "unprotected-well",
         *         "cooking_fuel": "firewood",
         *         "protein_per_week": 0,
         *         "new_clothes_per_year": 1,
         *         "meals_per_day": 2,
         *         "can_afford_puskesmas": false,
         *         "head_income": 400000,
         *         "head_education": "sd",
         *         "has_saleable_asset": false,
         *         "dependants": 2,
         *         "chronic_illness": false,
         *         "disability": false,
         *         "head_age": 56,
         *         "female_head": true,
         *         "housing_tenure": "own"
         *       },
         *       "household": {
         *         "inReferenceList": true,
         *         "referenceSource": "tnp2k",
         *         "hasNationalHealthInsurance": true,
         *         "hasOtherHealthInsurance": false
         *       },
         *       "decisionDate": "2026-06-02"
         *     }
         */
        EvaluateRequest: {
            /** @description Survey answers by criterion id (yes/no → boolean, number, choice → option id, text) */
            answers: {
                [key: string]: boolean | number | string | null;
            };
            /** @description Household facts (reference list, insurance, village, members…) */
            household?: {
                [key: string]: unknown;
            };
            /** @description The applicant's person facts */
            applicant?: {
                [key: string]: unknown;
            };
            /** @description Tiers already held, by programme id */
            holds?: {
                [key: string]: string | null;
            };
            /**
             * Format: date
             * @description Date the rules are evaluated for; default today in the regency's time zone
             */
            decisionDate?: string;
        };
        /**
         * @example {
         *       "regencies": [
         *         {
         *           "slug": "sragen",
         *           "name": "Kabupaten Sragen",
         *           "regencyCode": "3314",
         *           "status": "live",
         *           "isTemplate": true,
         *           "publishedVersion": {
         *             "version": 3,
         *             "effectiveFrom": "2026-01-05",
         *             "publishedAt": "2026-01-05T03:12:09.114Z"
         *           },
         *           "scheduledVersion": null,
         *           "template": null,
         *           "drift": null,
         *           "driftBasis": null,
         *           "lastChangeAt": "2026-02-11T08:40:00.000Z"
         *         },
         *         {
         *           "slug": "wonogiri",
         *           "name": "Kabupaten Wonogiri",
         *           "regencyCode": "3312",
         *           "status": "live",
         *           "isTemplate": false,
         *           "publishedVersion": {
         *             "version": 1,
         *             "effectiveFrom": "2026-02-01",
         *             "publishedAt": "2026-01-28T06:00:00.000Z"
         *           },
         *           "scheduledVersion": {
         *             "version": 2,
         *             "effectiveFrom": "2026-07-01",
         *             "publishedAt": "2026-06-20T02:15:00.000Z"
         *           },
         *           "template": {
         *             "slug": "sragen",
         *             "name": "Kabupaten Sragen",
         *             "clonedFromVersion": 1,
         *             "syncedVersion": 2
         *           },
         *           "drift": {
         *             "paths": 4,
         *             "comparedWith": {
         *               "template": "sragen",
         *               "version": 3
         *             }
         *           },
         *           "driftBasis": "published",
         *           "lastChangeAt": "2026-06-20T02:15:00.000Z"
         *         },
         *         {
         *           "slug": "klaten",
         *           "name": "Kabupaten Klaten",
         *           "regencyCode": "3310",
         *           "status": "onboarding",
         *           "isTemplate": false,
         *           "publishedVersion": null,
         *           "scheduledVersion": null,
         *           "template": {
         *             "slug": "sragen",
         *             "name": "Kabupaten Sragen",
         *             "clonedFromVersion": 3,
         *             "syncedVersion": 3
         *           },
         *           "drift": {
         *             "paths": 0,
         *             "comparedWith": {
         *               "template": "sragen",
         *               "version": 3
         *             }
         *           },
         *           "driftBasis": "draft",
         *           "lastChangeAt": "2026-03-02T01:00:00.000Z"
         *         }
         *       ],
         *       "generatedAt": "2026-06-21T00:00:00.000Z"
         *     }
         */
        ProvinceOverview: {
            regencies: components["schemas"]["RegencyOverview"][];
            /** Format: date-time */
            generatedAt: string;
        };
        RegencyOverview: {
            slug: string;
            name: string;
            regencyCode: string;
            /**
             * @description `onboarding` until its first publish, then `live` (the stored `active`); `archived` is reserved.
             * @enum {string}
             */
            status: "onboarding" | "live" | "archived";
            isTemplate: boolean;
            publishedVersion: components["schemas"]["VersionRef"];
            scheduledVersion: components["schemas"]["VersionRef"] & unknown;
            /** @description The template this regency was cloned from; null for a regency created otherwise (e.g. a seeded template). */
            template: {
                slug: string;
                name: string;
                /** @description The template version the regency was cloned from (from its `tenant.clone` audit event). */
                clonedFromVersion: number | null;
                /** @description The template version it last synced with (POST …/config/upstream/apply); the cloned one until then. */
                syncedVersion: number;
            } | null;
            /** @description Null without a template (or without anything to compare). */
            drift: {
                /** @description Identity paths that differ from the template's latest published version. */
                paths: number;
                comparedWith: {
                    template: string;
                    version: number;
                };
            } | null;
            /**
             * @description What `drift` measured: the regency's latest published version, or its draft while it has published nothing.
             * @enum {string|null}
             */
            driftBasis: "published" | "draft" | null;
            /**
             * Format: date-time
             * @description Latest of: its draft's last save (edits, area uploads, template updates), its last publish, its creation.
             */
            lastChangeAt: string;
        };
        /** @description The version in force today in the regency's time zone; null when none is (yet). */
        VersionRef: {
            /** @example 2 */
            version: number;
            /**
             * Format: date
             * @example 2026-07-01
             */
            effectiveFrom: string;
            /**
             * Format: date-time
             * @example 2026-06-20T02:15:00.000Z
             */
            publishedAt: string;
        } | null;
        /**
         * @example {
         *       "members": [
         *         {
         *           "user": {
         *             "id": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *             "email": "ana@wonogiri.go.id",
         *             "name": "Ana Rahmawati",
         *             "status": "active"
         *           },
         *           "memberships": [
         *             {
         *               "id": "6f0e…",
         *               "role": "district-admin",
         *               "subdistrictCode": null,
         *               "areaCodes": null,
         *               "agencyId": null,
         *               "createdAt": "2026-01-28T06:00:00.000Z"
         *             }
         *           ]
         *         },
         *         {
         *           "user": {
         *             "id": "9a41…",
         *             "email": "budi@wonogiri.go.id",
         *             "name": "Budi Santoso",
         *             "status": "active"
         *           },
         *           "memberships": [
         *             {
         *               "id": "1c2d…",
         *               "role": "subdistrict-officer",
         *               "subdistrictCode": "33.12.01",
         *               "areaCodes": null,
         *               "agencyId": null,
         *               "createdAt": "2026-02-02T01:30:00.000Z"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        Members: {
            members: {
                user: components["schemas"]["MemberUser"];
                memberships: components["schemas"]["Membership"][];
            }[];
        };
        MemberUser: {
            /** @example 0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10 */
            id: string;
            /** @example ana@wonogiri.go.id */
            email: string;
            /** @example Ana Rahmawati */
            name: string;
            /**
             * @description `disabled` accounts cannot sign in (see `user disable`).
             * @enum {string}
             */
            status: "active" | "disabled";
        };
        Membership: {
            id: string;
            /** @enum {string} */
            role: "province-admin" | "district-admin" | "desk-officer" | "subdistrict-officer" | "field-verifier" | "agency-officer";
            /** @description `subdistrict-officer` only */
            subdistrictCode: string | null;
            /** @description `field-verifier` only */
            areaCodes: string[] | null;
            /** @description `agency-officer` only */
            agencyId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @example {
         *       "user": {
         *         "id": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *         "email": "ana@wonogiri.go.id",
         *         "name": "Ana Rahmawati",
         *         "status": "active"
         *       },
         *       "role": "district-admin",
         *       "membership": {
         *         "id": "6f0e…",
         *         "role": "district-admin",
         *         "subdistrictCode": null,
         *         "areaCodes": null,
         *         "agencyId": null,
         *         "createdAt": "2026-01-28T06:00:00.000Z"
         *       },
         *       "accountCreated": true,
         *       "temporaryPassword": "k7m2q9xw4hrt8vz3npc6jd5f"
         *     }
         */
        InvitedMember: {
            user: components["schemas"]["MemberUser"];
            /** @enum {string} */
            role: "province-admin" | "district-admin" | "desk-officer" | "subdistrict-officer" | "field-verifier" | "agency-officer";
            membership: components["schemas"]["Membership"];
            /** @description false when the email already had an account: it only got the membership. */
            accountCreated: boolean;
            /** @description Only when the account was created: shown this once, stored only as a hash, never logged. Hand it over privately. */
            temporaryPassword?: string;
        };
        /**
         * @example {
         *       "email": "ana@wonogiri.go.id",
         *       "name": "Ana Rahmawati",
         *       "role": "district-admin"
         *     }
         */
        InviteMemberRequest: {
            /**
             * Format: email
             * @example ana@wonogiri.go.id
             */
            email: string;
            /**
             * @description Used only when the email has no account yet.
             * @example Ana Rahmawati
             */
            name: string;
            /**
             * @example district-admin
             * @enum {string}
             */
            role: "province-admin" | "district-admin" | "desk-officer" | "subdistrict-officer" | "field-verifier" | "agency-officer";
            /**
             * @description `subdistrict-officer` only: a sub-district of the regency's areas.
             * @example 33.12.01
             */
            subdistrictCode?: string;
            /**
             * @description `field-verifier` only: sub-districts or villages of the regency's areas.
             * @example [
             *       "33.12.01.2001"
             *     ]
             */
            areaCodes?: string[];
            /**
             * @description `agency-officer` only: an agency of the regency's configuration.
             * @example dinkes
             */
            agencyId?: string;
        };
        /**
         * @example {
         *       "id": "3f1c2a9e-8b7d-4c55-9a53-0f1f3f4e2a10",
         *       "source": "DTKS",
         *       "year": 2023,
         *       "fileName": "dtks-2023.csv",
         *       "fileHash": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *       "status": "done",
         *       "totalRows": 5,
         *       "acceptedRows": 3,
         *       "duplicateRows": 0,
         *       "rejectedRows": 2,
         *       "committedLine": 6,
         *       "failure": null,
         *       "startedAt": "2026-01-28T06:00:00.000Z",
         *       "updatedAt": "2026-01-28T06:00:01.000Z",
         *       "finishedAt": "2026-01-28T06:00:01.000Z"
         *     }
         */
        ReferenceImport: {
            /** Format: uuid */
            id: string;
            /** @example DTKS */
            source: string;
            /** @example 2023 */
            year: number;
            fileName: string | null;
            /** @description `sha256:<hex>` of the file, once it has been read to the end. */
            fileHash: string | null;
            /**
             * @description `interrupted`: still marked running, but no batch has committed for 10 minutes (its process died); resume it with `resume`.
             * @enum {string}
             */
            status: "running" | "done" | "failed" | "interrupted";
            /** @description Data lines read so far (the header excluded). */
            totalRows: number;
            /** @description Lines that added an appearance in this source and year. */
            acceptedRows: number;
            /** @description Valid lines whose NIK already appears in this source and year (re-imports add nothing). */
            duplicateRows: number;
            /** @description Lines refused; see the error report. */
            rejectedRows: number;
            /** @description Last line of the last committed batch: an interrupted import resumes after it. */
            committedLine: number;
            failure: string | null;
            startedAt: string;
            updatedAt: string;
            finishedAt: string | null;
        };
        /**
         * @example {
         *       "errors": [
         *         {
         *           "line": 3,
         *           "code": "NIK_BIRTH_DATE",
         *           "message": "The NIK's digits 7–12 are not a date of birth DDMMYY (women's day + 40)."
         *         },
         *         {
         *           "line": 5,
         *           "code": "VILLAGE_UNKNOWN",
         *           "message": "The village code is not a village of this regency's areas."
         *         }
         *       ],
         *       "nextAfterLine": null
         *     }
         */
        ReferenceImportErrors: {
            errors: {
                line: number;
                code: string;
                message: string;
            }[];
            /** @description Pass as `afterLine` for the next page; null on the last page. */
            nextAfterLine: number | null;
        };
        /**
         * @example {
         *       "id": 42,
         *       "nikMasked": "3314xxxxxxxxxxxx",
         *       "appearances": [
         *         {
         *           "source": "PPLS",
         *           "year": 2011,
         *           "importId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *           "name": "Siti Aminah",
         *           "address": "Dukuh Krajan RT 01/02",
         *           "villageCode": "33.14.01.2001",
         *           "category": "Desil 1",
         *           "householdSize": 4,
         *           "line": 2
         *         },
         *         {
         *           "source": "DTKS",
         *           "year": 2023,
         *           "importId": "3f1c2a9e-8b7d-4c55-9a53-0f1f3f4e2a10",
         *           "name": "Siti Aminah",
         *           "address": "Dukuh Krajan RT 01/02",
         *           "villageCode": "33.14.01.2001",
         *           "category": "Desil 2",
         *           "householdSize": 5,
         *           "line": 17
         *         }
         *       ]
         *     }
         */
        ReferencePerson: {
            id: number;
            /**
             * @description The regency code kept, the rest hidden. The full NIK: POST …/reveal.
             * @example 3314xxxxxxxxxxxx
             */
            nikMasked: string;
            appearances: {
                source: string;
                year: number;
                /** Format: uuid */
                importId: string;
                name: string;
                address: string;
                villageCode: string;
                category: string | null;
                householdSize: number;
                line: number;
            }[];
        };
        /**
         * @example {
         *       "id": 42,
         *       "nik": "3314015507900001",
         *       "nikMasked": "3314xxxxxxxxxxxx"
         *     }
         */
        RevealedNik: {
            id: number;
            nik: string;
            nikMasked: string;
        };
        /**
         * @example {
         *       "id": "5b0d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
         *       "number": "SARASWATI-2026-000123",
         *       "programmeId": "saraswati",
         *       "tierId": "melati",
         *       "serviceId": "saraswati-card",
         *       "caseId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *       "holder": {
         *         "name": "Siti Aminah",
         *         "nikMasked": "3314xxxxxxxxxxxx"
         *       },
         *       "household": {
         *         "kkMasked": "3314xxxxxxxxxxxx"
         *       },
         *       "subdistrictCode": "33.14.01",
         *       "villageCode": "33.14.01.2001",
         *       "validFrom": "2026-01-15",
         *       "validUntil": "2027-01-14",
         *       "status": "active",
         *       "issuedAt": "2026-01-15T03:12:00.000Z",
         *       "issuedBy": "9d7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *       "revokedAt": null,
         *       "revokeReason": null
         *     }
         */
        Card: {
            /** Format: uuid */
            id: string;
            number: string;
            programmeId: string;
            tierId: string;
            serviceId: string;
            /** Format: uuid */
            caseId: string;
            holder: {
                /** @example Siti Aminah */
                name: string;
                /**
                 * @description The regency code kept, the rest hidden.
                 * @example 3314xxxxxxxxxxxx
                 */
                nikMasked: string;
            };
            household: {
                kkMasked: string | null;
            };
            subdistrictCode: string;
            villageCode: string;
            /** @description First valid day (YYYY-MM-DD, the regency's calendar). */
            validFrom: string;
            /** @description Last valid day; null: until revoked. */
            validUntil: string | null;
            /**
             * @description As of today: an active card past its last valid day reads `expired`.
             * @enum {string}
             */
            status: "active" | "revoked" | "expired" | "replaced";
            issuedAt: string;
            /** Format: uuid */
            issuedBy: string | null;
            revokedAt: string | null;
            revokeReason: string | null;
        };
        OutputReason: {
            /** @example Kartu hilang; diterbitkan ulang */
            reason?: string;
        };
        /**
         * @example {
         *       "id": "7c1d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
         *       "number": "CARE-RECOMMENDATION-LETTER-2026-000042",
         *       "serviceId": "care-recommendation-letter",
         *       "caseId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *       "holder": {
         *         "name": "Siti Aminah",
         *         "nikMasked": "3314xxxxxxxxxxxx"
         *       },
         *       "subdistrictCode": "33.14.01",
         *       "villageCode": "33.14.01.2001",
         *       "validFrom": "2026-02-15",
         *       "validUntil": "2026-03-16",
         *       "status": "active",
         *       "renewsLetterId": "6a1d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
         *       "renewedByLetterId": null,
         *       "issuedAt": "2026-02-15T03:12:00.000Z",
         *       "issuedBy": "9d7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10"
         *     }
         */
        Letter: {
            /** Format: uuid */
            id: string;
            number: string;
            serviceId: string;
            /** Format: uuid */
            caseId: string;
            holder: {
                /** @example Siti Aminah */
                name: string;
                /**
                 * @description The regency code kept, the rest hidden.
                 * @example 3314xxxxxxxxxxxx
                 */
                nikMasked: string;
            };
            subdistrictCode: string;
            villageCode: string;
            validFrom: string;
            validUntil: string | null;
            /**
             * @description As of today: an active letter past its last valid day reads `expired`.
             * @enum {string}
             */
            status: "active" | "replaced" | "revoked" | "expired";
            /**
             * Format: uuid
             * @description The letter this one renews.
             */
            renewsLetterId: string | null;
            /**
             * Format: uuid
             * @description The letter that renewed this one.
             */
            renewedByLetterId: string | null;
            issuedAt: string;
            /** Format: uuid */
            issuedBy: string | null;
        };
        /**
         * @example {
         *       "id": "8e2d8c9e-2f4a-4c1b-9e3d-7a6f1c2b3d4e",
         *       "number": "PAKESRA-2026-000007",
         *       "serviceId": "pakesra",
         *       "caseId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *       "agencyId": "social-office",
         *       "holder": {
         *         "name": "Siti Aminah",
         *         "nikMasked": "3314xxxxxxxxxxxx"
         *       },
         *       "subdistrictCode": "33.14.01",
         *       "villageCode": "33.14.01.2001",
         *       "quotaId": "pakesra-grants",
         *       "periodKey": "2026-Q1",
         *       "quotaWarning": false,
         *       "status": "pending",
         *       "reason": null,
         *       "handledBy": null,
         *       "handledAt": null,
         *       "issuedAt": "2026-02-15T03:12:00.000Z",
         *       "issuedBy": "9d7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10"
         *     }
         */
        Recommendation: {
            /** Format: uuid */
            id: string;
            number: string;
            serviceId: string;
            /** Format: uuid */
            caseId: string;
            /** @description The agency it is addressed to (the service's lead agency). */
            agencyId: string;
            holder: {
                /** @example Siti Aminah */
                name: string;
                /**
                 * @description The regency code kept, the rest hidden.
                 * @example 3314xxxxxxxxxxxx
                 */
                nikMasked: string;
            };
            subdistrictCode: string;
            villageCode: string;
            quotaId: string | null;
            /** @description The quota period it used: `2026`, `2026-Q4` or `2026-11`. */
            periodKey: string | null;
            /** @description Issued although its `warn` quota was used up. */
            quotaWarning: boolean;
            /** @enum {string} */
            status: "pending" | "delivered" | "declined";
            /** @description Why the agency declined it. */
            reason: string | null;
            /** Format: uuid */
            handledBy: string | null;
            handledAt: string | null;
            issuedAt: string;
            /** Format: uuid */
            issuedBy: string | null;
        };
        /**
         * @example {
         *       "quotaId": "pakesra-grants",
         *       "label": {
         *         "id": "Kuota bantuan PAKESRA",
         *         "en": "PAKESRA grant quota"
         *       },
         *       "agencyId": "social-office",
         *       "kind": "count-per-period",
         *       "period": "quarter",
         *       "periodKey": "2026-Q1",
         *       "limit": 120,
         *       "used": 37,
         *       "remaining": 83,
         *       "whenExhausted": "block"
         *     }
         */
        QuotaStanding: {
            quotaId: string;
            label: {
                id: string;
                en: string;
            };
            agencyId: string;
            /** @enum {string} */
            kind: "share" | "amount-per-household" | "count-per-period";
            /**
             * @description Null for quotas the unit does not count (shares, amounts).
             * @enum {string|null}
             */
            period: "month" | "quarter" | "year" | null;
            /** @description The current period: `2026`, `2026-Q4` or `2026-11`. */
            periodKey: string | null;
            limit: number | null;
            used: number | null;
            remaining: number | null;
            /** @enum {string} */
            whenExhausted: "warn" | "block";
        };
        /**
         * @example {
         *       "genuine": true,
         *       "kind": "card",
         *       "number": "SARASWATI-2026-000123",
         *       "status": "valid",
         *       "issuedBy": {
         *         "id": "Kabupaten Sragen",
         *         "en": "Sragen Regency"
         *       },
         *       "issuedOn": "2026-01-15",
         *       "validFrom": "2026-01-15",
         *       "validUntil": "2027-01-14",
         *       "holderName": "Siti Aminah",
         *       "maskedNik": "3314xxxxxxxxxxxx",
         *       "programme": {
         *         "id": "Saraswati",
         *         "en": "Saraswati"
         *       },
         *       "tier": {
         *         "id": "Melati",
         *         "en": "Melati"
         *       },
         *       "tierColour": "#F472B6"
         *     }
         */
        PublicDocument: {
            /** @description False for anything not signed by the unit or naming no record; then nothing else is said. */
            genuine: boolean;
            /** @enum {string} */
            kind?: "card" | "letter" | "recommendation";
            number?: string;
            /**
             * @description Read from the database at scan time.
             * @enum {string}
             */
            status?: "valid" | "not-yet-valid" | "expired" | "revoked" | "replaced";
            issuedBy?: {
                id: string;
                en: string;
            };
            issuedOn?: string;
            validFrom?: string;
            validUntil?: string | null;
            holderName?: string;
            maskedNik?: string;
            programme?: {
                id: string;
                en: string;
            };
            tier?: {
                id: string;
                en: string;
            };
            tierColour?: string;
            service?: {
                id: string;
                en: string;
            };
            replacedByNumber?: string;
        };
        /**
         * @example {
         *       "case": {
         *         "id": "6f1c2a7e-3b0d-4c55-9a51-0d2b8c1e4f10",
         *         "number": "2026-000042",
         *         "state": "surveying",
         *         "serviceId": "saraswati-card",
         *         "villageCode": "33.14.01.2001"
         *       },
         *       "configVersion": 3,
         *       "criteria": [
         *         {
         *           "id": "floor_area_per_person",
         *           "label": {
         *             "id": "Luas lantai",
         *             "en": "Floor area"
         *           },
         *           "question": {
         *             "id": "Berapa luas lantai per orang?",
         *             "en": "How much floor area per person?"
         *           },
         *           "answer": {
         *             "type": "number",
         *             "unit": {
         *               "id": "m² per orang",
         *               "en": "m² per person"
         *             },
         *             "min": 0,
         *             "max": 1000,
         *             "integer": false
         *           },
         *           "required": true,
         *           "narrative": {
         *             "required": true,
         *             "prompt": {
         *               "id": "Gambarkan rumahnya.",
         *               "en": "Describe the house."
         *             }
         *           }
         *         }
         *       ],
         *       "narrative": {
         *         "overall": {
         *           "required": true
         *         }
         *       },
         *       "categories": [
         *         {
         *           "id": "near-poor",
         *           "rank": 3,
         *           "label": {
         *             "id": "Hampir miskin",
         *             "en": "Near poor"
         *           }
         *         }
         *       ],
         *       "override": {
         *         "allowed": true,
         *         "minJustificationLength": 50
         *       },
         *       "facts": {
         *         "household": {
         *           "inReferenceList": false,
         *           "referenceSource": null,
         *           "villageCode": "33.14.01.2001"
         *         }
         *       }
         *     }
         */
        SurveyForm: {
            case: {
                id: string;
                number: string;
                state: string;
                serviceId: string;
                villageCode: string;
            };
            configVersion: number;
            criteria: {
                id: string;
                label: {
                    id: string;
                    en: string;
                };
                question: {
                    id: string;
                    en: string;
                };
                answer: {
                    /** @enum {string} */
                    type: "yes-no" | "number" | "choice" | "text";
                    unit?: {
                        id: string;
                        en: string;
                    };
                    min?: number;
                    max?: number;
                    integer?: boolean;
                    maxLength?: number;
                    options?: {
                        id: string;
                        label: {
                            id: string;
                            en: string;
                        };
                    }[];
                };
                required: boolean;
                narrative: {
                    required: boolean;
                    prompt: {
                        id: string;
                        en: string;
                    };
                };
            }[];
            narrative: {
                overall: {
                    required: boolean;
                };
            };
            categories: {
                id: string;
                rank: number;
                label: {
                    id: string;
                    en: string;
                };
            }[];
            override: {
                allowed: boolean;
                minJustificationLength: number;
            };
            facts: {
                household: {
                    [key: string]: unknown;
                };
                applicant?: {
                    [key: string]: unknown;
                };
            };
        };
        Survey: {
            id: string;
            caseId: string;
            taskId: string | null;
            configVersion: number;
            answers: {
                [key: string]: unknown;
            };
            narratives: {
                criteria: {
                    [key: string]: string;
                };
                overall: string;
            };
            facts: {
                [key: string]: unknown;
            };
            score: number;
            signCount: number;
            computedCategory: string;
            override: {
                category: string;
                justification: string | null;
            } | null;
            finalCategory: string;
            evaluation: {
                [key: string]: unknown;
            };
            submittedBy: {
                userId: string | null;
                name: string;
            };
            submittedAt: string;
        };
        /**
         * @example {
         *       "answers": {
         *         "floor_area_per_person": 6,
         *         "floor_type": "earth",
         *         "can_afford_puskesmas": false
         *       },
         *       "narratives": {
         *         "criteria": {
         *           "floor_type": "Lantai tanah di seluruh rumah."
         *         },
         *         "overall": "Rumah tangga buruh tani dengan empat tanggungan."
         *       }
         *     }
         */
        SurveySubmission: {
            /** @description Answers by criterion id */
            answers: {
                [key: string]: boolean | number | string | null;
            };
            narratives: {
                /** @description Narrative per criterion id */
                criteria?: {
                    [key: string]: string;
                };
                /** @description The verifier's narrative about the household */
                overall: string;
            };
            /** @description Household/applicant facts found in the visit (over those known at registration) */
            facts?: {
                household?: {
                    [key: string]: unknown;
                };
                applicant?: {
                    [key: string]: unknown;
                };
            };
            /** @description The verifier's category instead of the computed one, with a written justification */
            override?: {
                category: string;
                justification: string;
            };
        };
        DecisionResult: {
            decision: components["schemas"]["Decision"];
            case: {
                id: string;
                number?: string;
                state: string;
                decisionLevel?: string;
                revision?: number;
            };
            outputs: {
                /** @enum {string} */
                kind: "card" | "letter" | "recommendation";
                id: string;
                number: string;
                warning?: {
                    code: string;
                    messages: {
                        id: string;
                        en: string;
                    };
                };
            }[];
        };
        Decision: {
            id: string;
            caseId: string;
            /** @enum {string} */
            kind: "decision" | "proposal" | "proposal-approved" | "proposal-returned" | "referral";
            /** @enum {string} */
            level: "regency" | "subdistrict" | "village";
            /** @enum {string} */
            outcome: "approved" | "refused" | "proposed" | "referred" | "returned";
            tiers: {
                [key: string]: string | null;
            };
            /** @description The rules' explanation: `summary` and `failedRule` (id/en), the category and its source, `score` with `classification.description` (the thresholds), every criterion (`met`, `condition`, `valueText`), the service's rule and each tier's qualification with traces. */
            reason: {
                [key: string]: unknown;
            } | null;
            note: string | null;
            reviewsDecisionId: string | null;
            configVersion: number;
            decidedBy: {
                userId: string | null;
                name: string;
            };
            decidedAt: string;
        };
        /**
         * @example {
         *       "action": "decide"
         *     }
         */
        DecideCase: {
            /** @enum {string} */
            action: "decide" | "refer-up";
            note?: string;
        };
        /**
         * @example {
         *       "note": "Foto rumah belum dilampirkan; lengkapi lalu usulkan lagi."
         *     }
         */
        ReturnProposal: {
            note: string;
        };
        /**
         * @example {
         *       "id": "0b6f4f0e-6f55-4c1e-9a43-1d2f3c4b5a69",
         *       "number": "2026-000042",
         *       "serviceId": "saraswati-card",
         *       "deskId": "health",
         *       "channel": "regency-desk",
         *       "receivedAt": "regency",
         *       "decisionLevel": "regency",
         *       "subdistrictCode": "33.14.01",
         *       "villageCode": "33.14.01.2001",
         *       "applicant": {
         *         "nikMasked": "3314xxxxxxxxxxxx",
         *         "name": "Siti Aminah",
         *         "kkMasked": null,
         *         "contact": null
         *       },
         *       "state": "deciding",
         *       "revision": 2,
         *       "fastPath": true,
         *       "configVersion": 1,
         *       "createdAt": "2026-03-02T01:00:00.000Z",
         *       "stateEnteredAt": "2026-03-02T01:00:00.000Z",
         *       "dueAt": "2026-03-05T01:00:00.000Z",
         *       "closedAt": null,
         *       "overdue": false,
         *       "documents": [
         *         {
         *           "id": "ktp",
         *           "present": true
         *         },
         *         {
         *           "id": "kk",
         *           "present": true
         *         },
         *         {
         *           "id": "village-cover-letter",
         *           "present": false
         *         }
         *       ],
         *       "listMatch": {
         *         "found": true,
         *         "personId": 7,
         *         "appearances": [
         *           {
         *             "source": "TNP2K",
         *             "year": 2015,
         *             "category": "Desil 1",
         *             "villageCode": "33.14.01.2001"
         *           }
         *         ]
         *       },
         *       "facts": {
         *         "household": {
         *           "villageCode": "33.14.01.2001",
         *           "inReferenceList": true,
         *           "referenceSource": "tnp2k"
         *         }
         *       },
         *       "history": [
         *         {
         *           "id": 1,
         *           "action": "register",
         *           "from": null,
         *           "to": "registered",
         *           "by": {
         *             "userId": null,
         *             "name": "Petugas Loket"
         *           },
         *           "at": "2026-03-02T01:00:00.000Z",
         *           "note": null,
         *           "data": null
         *         },
         *         {
         *           "id": 2,
         *           "action": "match",
         *           "from": "registered",
         *           "to": "deciding",
         *           "by": {
         *             "userId": null,
         *             "name": "Petugas Loket"
         *           },
         *           "at": "2026-03-02T01:00:00.000Z",
         *           "note": null,
         *           "data": {
         *             "found": true,
         *             "fastPath": true
         *           }
         *         }
         *       ],
         *       "allowedActions": [
         *         "decide",
         *         "withdraw"
         *       ],
         *       "tasks": [],
         *       "serviceTime": {
         *         "targetMinutes": 30,
         *         "maxDays": 3,
         *         "dueAt": "2026-03-05T01:00:00.000Z",
         *         "elapsedMinutes": 12,
         *         "overdue": false,
         *         "desk": {
         *           "minutes": 12,
         *           "done": false,
         *           "overTarget": false
         *         },
         *         "steps": [
         *           {
         *             "state": "registered",
         *             "enteredAt": "2026-03-02T01:00:00.000Z",
         *             "leftAt": "2026-03-02T01:00:00.000Z",
         *             "minutes": 0
         *           },
         *           {
         *             "state": "deciding",
         *             "enteredAt": "2026-03-02T01:00:00.000Z",
         *             "leftAt": null,
         *             "minutes": 12
         *           }
         *         ]
         *       },
         *       "surveys": [],
         *       "decisions": []
         *     }
         */
        Case: {
            /** Format: uuid */
            id: string;
            /** @example 2026-000042 */
            number: string;
            /** @example saraswati-card */
            serviceId: string;
            /** @example health */
            deskId: string;
            /** @enum {string} */
            channel: "regency-desk" | "subdistrict" | "village-point" | "agency" | "school";
            /** @enum {string} */
            receivedAt: "regency" | "subdistrict" | "village";
            /** @enum {string} */
            decisionLevel: "regency" | "subdistrict" | "village";
            /** @example 33.14.01 */
            subdistrictCode: string;
            /** @example 33.14.01.2001 */
            villageCode: string;
            applicant: {
                /** @example 3314xxxxxxxxxxxx */
                nikMasked: string;
                /** @example Siti Aminah */
                name: string;
                /** @example 3314xxxxxxxxxxxx */
                kkMasked: string | null;
                /** @example 0812-2650-0001 */
                contact: string | null;
            };
            /** @enum {string} */
            state: "registered" | "surveying" | "deciding" | "proposed" | "approved" | "refused" | "withdrawn";
            revision: number;
            /** @description Whether the configured fast path applied at the list match. */
            fastPath: boolean;
            /** @description Configuration version in force at registration. */
            configVersion: number;
            createdAt: string;
            stateEnteredAt: string;
            /** @description Registration + the service's `serviceTime.maxDays`. */
            dueAt: string;
            closedAt: string | null;
            /** @description Past `dueAt`: still open after it, or closed after it. */
            overdue: boolean;
            /** @description The service's required documents, brought or missing. */
            documents: {
                id: string;
                present: boolean;
            }[];
            listMatch: {
                found: boolean;
                personId: number | null;
                appearances: {
                    source: string;
                    year: number;
                    category: string | null;
                    villageCode: string;
                }[];
            };
            /** @description `household` and `applicant` facts the rules read (the match sets `household.inReferenceList`, `referenceSource`). */
            facts: {
                [key: string]: unknown;
            };
            history: {
                id: number;
                action: string;
                /** @description State before (null for the registration). */
                from: string | null;
                /** @description State after (the same for steps that keep it, e.g. documents ticked). */
                to: string;
                by: {
                    /** Format: uuid */
                    userId: string | null;
                    name: string;
                };
                at: string;
                note: string | null;
                data: {
                    [key: string]: unknown;
                } | null;
            }[];
            /** @description What the caller may do next (state machine ∩ the caller's permissions). */
            allowedActions: ("register" | "match" | "submit-survey" | "decide" | "approve-proposal" | "return-proposal" | "reverify" | "withdraw")[];
            tasks: components["schemas"]["VerificationTask"][];
            serviceTime: components["schemas"]["CaseServiceTime"];
            /** @description Field surveys of the case, oldest first (computed and final category, override). */
            surveys: components["schemas"]["Survey"][];
            /** @description Decisions, proposals, reviews and referrals, oldest first, with their reasons. */
            decisions: components["schemas"]["Decision"][];
        };
        VerificationTask: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string | null;
            /** Format: uuid */
            complaintId: string | null;
            /** @enum {string} */
            reason: "application" | "reverification";
            subdistrictCode: string;
            villageCode: string;
            /**
             * Format: uuid
             * @description The field verifier; null while nobody covers the village.
             */
            assigneeUserId: string | null;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            createdAt: string;
            completedAt: string | null;
            /** @description In task lists: the case's number, service and applicant (null for a complaint's task). */
            case?: {
                number: string;
                serviceId: string | null;
                applicantName: string | null;
            } | null;
        };
        CaseServiceTime: {
            /** @description The service's target for the desk's part. */
            targetMinutes: number | null;
            maxDays: number | null;
            dueAt: string;
            /** @description Registration until closed, or until now. */
            elapsedMinutes: number;
            overdue: boolean;
            desk: {
                minutes: number;
                /** @description Whether the case has left the desk's hands. */
                done: boolean;
                overTarget: boolean;
            };
            steps: {
                state: string;
                enteredAt: string;
                leftAt: string | null;
                minutes: number;
            }[];
        };
        CaseSummary: {
            /** Format: uuid */
            id: string;
            /** @example 2026-000042 */
            number: string;
            /** @example saraswati-card */
            serviceId: string;
            /** @example health */
            deskId: string;
            /** @enum {string} */
            channel: "regency-desk" | "subdistrict" | "village-point" | "agency" | "school";
            /** @enum {string} */
            receivedAt: "regency" | "subdistrict" | "village";
            /** @enum {string} */
            decisionLevel: "regency" | "subdistrict" | "village";
            /** @example 33.14.01 */
            subdistrictCode: string;
            /** @example 33.14.01.2001 */
            villageCode: string;
            applicant: {
                /** @example 3314xxxxxxxxxxxx */
                nikMasked: string;
                /** @example Siti Aminah */
                name: string;
                /** @example 3314xxxxxxxxxxxx */
                kkMasked: string | null;
                /** @example 0812-2650-0001 */
                contact: string | null;
            };
            /** @enum {string} */
            state: "registered" | "surveying" | "deciding" | "proposed" | "approved" | "refused" | "withdrawn";
            revision: number;
            /** @description Whether the configured fast path applied at the list match. */
            fastPath: boolean;
            /** @description Configuration version in force at registration. */
            configVersion: number;
            createdAt: string;
            stateEnteredAt: string;
            /** @description Registration + the service's `serviceTime.maxDays`. */
            dueAt: string;
            closedAt: string | null;
            /** @description Past `dueAt`: still open after it, or closed after it. */
            overdue: boolean;
        };
        /**
         * @example {
         *       "caseId": "0b6f4f0e-6f55-4c1e-9a43-1d2f3c4b5a69",
         *       "nik": "3314015507900001",
         *       "nikMasked": "3314xxxxxxxxxxxx"
         *     }
         */
        RevealedCaseNik: {
            /** Format: uuid */
            caseId: string;
            nik: string;
            nikMasked: string;
        };
        /**
         * @example {
         *       "id": "6b0f4f2e-2d55-4c55-9a53-0f1f3f4e2a10",
         *       "number": "ADU-2026-000007",
         *       "category": "wrongly-excluded",
         *       "description": "Keluarga sangat miskin tetapi permohonan kartu ditolak.",
         *       "complainant": {
         *         "name": "Sri Wahyuni",
         *         "contact": "0812-3456-7890"
         *       },
         *       "links": {
         *         "caseId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *         "nikMasked": "3314xxxxxxxxxxxx",
         *         "kkMasked": null,
         *         "subdistrictCode": "33.14.01",
         *         "villageCode": "33.14.01.2001"
         *       },
         *       "assigneeUserId": null,
         *       "status": "open",
         *       "dueAt": "2026-02-11T03:00:00.000Z",
         *       "overdue": false,
         *       "resolution": null,
         *       "resolvedBy": null,
         *       "resolvedAt": null,
         *       "revision": 1,
         *       "configVersion": 3,
         *       "createdBy": "9a1d7e3c-0c4b-4f6e-8d2a-5b3c1e0f9a77",
         *       "createdAt": "2026-01-28T03:00:00.000Z",
         *       "case": {
         *         "id": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *         "number": "2026-000042",
         *         "state": "surveying"
         *       },
         *       "tasks": [
         *         {
         *           "id": "1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0",
         *           "reason": "reverification",
         *           "caseId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *           "subdistrictCode": "33.14.01",
         *           "villageCode": "33.14.01.2001",
         *           "assigneeUserId": "4c3b2a19-0f8e-4d7c-6b5a-493827161504",
         *           "status": "open",
         *           "createdAt": "2026-01-28T03:00:00.000Z"
         *         }
         *       ],
         *       "history": [
         *         {
         *           "action": "lodge",
         *           "from": null,
         *           "to": "open",
         *           "actorUserId": "9a1d7e3c-0c4b-4f6e-8d2a-5b3c1e0f9a77",
         *           "actorLabel": "desk-officer",
         *           "note": null,
         *           "at": "2026-01-28T03:00:00.000Z"
         *         },
         *         {
         *           "action": "reverify",
         *           "from": "refused",
         *           "to": "surveying",
         *           "actorUserId": "9a1d7e3c-0c4b-4f6e-8d2a-5b3c1e0f9a77",
         *           "actorLabel": "desk-officer",
         *           "note": "Tugas verifikasi ulang di desa 33.14.01.2001; kasus 2026-000042 kembali ke survei",
         *           "at": "2026-01-28T03:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        ComplaintDetail: components["schemas"]["Complaint"] & {
            case: {
                /** Format: uuid */
                id: string;
                number: string;
                state: string;
            } | null;
            tasks: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                reason: "application" | "reverification";
                /** Format: uuid */
                caseId: string | null;
                subdistrictCode: string;
                villageCode: string;
                /**
                 * Format: uuid
                 * @description The field verifier covering the village; null while nobody does.
                 */
                assigneeUserId: string | null;
                /** @enum {string} */
                status: "open" | "done" | "cancelled";
                createdAt: string;
            }[];
            history: {
                /** @description `lodge`, `reverify`, `assign`, `note`, `resolve`. */
                action: string;
                from: string | null;
                to: string | null;
                /** Format: uuid */
                actorUserId: string | null;
                actorLabel: string;
                note: string | null;
                at: string;
            }[];
        };
        Complaint: {
            /** Format: uuid */
            id: string;
            /** @example ADU-2026-000007 */
            number: string;
            /** @enum {string} */
            category: "wrongly-excluded" | "wrongly-included" | "refused" | "data-correction" | "service-quality" | "other";
            description: string;
            complainant: {
                name: string | null;
                contact: string | null;
            } | null;
            links: {
                /** Format: uuid */
                caseId: string | null;
                /** @description The person's NIK, masked (regency code kept). Never in clear. */
                nikMasked: string | null;
                /** @description The household's KK number, masked. */
                kkMasked: string | null;
                subdistrictCode: string | null;
                villageCode: string | null;
            };
            /** Format: uuid */
            assigneeUserId: string | null;
            /** @enum {string} */
            status: "open" | "in-progress" | "resolved";
            /** @description Lodged + the category's `dueDays` (configuration `complaints`). */
            dueAt: string;
            /** @description Past `dueAt` and not resolved, by the API's clock. */
            overdue: boolean;
            resolution: string | null;
            /** Format: uuid */
            resolvedBy: string | null;
            resolvedAt: string | null;
            /** @description Grows with every change; the ETag is `"p<revision>"`. */
            revision: number;
            configVersion: number;
            /** Format: uuid */
            createdBy: string | null;
            createdAt: string;
        };
        /**
         * @example {
         *       "category": "wrongly-excluded",
         *       "description": "Keluarga sangat miskin tetapi permohonan kartu ditolak.",
         *       "complainant": {
         *         "name": "Sri Wahyuni",
         *         "contact": "0812-3456-7890"
         *       },
         *       "caseId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10"
         *     }
         */
        LodgeComplaint: {
            /**
             * @description One of the configured categories: wrongly-excluded, wrongly-included, refused, data-correction, service-quality, other.
             * @example wrongly-excluded
             */
            category: string;
            /** @example Keluarga sangat miskin tetapi permohonan kartu ditolak. */
            description: string;
            complainant?: {
                name: string;
                contact?: string;
            };
            /** Format: uuid */
            caseId?: string;
            /**
             * @description The person concerned; stored as a keyed HMAC and masked, never in clear.
             * @example 3314015507900001
             */
            nik?: string;
            /**
             * @description The household's KK number; stored as a keyed HMAC and masked.
             * @example 3314010101100001
             */
            kk?: string;
            /**
             * @description The household's village, when no case is linked.
             * @example 33.14.01.2001
             */
            villageCode?: string;
        };
        /**
         * @example {
         *       "complaints": [
         *         {
         *           "id": "6b0f4f2e-2d55-4c55-9a53-0f1f3f4e2a10",
         *           "number": "ADU-2026-000007",
         *           "category": "wrongly-excluded",
         *           "description": "Keluarga sangat miskin tetapi permohonan kartu ditolak.",
         *           "complainant": {
         *             "name": "Sri Wahyuni",
         *             "contact": "0812-3456-7890"
         *           },
         *           "links": {
         *             "caseId": "0b7c1c1e-5d1e-4c55-9a53-0f1f3f4e2a10",
         *             "nikMasked": "3314xxxxxxxxxxxx",
         *             "kkMasked": null,
         *             "subdistrictCode": "33.14.01",
         *             "villageCode": "33.14.01.2001"
         *           },
         *           "assigneeUserId": null,
         *           "status": "open",
         *           "dueAt": "2026-02-11T03:00:00.000Z",
         *           "overdue": false,
         *           "resolution": null,
         *           "resolvedBy": null,
         *           "resolvedAt": null,
         *           "revision": 1,
         *           "configVersion": 3,
         *           "createdBy": "9a1d7e3c-0c4b-4f6e-8d2a-5b3c1e0f9a77",
         *           "createdAt": "2026-01-28T03:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        ComplaintList: {
            complaints: components["schemas"]["Complaint"][];
        };
        /**
         * @example {
         *       "assigneeUserId": "9a1d7e3c-0c4b-4f6e-8d2a-5b3c1e0f9a77",
         *       "note": "Mohon ditindaklanjuti minggu ini."
         *     }
         */
        AssignComplaint: {
            /** Format: uuid */
            assigneeUserId: string;
            note?: string;
        };
        /**
         * @example {
         *       "resolution": "Survei ulang: rumah tangga layak; kartu Kenanga diterbitkan."
         *     }
         */
        ResolveComplaint: {
            resolution?: string;
        };
        /**
         * @example {
         *       "note": "Pelapor dihubungi lewat telepon; survei ulang dijadwalkan Kamis."
         *     }
         */
        ComplaintNote: {
            note: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
