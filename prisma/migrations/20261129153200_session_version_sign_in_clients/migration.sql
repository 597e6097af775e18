-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SignInClient" (
    "userId" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "lastSignInAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInClient_pkey" PRIMARY KEY ("userId","clientKey")
);

-- AddForeignKey
ALTER TABLE "SignInClient" ADD CONSTRAINT "SignInClient_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Saving a phrase used to write the meaning a learner typed into the shared
-- dictionary row (issue 14). Phrase rows that no text produced (no occurrence)
-- and whose gloss is a meaning some learner typed lose that gloss: the learner
-- keeps it on their own word status and card.
UPDATE "Lexeme" l SET "gloss" = NULL
WHERE l."pos" = 'PHRASE'
  AND NOT EXISTS (SELECT 1 FROM "Occurrence" o WHERE o."lexemeId" = l."id")
  AND EXISTS (SELECT 1 FROM "WordStatus" ws WHERE ws."lexemeId" = l."id" AND ws."userMeaning" = l."gloss");
