// @ts-check
import { MAX_ACTION_BODY_BYTES } from './lib/http/body-limits.mjs'
import { securityHeaders } from './lib/http/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // One pdfkit for react-pdf and for lib/pdf's hooks into it (page numbers, embedded fonts): a bundled copy would be a second class.
  serverExternalPackages: ['pdfkit'],
  // Guide sections are read from disk at run time; ship them with the server output.
  outputFileTracingIncludes: { '/**': ['./templates/**/*'] },
  // Room for a 1 MB clinic logo plus the form around it; the action checks the real limit. The
  // production server refuses a longer body with 413 before Next reads it (lib/http/production-server.ts).
  // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions#bodysizelimit
  experimental: { serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production') }]
  },
}

export default nextConfig
