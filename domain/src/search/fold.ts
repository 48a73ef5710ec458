/**
 * Folds text for search: case, diacritics, ß and the German umlaut spellings ae/oe/ue all compare equal, so
 * "Bäcker", "Baecker" and "backer" find each other. The mock API and the server use this one function, so the
 * widgets see the same matches from both.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

/** The words of a search query, folded, without empties and duplicates. */
export function searchWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}
