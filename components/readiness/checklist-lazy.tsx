'use client';
import dynamic from 'next/dynamic';

/**
 * Every docs page shares one route, so a plain import would ship the checklist (and zod/mini) to all
 * of them. Loaded this way it is still server-rendered, but its code loads only where it renders.
 */
export const ReadinessChecklistLazy = dynamic(() => import('./checklist').then((m) => m.ReadinessChecklistView));
