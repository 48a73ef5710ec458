/** Keywords (lowercase word stems, matched anywhere in the text) that put an opening into one of our categories. */
export type CategoryTable = readonly { category: string; keywords: readonly string[] }[];

/**
 * The region's categories (`GET /categories`) by occupation words as the BA's `beruf` and employers' titles use
 * them. Order matters: the first row with a hit wins, so narrower fields come before broad ones (a
 * "Pflegehelfer" is health, not an assistant in an office). Extend it with the operator's own rows.
 */
export const defaultCategoryTable: CategoryTable = [
  { category: 'health', keywords: ['pflege', 'kranken', 'arzt', 'ärzt', 'medizin', 'therapeut', 'apothek', 'pharma', 'hebamme', 'zahn', 'rettung', 'altenpfl', 'gesundheit'] },
  { category: 'education', keywords: ['erzieh', 'lehrer', 'lehrkraft', 'pädagog', 'sozialarbeit', 'sozialpäd', 'kita', 'schulbegleit', 'heilerzieh', 'ausbilder', 'dozent'] },
  { category: 'it', keywords: ['informatik', 'software', 'entwickler', 'developer', 'programmier', 'devops', 'administrator', 'it-', ' it ', 'systemintegration', 'anwendungsentwicklung', 'data scien', 'frontend', 'backend'] },
  { category: 'engineering', keywords: ['ingenieur', 'engineer', 'techniker', 'konstrukt', 'elektrotechnik', 'mechatronik', 'maschinenbau', 'verfahrenstechn', 'entwicklungsing'] },
  { category: 'hospitality', keywords: ['koch', 'köch', 'küche', 'gastronom', 'hotel', 'restaurant', 'kellner', 'servicekraft', 'tourismus', 'rezeption', 'barista'] },
  { category: 'logistics', keywords: ['logistik', 'lager', 'berufskraftfahr', 'fahrer', 'kraftfahr', 'spedition', 'kommission', 'staplerfahr', 'zusteller', 'disponent', 'lokführer', 'triebfahrzeug'] },
  { category: 'crafts', keywords: ['elektroniker', 'elektriker', 'anlagenmechaniker', 'sanitär', 'heizung', 'tischler', 'schreiner', 'maurer', 'zimmer', 'dachdecker', 'maler', 'fliesen', 'kfz', 'mechaniker', 'bäcker', 'fleischer', 'friseur', 'handwerk', 'metallbau', 'schweiß', 'installateur', 'klempner', 'gärtner', 'landschaftsbau'] },
  { category: 'manufacturing', keywords: ['produktion', 'fertigung', 'maschinenführer', 'anlagenführer', 'industriemechaniker', 'zerspanung', 'cnc', 'montage', 'monteur', 'schicht', 'werk', 'qualitätsprüf', 'chemikant', 'verfahrensmechaniker', 'helfer'] },
  { category: 'retail', keywords: ['verkäuf', 'verkauf', 'einzelhandel', 'kaufmann im einzel', 'kauffrau im einzel', 'filial', 'vertrieb', 'sales', 'kassier', 'handel'] },
  { category: 'public', keywords: ['verwaltungsfach', 'beamt', 'sachbearbeiter öffentlich', 'stadtverwaltung', 'gemeinde', 'landratsamt', 'öffentlicher dienst', 'polizei', 'feuerwehr', 'justiz'] },
  { category: 'office', keywords: ['büro', 'kaufmann', 'kauffrau', 'kaufleute', 'sachbearbeit', 'verwaltung', 'buchhalt', 'assistenz', 'sekretär', 'personal', 'controlling', 'steuer', 'empfang', 'office'] },
];

/**
 * The category of an opening: the first table row with a keyword in any of the texts (occupation first, then
 * title), if that category exists here; else the fallback.
 */
export function categorise(texts: readonly (string | undefined)[], known: ReadonlySet<string>, fallback: string, table: CategoryTable = defaultCategoryTable): string {
  for (const text of texts) {
    if (!text) continue;
    const haystack = ` ${text.toLowerCase()} `;
    for (const row of table) {
      if (known.has(row.category) && row.keywords.some((keyword) => haystack.includes(keyword))) return row.category;
    }
  }
  return fallback;
}
