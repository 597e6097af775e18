-- AlterTable
ALTER TABLE "Text" ADD COLUMN     "pageCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "page" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "request" JSONB;

-- CreateTable
CREATE TABLE "ReaderPage" (
    "textId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "lexemeIds" TEXT[],

    CONSTRAINT "ReaderPage_pkey" PRIMARY KEY ("textId","page")
);

-- CreateIndex
CREATE INDEX "Sentence_textId_page_idx" ON "Sentence"("textId", "page");

-- CreateIndex
CREATE INDEX "ImportJob_status_createdAt_idx" ON "ImportJob"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ReaderPage" ADD CONSTRAINT "ReaderPage_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Texts imported before reader pages were bounded by tokens: page by running
-- token count (about 1,000 tokens a page, as lib/core/reading/paginate.ts).
WITH running AS (
  SELECT "id", "textId",
         SUM(jsonb_array_length("tokens")) OVER (PARTITION BY "textId" ORDER BY "index") - jsonb_array_length("tokens") AS before
  FROM "Sentence"
), paged AS (
  SELECT "id", "textId", DENSE_RANK() OVER (PARTITION BY "textId" ORDER BY floor(before / 1000)) AS page FROM running
)
UPDATE "Sentence" s SET "page" = p.page FROM paged p WHERE s."id" = p."id";
UPDATE "Text" t SET "pageCount" = GREATEST(1, (SELECT MAX(s."page") FROM "Sentence" s WHERE s."textId" = t."id"));
