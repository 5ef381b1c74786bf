import Link from 'next/link';
import { site } from '@/lib/site';

const readers = [
  {
    who: 'Leads',
    need: 'See what you own, what you can hand over, and when you can let your Associate run a customer call without you.',
    links: [
      { href: '/docs/sop/independent-leader#when-a-lead-may-skip-a-call', text: 'When a Lead may skip a call' },
      { href: '/docs/sop/roles/lead', text: 'Lead role' },
      { href: '/docs/sop/process/customer-delivery', text: 'Step 6: Customer delivery' },
      { href: '/docs/sop/playbooks/daily-status-lead', text: "Daily status: the Lead's guide" },
      { href: '/docs/sop/management/ooo-coverage', text: 'Out-of-office cover' },
    ],
  },
  {
    who: 'Associates',
    need: 'See how you grow over your first year, what is expected every week, and check your readiness to lead calls on your own.',
    links: [
      { href: '/docs/sop/independent-leader#the-readiness-indicators', text: 'Readiness self-check' },
      { href: '/docs/sop/growth-framework', text: 'Growth framework' },
      { href: '/docs/sop/roles/associate', text: 'Associate role' },
      { href: '/docs/sop/playbooks/daily-status-associate', text: "Daily status: the Associate's guide" },
    ],
  },
  {
    who: 'Leadership',
    need: 'Review the proposed Phase 4 (Independent Leader) and the model it extends: principles, process, growth path.',
    links: [
      { href: '/docs/sop/independent-leader', text: 'Phase 4 proposal: Lead-Optional Call Readiness' },
      { href: '/docs/sop', text: 'The Lead & Associate model' },
      { href: '/docs/sop/process', text: 'Process overview' },
      { href: '/docs/sop/resources/open-questions', text: 'Open questions in the SOP' },
      { href: '/docs/sop/management', text: 'Management' },
    ],
  },
] as const;

export default function HomePage() {
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-12 md:py-20">
      <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{site.name} handbook</h1>
      <p className="mt-4 max-w-2xl text-lg text-fd-muted-foreground">
        How a senior designer (the Lead) and a junior designer (the Associate) share each customer: the process, the
        growth path, and who owns what.
      </p>
      <p className="mt-6">
        <Link
          href="/docs"
          className="inline-flex items-center rounded-lg bg-fd-primary px-4 py-2 font-medium text-fd-primary-foreground"
        >
          Open the handbook
        </Link>
      </p>
      <h2 className="mt-14 text-xl font-semibold">Where to start</h2>
      <ul className="mt-4 grid gap-4 md:grid-cols-3">
        {readers.map((r) => (
          <li key={r.who} className="rounded-xl border bg-fd-card p-5">
            <h3 className="font-semibold">{r.who}</h3>
            <p className="mt-2 text-sm text-fd-muted-foreground">{r.need}</p>
            <ul className="mt-4 space-y-1 text-sm">
              {r.links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="font-medium underline underline-offset-4">
                    {l.text}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}
