import { AssessmentApp } from '@/components/assessment/app';
import type { AssessmentProps } from '@/components/assessment/types';
import { ASSESSMENT_ISLAND } from '@/lib/shell/islands.mjs';
import { mountIsland } from './mount';

mountIsland<AssessmentProps>(ASSESSMENT_ISLAND, (props) => <AssessmentApp {...props} />, false);
