import type { Role } from "./actor";

/**
 * Where a user lands after signing in when no page asked for them (no
 * callbackUrl): a teacher's work starts at their classes, a learner's at
 * their texts.
 */
export function landingPathFor(role: Role): "/teach" | "/library" {
  return role === "TEACHER" ? "/teach" : "/library";
}
