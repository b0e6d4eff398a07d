-- CreateTable
CREATE TABLE "QuestionReport" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "reporterKey" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT,
    "count" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "QuestionReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionRetirement" (
    "questionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reportIds" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionRetirement_pkey" PRIMARY KEY ("questionId")
);

-- CreateIndex
CREATE INDEX "QuestionReport_status_questionId_idx" ON "QuestionReport"("status", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionReport_questionId_reporterKey_key" ON "QuestionReport"("questionId", "reporterKey");
