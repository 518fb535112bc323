// @ts-check
import { securityHeaders } from './lib/http/security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // One pdfkit for react-pdf and for lib/pdf's hooks into it (page numbers, embedded fonts): a bundled copy would be a second class.
  serverExternalPackages: ['pdfkit'],
  // Guide sections are read from disk at run time; ship them with the server output.
  outputFileTracingIncludes: { '/**': ['./templates/**/*'] },
  // Room for a 1 MB clinic logo plus the form around it; the action checks the real limit.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production') }]
  },
}

export default nextConfig
