/** What the assessment's wrapper holds until the tool starts, and all it holds with JavaScript off. */
export function AssessmentPlaceholder() {
  return (
    <>
      <noscript>
        <p className="rounded-lg border p-3 text-sm">
          The assessment tool runs in your browser and needs JavaScript, which is turned off. The guide below and its
          rule still apply: you can assess on paper with the blank assessment sheet.
        </p>
        {/* Without JavaScript the loading line below would never change, so it is hidden. */}
        <style>{'[data-assessment-loading]{display:none}'}</style>
      </noscript>
      <AssessmentLoading />
    </>
  );
}

export function AssessmentLoading() {
  return (
    <p className="text-sm text-fd-muted-foreground" data-assessment-loading="">
      Loading the assessment tool…
    </p>
  );
}
