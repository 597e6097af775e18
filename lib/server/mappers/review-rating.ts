// ReviewLog.rating (the ReviewRating enum) ↔ core Rating.
import { ReviewRating } from "@/generated/prisma/enums";
import type { Rating } from "@/lib/core/srs/scheduler";

export const RATING_CODE: Record<Rating, ReviewRating> = {
  again: ReviewRating.AGAIN,
  hard: ReviewRating.HARD,
  good: ReviewRating.GOOD,
  easy: ReviewRating.EASY,
};

export const RATING_NAMES: Record<ReviewRating, Rating> = {
  AGAIN: "again",
  HARD: "hard",
  GOOD: "good",
  EASY: "easy",
};
