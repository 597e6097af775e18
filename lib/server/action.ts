import "server-only";
// The one door for server actions. Server actions are public POST endpoints, so
// each runs in this order: authenticate → parse the whole input with zod → the
// use case authorises from the parsed input (NOT_FOUND for what the actor may not
// see) and acts. Every action answers one ActionState<T>, whether it is called
// from a form (useActionState) or directly with a value.
import type { z } from "zod";
import { getActor } from "./auth";
import type { Actor } from "./actor";
import { isAppError, type AppErrorCode } from "./errors";
import { parseInput } from "./parse-input";

export type ActionErrorCode = AppErrorCode | "INTERNAL";

interface StateFields {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** A form's text fields as submitted (never passwords), so a re-rendered form keeps what was typed. */
  values?: Record<string, string>;
}

export type ActionState<T = null> =
  | (StateFields & { status: "idle" })
  | (StateFields & { status: "ok"; data: T })
  | (StateFields & { status: "error"; code: ActionErrorCode; message: string });

/** What a call answers: "idle" is only ever a form's initial state. */
export type ActionOutcome<T = null> = Exclude<ActionState<T>, { status: "idle" }>;

/** An action's data with a message for the user ("Goal saved."); plain return values carry no message. */
export class ActionSuccess<T> {
  constructor(
    readonly data: T,
    readonly message: string,
  ) {}
}

export function succeed<T>(data: T, message: string): ActionSuccess<T> {
  return new ActionSuccess(data, message);
}

/**
 * The action as Next.js calls it: `(previousState, formData)` from useActionState, `(input)` from client code, or
 * `(formData)` from a plain `<form action>`, which ignores the answer (hence void there; the page re-renders).
 */
export interface ServerAction<T> {
  (formData: FormData): Promise<void>;
  (stateOrInput?: unknown, formData?: FormData): Promise<ActionOutcome<T>>;
}

const SIGNED_OUT = "Your session has ended. Sign in again to continue.";
const INTERNAL = "Something went wrong on our side. Please try again.";

// Actions made here and who may call them, so the authorization test can tell a door-built action from a
// hand-rolled one and find the public ones.
const builtActions = new WeakMap<object, "signed-in" | "public">();

export function builtActionKind(value: unknown): "signed-in" | "public" | undefined {
  return typeof value === "function" ? builtActions.get(value) : undefined;
}

/** A form's fields as an object: repeated names (checkbox groups) become arrays. */
export function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(formData.keys())) {
    const all = formData.getAll(name);
    fields[name] = all.length === 1 ? all[0]! : all;
  }
  return fields;
}

function echoedValues(formData: FormData | undefined): Record<string, string> | undefined {
  if (!formData) return undefined;
  const values: Record<string, string> = {};
  for (const [name, value] of formData) if (typeof value === "string" && !/password/i.test(name)) values[name] = value;
  return values;
}

/** Redirects and notFound() from next/navigation are errors with a digest; they must propagate. */
function isNavigation(error: unknown): boolean {
  return error instanceof Error && "digest" in error;
}

function toErrorState(error: unknown, values: Record<string, string> | undefined): ActionOutcome<never> {
  if (isNavigation(error)) throw error;
  if (isAppError(error)) {
    return { status: "error", code: error.code, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  console.error("server action failed", error);
  return { status: "error", code: "INTERNAL", message: INTERNAL, values };
}

type SignedInActor = Actor & { name: string; email: string };

function build<S extends z.ZodType, T, A>(
  kind: "signed-in" | "public",
  schema: S,
  authenticate: () => Promise<A | null>,
  run: (caller: A, input: z.output<S>) => Promise<T | ActionSuccess<T>>,
): ServerAction<T> {
  function action(formData: FormData): Promise<void>;
  function action(stateOrInput?: unknown, formData?: FormData): Promise<ActionOutcome<T>>;
  async function action(stateOrInput?: unknown, maybeForm?: FormData): Promise<ActionOutcome<T> | void> {
    const formData = maybeForm ?? (stateOrInput instanceof FormData ? stateOrInput : undefined);
    const values = echoedValues(formData);
    try {
      const caller = await authenticate();
      if (caller === null) return { status: "error", code: "UNAUTHORIZED", message: SIGNED_OUT };
      const input = parseInput(schema, formData ? formFields(formData) : stateOrInput);
      const result = await run(caller, input);
      return result instanceof ActionSuccess
        ? { status: "ok", data: result.data, message: result.message, values }
        : { status: "ok", data: result, values };
    } catch (error) {
      return toErrorState(error, values);
    }
  }
  builtActions.set(action, kind);
  return action;
}

/**
 * A server action for a signed-in user. `fn` gets the actor and the parsed input and calls the use case, which
 * authorises from that input. AppErrors become the state's message; anything else is logged and answered generically.
 *
 * @example
 * export const leaveClassAction = authedAction(z.object({ classId: idSchema }), (actor, { classId }) =>
 *   leaveClass(actor, classId),
 * );
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (actor: SignedInActor, input: z.output<S>) => Promise<T | ActionSuccess<T>>,
): ServerAction<T> {
  return build("signed-in", schema, getActor, fn);
}

const PUBLIC = Symbol("public caller");

/** A server action anyone may call (sign-up): parse, then act; same state and error handling as authedAction. */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.output<S>) => Promise<T | ActionSuccess<T>>,
): ServerAction<T> {
  return build(
    "public",
    schema,
    () => Promise.resolve(PUBLIC),
    (_caller, input) => fn(input),
  );
}
