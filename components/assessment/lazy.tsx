'use client';
import dynamic from 'next/dynamic';
import { AssessmentLoading } from './placeholder';

/**
 * In `next dev` only: the built site starts the tool from its own bundle (components/islands/).
 * It reads browser storage and the URL fragment, so it renders in the browser only.
 */
export const AssessmentLazy = dynamic(() => import('./app').then((m) => m.AssessmentApp), {
  ssr: false,
  loading: AssessmentLoading,
});
