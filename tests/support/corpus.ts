import type { THandoutRequestInput } from '../../lib/handout/request'

const CLINIC = { clinicName: 'Demo Family Clinic', clinicPhone: '555-0100', clinicianName: 'Dr. Dana Demo' }

/** The standard corpus: each group with three typical causes, and one large-print handout. */
export const CORPUS: { name: string; request: THandoutRequestInput }[] = [
  { name: 'senior', request: { group: 'senior', causes: ['dehydration', 'medications', 'poor-circulation'], personal: CLINIC } },
  { name: 'athlete', request: { group: 'athlete', causes: ['dehydration', 'electrolyte-imbalance', 'muscle-fatigue'], personal: CLINIC } },
  { name: 'pregnant', request: { group: 'pregnant', causes: ['pregnancy', 'dehydration', 'long-standing'], personal: CLINIC } },
  { name: 'office-worker', request: { group: 'office-worker', causes: ['prolonged-sitting', 'poor-circulation', 'dehydration'], personal: CLINIC } },
  { name: 'diabetic', request: { group: 'diabetic', causes: ['medical-conditions', 'nerve-compression', 'poor-circulation'], personal: CLINIC } },
  { name: 'senior large print', request: { group: 'senior', causes: ['dehydration', 'medications', 'poor-circulation'], options: { largePrint: true }, personal: CLINIC } },
]
