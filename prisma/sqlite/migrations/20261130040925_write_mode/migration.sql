-- AlterTable: a plain ADD COLUMN (SQLite allows a NOT NULL column with a constant default), instead of copying the table.
ALTER TABLE "Attempt" ADD COLUMN "answerMode" TEXT NOT NULL DEFAULT 'choice';
