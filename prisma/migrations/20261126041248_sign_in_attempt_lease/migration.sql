-- AlterTable
ALTER TABLE "SignInThrottle" ADD COLUMN "attemptUntil" DATETIME;
