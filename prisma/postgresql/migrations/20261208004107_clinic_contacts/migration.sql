-- CreateTable
CREATE TABLE "ClinicContact" (
    "id" SERIAL NOT NULL,
    "clinicId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClinicContact_clinicId_name_phone_key" ON "ClinicContact"("clinicId", "name", "phone");

-- AddForeignKey
ALTER TABLE "ClinicContact" ADD CONSTRAINT "ClinicContact_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
