-- DropIndex
DROP INDEX "GamePlayer_gameId_nickname_key";

-- AlterTable
ALTER TABLE "Game" ADD COLUMN     "postedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "GameAnswer" ADD COLUMN     "accuracyPoints" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "bonus" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "GamePlayer" ADD COLUMN     "accuracyScore" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "currentIndex" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nicknameKey" TEXT,
ADD COLUMN     "servedAt" TIMESTAMP(3);

-- Edited by hand: existing players get their folded nickname as the new key, then the key is required.
UPDATE "GamePlayer" SET "nicknameKey" = lower("nickname");
ALTER TABLE "GamePlayer" ALTER COLUMN "nicknameKey" SET NOT NULL;

-- CreateIndex
CREATE INDEX "GamePlayer_playerId_idx" ON "GamePlayer"("playerId");

-- CreateIndex
CREATE UNIQUE INDEX "GamePlayer_gameId_nicknameKey_key" ON "GamePlayer"("gameId", "nicknameKey");

-- AddForeignKey
ALTER TABLE "GamePlayer" ADD CONSTRAINT "GamePlayer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "Player"("id") ON DELETE SET NULL ON UPDATE CASCADE;
