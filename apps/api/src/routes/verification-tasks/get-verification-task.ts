import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseContextOf } from "../../procedure/transition-case.ts";
import { readTask } from "../../services/cases/verification-tasks.ts";
import { CaseParamsSchema, TaskSchema } from "../cases/schemas.ts";

export const getVerificationTaskRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/verification-tasks/{id}",
  permission: "case:read",
  tags: ["verification"],
  summary: "One verification task (404 outside the caller's areas)",
  request: { params: CaseParamsSchema },
  responses: {
    200: { description: "The task", content: { "application/json": { schema: TaskSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerGetVerificationTask(app: OpenAPIHono<AppEnv>) {
  app.openapi(getVerificationTaskRoute, async (c) => {
    const task = await readTask({ ctx: caseContextOf(c), input: { taskId: c.req.valid("param").id, reach: callerReach(c, "case:read") } });
    return c.json(task, 200);
  });
}
