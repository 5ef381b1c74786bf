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
};

export default withMDX(config);
