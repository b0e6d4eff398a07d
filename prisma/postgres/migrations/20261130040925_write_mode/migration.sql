-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "answerMode" TEXT NOT NULL DEFAULT 'choice';
