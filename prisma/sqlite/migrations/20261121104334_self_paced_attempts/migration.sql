-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "playerId" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "groupId" TEXT,
    "scoring" TEXT NOT NULL DEFAULT 'speed',
    "questionIds" TEXT NOT NULL,
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "servedAt" DATETIME,
    "timerSeconds" INTEGER,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "score" INTEGER NOT NULL DEFAULT 0,
    "accuracyScore" INTEGER NOT NULL DEFAULT 0,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "totalTimeMs" INTEGER NOT NULL DEFAULT 0,
    "postedAt" DATETIME,
    CONSTRAINT "Attempt_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("correctCount", "finishedAt", "groupId", "id", "playerId", "postedAt", "questionIds", "score", "scoring", "setId", "startedAt", "streak") SELECT "correctCount", "finishedAt", "groupId", "id", "playerId", "postedAt", "questionIds", "score", "scoring", "setId", "startedAt", "streak" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_playerId_startedAt_idx" ON "Attempt"("playerId", "startedAt");
CREATE INDEX "Attempt_setId_finishedAt_idx" ON "Attempt"("setId", "finishedAt");
CREATE TABLE "new_AttemptAnswer" (
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "bonus" INTEGER NOT NULL DEFAULT 0,
    "accuracyPoints" INTEGER NOT NULL DEFAULT 0,
    "timeMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("attemptId", "questionId"),
    CONSTRAINT "AttemptAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AttemptAnswer" ("answer", "attemptId", "correct", "createdAt", "points", "position", "questionId", "timeMs") SELECT "answer", "attemptId", "correct", "createdAt", "points", "position", "questionId", "timeMs" FROM "AttemptAnswer";
DROP TABLE "AttemptAnswer";
ALTER TABLE "new_AttemptAnswer" RENAME TO "AttemptAnswer";
CREATE INDEX "AttemptAnswer_questionId_idx" ON "AttemptAnswer"("questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
