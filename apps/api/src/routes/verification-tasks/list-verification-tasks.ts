import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/app-env.ts";
import { errorResponses, TenantParamsSchema } from "../../http/openapi-schemas.ts";
import { defineRoute } from "../../http/route-permission.ts";
import { callerReach } from "../../procedure/record-scope.ts";
import { caseContextOf } from "../../procedure/transition-case.ts";
import { listReachableTasks } from "../../services/cases/verification-tasks.ts";
import { TaskSchema } from "../cases/schemas.ts";

const TaskQuerySchema = z.object({
  status: z.enum(["open", "done", "cancelled"]).optional(),
  assignee: z.enum(["me"]).optional().openapi({ description: "`me`: only the tasks assigned to the caller." }),
  limit: z.coerce.number().int().min(1).max(200).optional().openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).optional().openapi({ example: 0 }),
});

export const listVerificationTasksRoute = defineRoute({
  method: "get",
  path: "/api/t/{tenant}/verification-tasks",
  permission: "case:read",
  tags: ["verification"],
  summary: "Field verification tasks the caller reaches, open ones first",
  description:
    "A field verifier sees the tasks in its areas (a village code, or a whole sub-district's code); a sub-district officer its " +
    "kecamatan's; regency-wide roles all. Each task names its case (number, service, applicant's name) so the verifier can find the household.",
  request: { params: TenantParamsSchema, query: TaskQuerySchema },
  responses: {
    200: {
      description: "A page of tasks",
      content: {
        "application/json": {
          schema: z.object({ tasks: z.array(TaskSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }),
        },
      },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerListVerificationTasks(app: OpenAPIHono<AppEnv>) {
  app.openapi(listVerificationTasksRoute, async (c) => {
    const query = c.req.valid("query");
    const page = await listReachableTasks({
      ctx: caseContextOf(c),
      input: {
        reach: callerReach(c, "case:read"),
        status: query.status,
        assigneeUserId: query.assignee === "me" ? c.get("auth")?.user.id : undefined,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      },
    });
    return c.json(page, 200);
  });
}
