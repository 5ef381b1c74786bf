import { type ReadinessChecklistProps, ReadinessChecklistView } from '@/components/readiness/checklist';
import { READINESS_ISLAND } from '@/lib/shell/islands.mjs';
import { mountIsland } from './mount';

mountIsland<ReadinessChecklistProps>(READINESS_ISLAND, (props) => <ReadinessChecklistView {...props} />, true);
