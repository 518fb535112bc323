// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Guide sections are read from disk at run time; ship them with the server output.
  outputFileTracingIncludes: { '/**': ['./templates/**/*'] },
}

export default nextConfig
