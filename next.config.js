// @ts-check
import { MAX_ACTION_BODY_BYTES, MAX_PROXY_BODY_BYTES } from './lib/http/body-limits.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Piscina starts its worker threads from a file beside its own code: it must load from node_modules, not a bundle.
  serverExternalPackages: ['piscina'],
  // Guide sections are read from disk at run time; ship them with the server output.
  outputFileTracingIncludes: { '/**': ['./templates/**/*'] },
  experimental: {
    // Room for a 1 MB clinic logo plus the form around it; the action checks the real limit, and
    // the proxy refuses a longer body with 413 before Next runs the action (proxy.ts).
    // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/serverActions#bodysizelimit
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
    // What Next copies of a page POST's body for the proxy and drops past (lib/http/body-limits.mjs).
    // @see https://nextjs.org/docs/app/api-reference/config/next-config-js/proxyClientMaxBodySize
    proxyClientMaxBodySize: MAX_PROXY_BODY_BYTES,
  },
}

export default nextConfig
