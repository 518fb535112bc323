import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['.next/**', 'node_modules/**', 'generated/**', 'dist/**', 'tmp/**', 'next-env.d.ts', 'data/**', 'bench/**/*.json'] },
]

export default config
