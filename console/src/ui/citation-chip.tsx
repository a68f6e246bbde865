/** An article the AI cited: a link when it has a safe address, plain text otherwise. */
export function CitationChip({ title, href, testId }: { title: string; href: string | null; testId: string }) {
  return href ? (
    <a class="citation" href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {title}
    </a>
  ) : (
    <span class="citation" data-testid={testId}>
      {title}
    </span>
  );
}
