/** A chart's or list's title with the download of its table beside it. */
export function CsvHeading({ id, title, csvHref }: { id: string; title: string; csvHref: string }) {
  return (
    <>
      <h2 id={id} className="font-serif text-xl font-bold">
        {title}
      </h2>
      <a href={csvHref} download className="text-sm font-semibold underline">
        Download CSV<span className="sr-only"> of {title.toLowerCase()}</span>
      </a>
    </>
  );
}
