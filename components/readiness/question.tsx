import { linkSentence, type Question } from '@/lib/readiness/questions';

/** An open question as a reader sees it: its text, then the pages it points to, if any. */
export function QuestionText({ question }: { question: Question }) {
  return (
    <>
      {question.question}
      {question.links ? (
        <>
          {' '}
          {linkSentence(question.links).map((part, i) =>
            'link' in part ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence
              <a key={i} href={part.link.href}>
                {part.link.text}
              </a>
            ) : (
              part.text
            ),
          )}
        </>
      ) : null}
    </>
  );
}
