-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "paper" TEXT NOT NULL DEFAULT 'letter';
