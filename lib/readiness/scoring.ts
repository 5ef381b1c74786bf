import { meets, requiredCount, toFraction } from './rational';

/** The least the scoring needs, so the browser can score without the full schema. */
export interface ScoringInput {
  threshold: number;
  groups: readonly { id: string; title: string; indicators: readonly { id: string }[] }[];
}

export interface GroupScore {
  id: string;
  title: string;
  met: number;
  total: number;
  /** How many of this group's indicators the threshold asks for. */
  required: number;
  /** How many more this group needs to reach the threshold on its own; 0 when it does. */
  shortfall: number;
}

export interface Score {
  met: number;
  total: number;
  required: number;
  /** How many more indicators are needed; 0 when ready. */
  remaining: number;
  /** Whole percent, rounded down, so a score just short of the threshold never reads as reaching it. */
  percent: number;
  ready: boolean;
  groups: GroupScore[];
  /** Groups below the threshold, furthest below first (at most `focusLimit`). */
  focusAreas: GroupScore[];
}

export function score(data: ScoringInput, metIds: Iterable<string>, focusLimit = 2): Score {
  const fraction = toFraction(data.threshold);
  const ticked = new Set(metIds);
  const groups = data.groups.map((group): GroupScore => {
    const total = group.indicators.length;
    const met = group.indicators.filter((i) => ticked.has(i.id)).length;
    const required = requiredCount(total, fraction);
    return { id: group.id, title: group.title, met, total, required, shortfall: Math.max(0, required - met) };
  });
  const met = groups.reduce((n, g) => n + g.met, 0);
  const total = groups.reduce((n, g) => n + g.total, 0);
  const required = requiredCount(total, fraction);
  const ready = total > 0 && meets(met, total, fraction);

  const focusAreas = groups
    .filter((g) => g.shortfall > 0)
    // Lowest share met first (compared exactly by cross-multiplying), then the larger shortfall.
    .sort((a, b) => a.met * b.total - b.met * a.total || b.shortfall - a.shortfall)
    .slice(0, focusLimit);

  return {
    met,
    total,
    required,
    remaining: Math.max(0, required - met),
    percent: total === 0 ? 0 : Math.floor((met * 100) / total),
    ready,
    groups,
    focusAreas,
  };
}
