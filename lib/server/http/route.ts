import "server-only";
// The one door for route handlers: refuse cross-site writes, authenticate (401),
// then run the handler; whatever it throws is answered here, once — a ZodError
// is 400 with its issues, an AppError's code maps to a status through errors.ts,
// anything else is logged and answered 500 (503 while the database is away).
import { ZodError } from "zod";
import { getActor } from "../auth";
import type { Actor } from "../actor";
import { isAppError, toHttpStatus } from "../errors";
import { assertSameOrigin } from "./assert-same-origin";
import { internalErrorResponse } from "./is-database-unavailable";

export interface RouteContext<P> {
  params: Promise<P>;
}

export interface RouteCall<P> {
  actor: Actor;
  request: Request;
  params: P;
}

export interface RouteOptions {
  /** Said with the 401, e.g. "Sign in to export your cards." */
  signedOut: string;
  /** Names the handler in the server log when it fails unexpectedly. */
  name: string;
  /** For writes: refuse requests from other sites before anything else. */
  sameOrigin?: boolean;
}

// Handlers made here, so the authorization test can tell a door-built handler from a hand-rolled one.
const builtHandlers = new WeakSet<object>();

export function isBuiltHandler(value: unknown): boolean {
  return typeof value === "function" && builtHandlers.has(value);
}

/** JSON error body; `extra` carries fieldErrors or zod issues for forms and scripts. */
function errorResponse(status: number, error: string, extra?: Record<string, unknown>): Response {
  return Response.json({ error, ...extra }, { status });
}

export function toErrorResponse(error: unknown, name: string): Response {
  if (error instanceof ZodError) {
    return errorResponse(400, "The request was not understood.", { issues: error.issues });
  }
  if (isAppError(error)) {
    return errorResponse(
      toHttpStatus(error.code),
      error.message,
      error.fieldErrors ? { fieldErrors: error.fieldErrors } : {},
    );
  }
  return internalErrorResponse(error, name);
}

/**
 * A route handler for a signed-in user.
 *
 * @example
 * // GET /api/things/[id]
 * export const GET = withActor({ signedOut: "Sign in first.", name: "thing" }, async ({ actor, params }) =>
 *   Response.json(await getThing(actor, params.id)),
 * );
 */
export function withActor<P = Record<string, never>>(
  options: RouteOptions,
  handler: (call: RouteCall<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  const route = async (request: Request, context: RouteContext<P>): Promise<Response> => {
    if (options.sameOrigin) {
      const refused = assertSameOrigin(request);
      if (refused) return refused;
    }
    try {
      const actor = await getActor();
      if (!actor) return errorResponse(401, options.signedOut);
      return await handler({ actor, request, params: await context.params });
    } catch (error) {
      return toErrorResponse(error, options.name);
    }
  };
  builtHandlers.add(route);
  return route;
}
