// npm run bench:fairness: only the per-clinic fairness figure of `npm run bench` (clinic-fairness.ts),
// on a freshly built production server. Prints it; writes nothing.
import { measureClinicFairness, printClinicFairness } from './clinic-fairness'
import { buildProductionServer, onProductionServer } from './http-load'

buildProductionServer()
const { readyMs, serverPeakRssMb, ...fairness } = await onProductionServer({}, (server) => measureClinicFairness(server))
printClinicFairness(fairness)
console.log(`server ready in ${readyMs} ms; peak RSS ${serverPeakRssMb} MB`)
