import { z } from 'zod';
import { isRealDate } from '@/lib/iso-date';
import { formatPath } from './schema-path';

export { formatPath };

/** Tokens a description may use, filled in from the data so no number is typed twice. */
export const textTokens = ['satisfaction', 'threshold'] as const;

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lowercase letters and digits joined by single hyphens)');

const text = z.string().trim().min(1, 'must not be empty');

const describedText = text.refine(
  (s) => [...s.matchAll(/\{([^}]*)\}/g)].every((m) => (textTokens as readonly string[]).includes(m[1])),
  { message: `uses an unknown {token}; known tokens: ${textTokens.map((t) => `{${t}}`).join(', ')}` },
);

const count = z.int().min(1, 'must be at least 1');

const range = z
  .object({ min: count, max: count })
  .refine((r) => r.min <= r.max, { message: 'min must not be greater than max', path: ['min'] });

const decisionDate = z
  .string({ error: 'a decision needs a date (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a date that exists');

/**
 * A question Leadership still has to settle, or has settled. Written as plain text while open; once
 * decided, as { question, decision: { text, date } }, so the handbook keeps what was agreed and when.
 */
/**
 * A page a question points readers to. Only addresses on this site (starting with one "/"), so a
 * data-file edit cannot put a script URL or another site's link into the proposal's lists.
 */
export const questionLinkSchema = z.object({
  text,
  href: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/, 'must be an address on this site, starting with "/" (for example /docs/sop)'),
});

export const openQuestionSchema = z
  .union([
    text,
    z.object({
      question: text,
      /** Pages that help answer it (a draft, a template), listed after the question. */
      links: z.array(questionLinkSchema).min(1, 'leave links out rather than empty').optional(),
      decision: z.object({ text, date: decisionDate }).optional(),
    }),
  ])
  .transform((q) => (typeof q === 'string' ? { question: q } : q));

export const indicatorSchema = z.object({
  id: kebabId,
  title: text,
  description: describedText,
});

export const groupSchema = z.object({
  id: kebabId,
  title: text,
  summary: text.optional(),
  indicators: z.array(indicatorSchema).min(1, 'a group needs at least one indicator'),
});

export const readinessSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.int().min(1),
    status: z.object({
      state: z.enum(['proposal', 'adopted']),
      reviewers: z.array(text).default([]),
      openQuestions: z.array(openQuestionSchema).default([]),
    }),
    threshold: z
      .number()
      .gt(0, 'threshold must be a fraction above 0 (0.8 means 80%)')
      .lte(1, 'threshold must be a fraction no greater than 1 (0.8 means 80%)'),
    transition: z.object({
      assessedCalls: range,
      /** When an indicator counts as shown consistently across the assessed calls (a draft rule). */
      consistency: z.object({
        minObservedCalls: count,
        minMetShare: z
          .number()
          .gt(0, 'minMetShare must be a fraction above 0 (0.75 means 75%)')
          .lte(1, 'minMetShare must be a fraction no greater than 1 (0.75 means 75%)'),
      }),
      observedIndependentCalls: z.object({ min: count }),
      customerSatisfaction: z
        .object({ above: z.number().min(0), scale: z.number().positive() })
        .refine((s) => s.above < s.scale, { message: 'above must be less than scale', path: ['above'] }),
      associateMustRequest: z.boolean(),
    }),
    safety: z.object({ reviewedRecordings: range }),
    groups: z.array(groupSchema).min(1, 'at least one group is needed'),
  })
  .superRefine((data, ctx) => {
    // Ids are anchors and storage keys, so they must be unique across the whole file, groups included.
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      const where = formatPath(path);
      const first = seen.get(id);
      if (first) {
        ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}" (already used at ${first})` });
      } else {
        seen.set(id, where);
      }
    };
    data.groups.forEach((group, g) => {
      claim(group.id, ['groups', g, 'id']);
      group.indicators.forEach((indicator, i) => {
        claim(indicator.id, ['groups', g, 'indicators', i, 'id']);
      });
    });
  });

export type ReadinessData = z.output<typeof readinessSchema>;
export type Group = ReadinessData['groups'][number];
export type Indicator = Group['indicators'][number];

export class ReadinessDataError extends Error {
  readonly problems: string[];
  constructor(problems: string[], source: string) {
    super(`${source} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ReadinessDataError';
    this.problems = problems;
  }
}

/** Validates readiness data, throwing one error that names every problem by its path in the file. */
export function parseReadiness(input: unknown, source = 'content/data/readiness.json'): ReadinessData {
  const result = readinessSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = flattenIssues(result.error.issues).map(
    (issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`,
  );
  throw new ReadinessDataError(problems, source);
}

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/**
 * zod reports a value that fits neither form of a union (an open question written as text or as an
 * object) as one vague "Invalid input". Report instead the problems of the form the value was written
 * in: the branch that got past the type check.
 */
function flattenIssues(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors) return [issue];
    const fits = issue.errors.find((branch) => !branch.some((b) => b.code === 'invalid_type' && b.path.length === 0));
    if (!fits) return [issue];
    return flattenIssues(fits.map((b) => ({ ...b, path: [...issue.path, ...b.path] })));
  });
}
