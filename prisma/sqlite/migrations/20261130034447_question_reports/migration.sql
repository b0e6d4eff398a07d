-- CreateTable
CREATE TABLE "QuestionReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "reporterKey" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT,
    "count" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME
);

-- CreateTable
CREATE TABLE "QuestionRetirement" (
    "questionId" TEXT NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "reportIds" TEXT NOT NULL,
    "retiredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "QuestionReport_status_questionId_idx" ON "QuestionReport"("status", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionReport_questionId_reporterKey_key" ON "QuestionReport"("questionId", "reporterKey");
