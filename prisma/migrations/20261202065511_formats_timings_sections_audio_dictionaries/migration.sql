-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dictionaries" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "dictionaryUrl" TEXT;

-- AlterTable
ALTER TABLE "Text" ADD COLUMN     "author" TEXT;

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "endMs" INTEGER,
ADD COLUMN     "startMs" INTEGER;

-- CreateTable
CREATE TABLE "TextSection" (
    "textId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "page" INTEGER NOT NULL,

    CONSTRAINT "TextSection_pkey" PRIMARY KEY ("textId","index")
);

-- CreateTable
CREATE TABLE "TextAudio" (
    "textId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TextAudio_pkey" PRIMARY KEY ("textId")
);

-- AddForeignKey
ALTER TABLE "TextSection" ADD CONSTRAINT "TextSection_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TextAudio" ADD CONSTRAINT "TextAudio_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

