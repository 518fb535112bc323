-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Clinic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "emailDomain" TEXT,
    "logo" BLOB,
    "logoMimeType" TEXT,
    "paper" TEXT NOT NULL DEFAULT 'letter',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Clinic" ("address", "createdAt", "emailDomain", "id", "logo", "logoMimeType", "name", "phone", "updatedAt") SELECT "address", "createdAt", "emailDomain", "id", "logo", "logoMimeType", "name", "phone", "updatedAt" FROM "Clinic";
DROP TABLE "Clinic";
ALTER TABLE "new_Clinic" RENAME TO "Clinic";
CREATE UNIQUE INDEX "Clinic_emailDomain_key" ON "Clinic"("emailDomain");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
