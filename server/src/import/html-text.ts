/** Named entities that job texts use; anything else named is left as written. */
const named: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…',
  bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', euro: '€', bull: '•', middot: '·',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', copy: '©', reg: '®',
};

/** Replaces character references (`&amp;`, `&#228;`, `&#xE4;`); an unknown or invalid one stays as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return named[ref] ?? whole;
  });
}

const blockTags = 'p|div|section|article|header|footer|h[1-6]|ul|ol|table|tr|blockquote|pre|dl';

/**
 * HTML from a job feed as the contract's plain text: paragraphs (blocks, headings, lists) separated by a blank
 * line, `<br>` a line break, list items as `• ` lines, scripts and styles dropped, entities decoded, runs of
 * spaces folded. Text without tags passes through with only its whitespace tidied.
 */
export function htmlToText(html: string): string {
  if (!/<\/?[A-Za-z][^>]*>/.test(html)) return tidyLines(decodeEntities(html.replace(/\r\n?/g, '\n')));
  const text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/[ \t\n]+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/li\s*>/gi, '\n')
    .replace(new RegExp(`</?(?:${blockTags})\\b[^>]*>`, 'gi'), '\n\n')
    .replace(/<\/?(?:td|th|dt|dd)\b[^>]*>/gi, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/<\/?>/g, '');
  return tidyLines(decodeEntities(text))
    // A list is one paragraph: no blank lines between its items.
    .replace(/(^• .*)\n\n(?=• )/gm, '$1\n');
}

/** Spaces folded and trimmed per line, at most one blank line between paragraphs. */
function tidyLines(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
