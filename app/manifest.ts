import { webManifest } from '@/lib/offline/web-manifest';

// Written once at export time to out/manifest.webmanifest; Next links it from every page.
export const dynamic = 'force-static';

export default webManifest;
