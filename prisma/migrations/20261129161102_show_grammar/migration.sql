-- AlterTable
ALTER TABLE "User" ADD COLUMN     "showGrammar" BOOLEAN NOT NULL DEFAULT true;

