// ReviewLog.rating (1–4) ↔ core Rating.
import type { Rating } from "@/lib/core/srs/scheduler";

export const RATING_CODE: Record<Rating, number> = { again: 1, hard: 2, good: 3, easy: 4 };
export const RATING_NAMES: Partial<Record<number, Rating>> = { 1: "again", 2: "hard", 3: "good", 4: "easy" };
