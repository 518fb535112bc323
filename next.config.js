// @ts-check

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Browsers only honour HSTS over HTTPS, so it is harmless on a local http://localhost.
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]

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
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default nextConfig
