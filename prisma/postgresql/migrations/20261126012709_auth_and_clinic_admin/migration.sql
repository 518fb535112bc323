-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "emailDomain" TEXT,
ADD COLUMN     "logo" BYTEA,
ADD COLUMN     "logoMimeType" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMP(3),
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "passwordHash" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Clinic_emailDomain_key" ON "Clinic"("emailDomain");
