// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Guide sections are read from disk at run time; ship them with the server output.
  outputFileTracingIncludes: { '/**': ['./templates/**/*'] },
  // Room for a 1 MB clinic logo plus the form around it; the action checks the real limit.
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
}

export default nextConfig
