// Parses a use case's input the way the action and route doors do (parseInput: INVALID_INPUT with field errors),
// so tests can call a data function with raw values, defaults and all, and see the same validation.
import type { z } from "zod";
import { parseInput } from "@/lib/server/parse-input";

export function parsed<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  return parseInput(schema, input);
}
