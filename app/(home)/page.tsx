import { readers } from '@/lib/home-readers';
import { readiness } from '@/lib/readiness/data';
import { site } from '@/lib/site';

const isProposal = readiness.status.state === 'proposal';

export default function HomePage() {
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-12 md:py-20">
      <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{site.name} handbook</h1>
      <p className="mt-4 max-w-2xl text-lg text-fd-muted-foreground">
        How a senior designer (the Lead) and a junior designer (the Associate) share each customer: the process, the
        growth path, and who owns what.
      </p>
      <p className="mt-6">
        <a
          href="/docs"
          className="inline-flex items-center rounded-lg bg-fd-primary px-4 py-2 font-medium text-fd-primary-foreground"
        >
          Open the handbook
        </a>
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
                  <a href={l.href} className="font-medium underline underline-offset-4">
                    {l.text}
                  </a>
                  {isProposal && 'proposed' in l ? <span className="proposed-tag"> Proposed: Phase 4</span> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}
