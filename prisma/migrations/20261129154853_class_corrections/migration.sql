-- CreateTable
CREATE TABLE "ClassGlossCorrection" (
    "classId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "lexemeId" TEXT NOT NULL,
    "gloss" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClassGlossCorrection_pkey" PRIMARY KEY ("classId","textId","lexemeId")
);

-- CreateTable
CREATE TABLE "ClassTranslationCorrection" (
    "classId" TEXT NOT NULL,
    "sentenceId" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "translation" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClassTranslationCorrection_pkey" PRIMARY KEY ("classId","sentenceId")
);

-- CreateIndex
CREATE INDEX "ClassGlossCorrection_textId_idx" ON "ClassGlossCorrection"("textId");

-- CreateIndex
CREATE INDEX "ClassTranslationCorrection_textId_idx" ON "ClassTranslationCorrection"("textId");

-- AddForeignKey
ALTER TABLE "ClassGlossCorrection" ADD CONSTRAINT "ClassGlossCorrection_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassGlossCorrection" ADD CONSTRAINT "ClassGlossCorrection_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassGlossCorrection" ADD CONSTRAINT "ClassGlossCorrection_lexemeId_fkey" FOREIGN KEY ("lexemeId") REFERENCES "Lexeme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTranslationCorrection" ADD CONSTRAINT "ClassTranslationCorrection_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTranslationCorrection" ADD CONSTRAINT "ClassTranslationCorrection_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassTranslationCorrection" ADD CONSTRAINT "ClassTranslationCorrection_textId_fkey" FOREIGN KEY ("textId") REFERENCES "Text"("id") ON DELETE CASCADE ON UPDATE CASCADE;

