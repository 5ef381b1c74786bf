import { createMDX } from 'fumadocs-mdx/next';

const withMDX = createMDX();

/** @type {import('next').NextConfig} */
const config = {
  output: 'export',
  reactStrictMode: true,
  // A static host has no image optimiser; every image ships as-is.
  images: { unoptimized: true },
  // Pin Turbopack's root so a stray lockfile in a parent folder is never mistaken for the workspace.
  turbopack: { root: import.meta.dirname },
  // npm test type-checks the whole project first (npm run typecheck: tsc --noEmit, tests and scripts
  // included), so next build does not check it a second time: that was 7 of its 31 s on 2 cores.
  typescript: { ignoreBuildErrors: true },
};

export default withMDX(config);
