import { readiness } from '@/lib/readiness/data';
import { displayGroups, readinessFacts } from '@/lib/readiness/facts';

const box = <span className="bs-box" aria-hidden="true" />;

/**
 * The per-call assessment sheet for paper: plain server HTML, no client code. Every indicator comes
 * from the data file, with three boxes and room for a note; the rule and the criteria close it.
 */
export function BlankAssessmentSheet() {
  const facts = readinessFacts(readiness);
  return (
    <div className="not-prose blank-sheet mt-6 flex flex-col gap-4 text-sm">
      <table className="bs-header w-full">
        <caption className="sr-only">About the call</caption>
        <tbody>
          <tr>
            <th scope="row">Associate</th>
            <td className="bs-line" />
            <th scope="row">Date</th>
            <td className="bs-line" />
          </tr>
          <tr>
            <th scope="row">Call</th>
            <td className="bs-line" />
            <th scope="row">Lead on the call</th>
            <td>
              {box} yes &nbsp; {box} no
            </td>
          </tr>
          <tr>
            <th scope="row">If not: observed</th>
            <td>
              {box} live &nbsp; {box} by recording &nbsp; {box} not at all
            </td>
            <th scope="row">Strong performance</th>
            <td>
              {box} yes &nbsp; {box} no
            </td>
          </tr>
        </tbody>
      </table>
      {displayGroups(readiness).map((group) => (
        <table key={group.id} className="bs-group w-full">
          <caption className="text-start font-semibold">{group.title}</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Met</th>
              <th scope="col">Not met</th>
              <th scope="col">Not observed</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {group.indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <span className="block font-medium">{i.title}</span>
                  <span className="bs-desc block font-normal">{i.description}</span>
                </th>
                <td>{box}</td>
                <td>{box}</td>
                <td>{box}</td>
                <td className="bs-note" />
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <section className="bs-rule" aria-labelledby="bs-rule-h">
        <h2 id="bs-rule-h" className="font-semibold">
          The rule, for after the call
        </h2>
        <p>
          An indicator is <strong>shown consistently</strong> when it was observed on at least {facts.consistencyCalls}{' '}
          of the last {facts.maxAssessedCalls} assessed calls and met on at least {facts.consistencyShare} of them.
          Phase 4 needs all four criteria:
        </p>
        <ol className="list-decimal ps-5">
          <li>
            at least {facts.threshold} of the indicators ({facts.requiredCount} of {facts.indicatorCount}) shown
            consistently, over at least {facts.minAssessedCalls} assessed calls;
          </li>
          <li>at least {facts.observedCalls} calls without the Lead, watched live or by recording, judged strong;</li>
          <li>a satisfaction score from Customer Success above {facts.satisfaction};</li>
          <li>the Associate has asked for it.</li>
        </ol>
      </section>
    </div>
  );
}
