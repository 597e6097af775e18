import "server-only";
// The clock of the review pages. Tests (browser tests above all) need to say
// "it is tomorrow now"; in demo mode ONLY, the `lesefluss-now` cookie (an ISO
// date-time with offset, e.g. 2025-06-11T08:00:00Z) replaces the server clock
// for /review and its actions. Outside demo mode the cookie is ignored, so a
// real learner can never move their own schedule.
import { injectedNowSchema } from "@/lib/validation/review";

export const CLOCK_COOKIE = "lesefluss-now";

/**
 * @example
 * resolveReviewClock("2025-06-11T08:00:00Z", { isDemoMode: true }); // that date
 * resolveReviewClock("2025-06-11T08:00:00Z", { isDemoMode: false }); // new Date()
 */
export function resolveReviewClock(cookieValue: string | undefined, options: { isDemoMode: boolean }): Date {
  if (!options.isDemoMode || !cookieValue) return new Date();
  const parsed = injectedNowSchema.safeParse(decodeURIComponent(cookieValue));
  return parsed.success ? parsed.data : new Date();
}
