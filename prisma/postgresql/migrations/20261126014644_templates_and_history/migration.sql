-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isShared" BOOLEAN NOT NULL DEFAULT false,
    "topic" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "causes" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "defaultNote" TEXT,
    "followUpDays" INTEGER,
    "sectionVersions" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoutLog" (
    "id" TEXT NOT NULL,
    "clinicId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "templateId" TEXT,
    "topic" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "causes" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "pageCount" INTEGER NOT NULL,
    "renderMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandoutLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Template_clinicId_isShared_idx" ON "Template"("clinicId", "isShared");

-- CreateIndex
CREATE INDEX "Template_ownerId_idx" ON "Template"("ownerId");

-- CreateIndex
CREATE INDEX "HandoutLog_clinicId_createdAt_idx" ON "HandoutLog"("clinicId", "createdAt");

-- CreateIndex
CREATE INDEX "HandoutLog_userId_createdAt_idx" ON "HandoutLog"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoutLog" ADD CONSTRAINT "HandoutLog_clinicId_fkey" FOREIGN KEY ("clinicId") REFERENCES "Clinic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoutLog" ADD CONSTRAINT "HandoutLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoutLog" ADD CONSTRAINT "HandoutLog_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template"("id") ON DELETE SET NULL ON UPDATE CASCADE;
