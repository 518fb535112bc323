import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'
import { oncePerKey } from '../once-per-key'

export type TClinicContact = { name: string; phone: string }

// Every PDF a clinic makes carries its contact's number, and a clinic's name and phone rarely
// change: remember each pair's number instead of asking the database on every request.
const MAX_KEPT = 1_000
const numbersIn = oncePerKey<PrismaClient, Map<string, Promise<number>>>(() => new Map(), new WeakMap())

async function findOrCreate(db: PrismaClient, clinicId: string, { name, phone }: TClinicContact): Promise<number> {
  const where = { clinicId_name_phone: { clinicId, name, phone } }
  try {
    return (await db.clinicContact.upsert({ where, create: { clinicId, name, phone }, update: {}, select: { id: true } })).id
  } catch (error) {
    // Two first requests at once: the other one created it.
    if ((error as { code?: unknown }).code !== 'P2002') throw error
    return (await db.clinicContact.findUniqueOrThrow({ where, select: { id: true } })).id
  }
}

/**
 * The number of the clinic's name and phone as a handout prints them today: the web version's
 * sealed link carries it, so the page behind the QR code names the clinic as the paper did.
 */
export function clinicContactNumber(db: PrismaClient, clinicId: string, contact: TClinicContact): Promise<number> {
  const numbers = numbersIn(db)
  const key = JSON.stringify([clinicId, contact.name, contact.phone])
  let number = numbers.get(key)
  if (!number) {
    if (numbers.size >= MAX_KEPT) numbers.clear()
    number = findOrCreate(db, clinicId, contact)
    numbers.set(key, number)
    // A failed query is not remembered: the next request asks again.
    number.catch(() => numbers.delete(key))
  }
  return number
}

/**
 * A clinic's name and phone by the number a sealed web link carries. No clinic in the `where`:
 * the public page has no signed-in clinic, and only a link this server sealed names a number.
 */
export async function findClinicContact(db: PrismaClient, number: number): Promise<TClinicContact | undefined> {
  return (await db.clinicContact.findUnique({ where: { id: number }, select: { name: true, phone: true } })) ?? undefined
}
