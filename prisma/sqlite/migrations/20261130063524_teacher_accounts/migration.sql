-- AlterTable
ALTER TABLE "Player" ADD COLUMN "nicknameKey" TEXT;

-- CreateTable
CREATE TABLE "Teacher" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "username" TEXT,
    "displayUsername" TEXT,
    "recoveryHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TeacherSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    CONSTRAINT "TeacherSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Teacher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeacherAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TeacherAccount_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Teacher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeacherVerification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "GameHostDevice" (
    "keyHash" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GameHostDevice_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GameHandover" (
    "codeHash" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GameHandover_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Game" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pin" TEXT,
    "hostHash" TEXT NOT NULL,
    "ownerId" TEXT,
    "mode" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "groupId" TEXT,
    "settings" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "currentIndex" INTEGER NOT NULL DEFAULT -1,
    "questionStartedAt" DATETIME,
    "questionEndsAt" DATETIME,
    "pausedRemainingMs" INTEGER,
    "deadline" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "postedAt" DATETIME,
    CONSTRAINT "Game_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Game_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Teacher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Game" ("createdAt", "currentIndex", "deadline", "endedAt", "groupId", "hostHash", "id", "locked", "mode", "pausedRemainingMs", "pin", "postedAt", "questionEndsAt", "questionIds", "questionStartedAt", "setId", "settings", "status", "version") SELECT "createdAt", "currentIndex", "deadline", "endedAt", "groupId", "hostHash", "id", "locked", "mode", "pausedRemainingMs", "pin", "postedAt", "questionEndsAt", "questionIds", "questionStartedAt", "setId", "settings", "status", "version" FROM "Game";
DROP TABLE "Game";
ALTER TABLE "new_Game" RENAME TO "Game";
CREATE UNIQUE INDEX "Game_pin_key" ON "Game"("pin");
CREATE INDEX "Game_status_idx" ON "Game"("status");
CREATE INDEX "Game_ownerId_createdAt_idx" ON "Game"("ownerId", "createdAt");
CREATE TABLE "new_Group" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "scoring" TEXT NOT NULL DEFAULT 'speed',
    "ownerHash" TEXT NOT NULL,
    "ownerId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Group_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Teacher" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Group" ("createdAt", "id", "joinCode", "name", "ownerHash", "scoring") SELECT "createdAt", "id", "joinCode", "name", "ownerHash", "scoring" FROM "Group";
DROP TABLE "Group";
ALTER TABLE "new_Group" RENAME TO "Group";
CREATE UNIQUE INDEX "Group_joinCode_key" ON "Group"("joinCode");
CREATE INDEX "Group_ownerId_idx" ON "Group"("ownerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Teacher_email_key" ON "Teacher"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Teacher_username_key" ON "Teacher"("username");

-- CreateIndex
CREATE UNIQUE INDEX "TeacherSession_token_key" ON "TeacherSession"("token");

-- CreateIndex
CREATE INDEX "TeacherSession_userId_idx" ON "TeacherSession"("userId");

-- CreateIndex
CREATE INDEX "TeacherAccount_userId_idx" ON "TeacherAccount"("userId");

-- CreateIndex
CREATE INDEX "TeacherVerification_identifier_idx" ON "TeacherVerification"("identifier");

-- CreateIndex
CREATE INDEX "GameHostDevice_gameId_idx" ON "GameHostDevice"("gameId");

-- CreateIndex
CREATE INDEX "GameHandover_gameId_idx" ON "GameHandover"("gameId");

-- CreateIndex
CREATE UNIQUE INDEX "Player_nicknameKey_key" ON "Player"("nicknameKey");
