-- AlterTable
ALTER TABLE "Game" ADD COLUMN "postedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GameAnswer" (
    "gamePlayerId" TEXT NOT NULL,
    "questionIndex" INTEGER NOT NULL,
    "gameId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "bonus" INTEGER NOT NULL DEFAULT 0,
    "accuracyPoints" INTEGER NOT NULL DEFAULT 0,
    "timeMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("gamePlayerId", "questionIndex"),
    CONSTRAINT "GameAnswer_gamePlayerId_fkey" FOREIGN KEY ("gamePlayerId") REFERENCES "GamePlayer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GameAnswer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_GameAnswer" ("answer", "correct", "createdAt", "gameId", "gamePlayerId", "points", "questionId", "questionIndex", "timeMs") SELECT "answer", "correct", "createdAt", "gameId", "gamePlayerId", "points", "questionId", "questionIndex", "timeMs" FROM "GameAnswer";
DROP TABLE "GameAnswer";
ALTER TABLE "new_GameAnswer" RENAME TO "GameAnswer";
CREATE INDEX "GameAnswer_gameId_questionIndex_idx" ON "GameAnswer"("gameId", "questionIndex");
CREATE TABLE "new_GamePlayer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "playerId" TEXT,
    "nickname" TEXT NOT NULL,
    "nicknameKey" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "score" INTEGER NOT NULL DEFAULT 0,
    "accuracyScore" INTEGER NOT NULL DEFAULT 0,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "kicked" BOOLEAN NOT NULL DEFAULT false,
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "servedAt" DATETIME,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "GamePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GamePlayer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Edited by hand: existing players get their folded nickname as the new key.
INSERT INTO "new_GamePlayer" ("correctCount", "finishedAt", "gameId", "id", "joinedAt", "kicked", "nickname", "nicknameKey", "playerId", "score", "secretHash", "streak") SELECT "correctCount", "finishedAt", "gameId", "id", "joinedAt", "kicked", "nickname", lower("nickname"), "playerId", "score", "secretHash", "streak" FROM "GamePlayer";
DROP TABLE "GamePlayer";
ALTER TABLE "new_GamePlayer" RENAME TO "GamePlayer";
CREATE INDEX "GamePlayer_gameId_score_idx" ON "GamePlayer"("gameId", "score");
CREATE INDEX "GamePlayer_playerId_idx" ON "GamePlayer"("playerId");
CREATE UNIQUE INDEX "GamePlayer_gameId_nicknameKey_key" ON "GamePlayer"("gameId", "nicknameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
