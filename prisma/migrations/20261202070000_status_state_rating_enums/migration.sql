-- Word status, card state and review rating become enums instead of bare Int codes (issue 11).
-- Every stored code is converted in place (ALTER COLUMN ... USING), so no row is lost, and codes the
-- app never wrote read as they did before (an unknown status or state was shown as new).

-- CreateEnum
CREATE TYPE "LearningStatus" AS ENUM ('NEW', 'LEARNING_1', 'LEARNING_2', 'LEARNING_3', 'LEARNING_4', 'KNOWN', 'IGNORED');

-- CreateEnum
CREATE TYPE "CardState" AS ENUM ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING');

-- CreateEnum
CREATE TYPE "ReviewRating" AS ENUM ('AGAIN', 'HARD', 'GOOD', 'EASY');

-- AlterTable: 0 new, 1–4 learning, 5 known, 6 ignored
ALTER TABLE "WordStatus" ALTER COLUMN "status" TYPE "LearningStatus" USING (
  CASE "status" WHEN 1 THEN 'LEARNING_1' WHEN 2 THEN 'LEARNING_2' WHEN 3 THEN 'LEARNING_3' WHEN 4 THEN 'LEARNING_4'
    WHEN 5 THEN 'KNOWN' WHEN 6 THEN 'IGNORED' ELSE 'NEW' END
)::"LearningStatus";

ALTER TABLE "WordStatusEvent"
  ALTER COLUMN "fromStatus" TYPE "LearningStatus" USING (
    CASE "fromStatus" WHEN 1 THEN 'LEARNING_1' WHEN 2 THEN 'LEARNING_2' WHEN 3 THEN 'LEARNING_3' WHEN 4 THEN 'LEARNING_4'
      WHEN 5 THEN 'KNOWN' WHEN 6 THEN 'IGNORED' ELSE 'NEW' END
  )::"LearningStatus",
  ALTER COLUMN "toStatus" TYPE "LearningStatus" USING (
    CASE "toStatus" WHEN 1 THEN 'LEARNING_1' WHEN 2 THEN 'LEARNING_2' WHEN 3 THEN 'LEARNING_3' WHEN 4 THEN 'LEARNING_4'
      WHEN 5 THEN 'KNOWN' WHEN 6 THEN 'IGNORED' ELSE 'NEW' END
  )::"LearningStatus";

-- AlterTable: 0 new, 1 learning, 2 review, 3 relearning
ALTER TABLE "Card" ALTER COLUMN "state" DROP DEFAULT;
ALTER TABLE "Card" ALTER COLUMN "state" TYPE "CardState" USING (
  CASE "state" WHEN 1 THEN 'LEARNING' WHEN 2 THEN 'REVIEW' WHEN 3 THEN 'RELEARNING' ELSE 'NEW' END
)::"CardState";
ALTER TABLE "Card" ALTER COLUMN "state" SET DEFAULT 'NEW';

-- AlterTable: ratings 1 again, 2 hard, 3 good, 4 easy (the app never wrote another, and one would fail here rather than be guessed)
ALTER TABLE "ReviewLog"
  ALTER COLUMN "rating" TYPE "ReviewRating" USING (
    CASE "rating" WHEN 1 THEN 'AGAIN' WHEN 2 THEN 'HARD' WHEN 3 THEN 'GOOD' WHEN 4 THEN 'EASY' END
  )::"ReviewRating",
  ALTER COLUMN "stateBefore" TYPE "CardState" USING (
    CASE "stateBefore" WHEN 1 THEN 'LEARNING' WHEN 2 THEN 'REVIEW' WHEN 3 THEN 'RELEARNING' ELSE 'NEW' END
  )::"CardState",
  ALTER COLUMN "stateAfter" TYPE "CardState" USING (
    CASE "stateAfter" WHEN 1 THEN 'LEARNING' WHEN 2 THEN 'REVIEW' WHEN 3 THEN 'RELEARNING' ELSE 'NEW' END
  )::"CardState";
