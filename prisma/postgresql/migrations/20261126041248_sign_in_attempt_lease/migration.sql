-- AlterTable
ALTER TABLE "SignInThrottle" ADD COLUMN     "attemptUntil" TIMESTAMP(3);
