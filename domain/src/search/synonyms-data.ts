/** The built-in synonyms (format: see synonyms.ts). A first few; the full list follows. */
export const builtInSynonyms: readonly string[] = [
  'Krankenschwester, Krankenpfleger => Pflegefachkraft, Gesundheits- und Krankenpfleger',
  'LKW-Fahrer, Lastwagenfahrer => Berufskraftfahrer, Kraftfahrer',
  'Azubi, Auszubildender, Lehrstelle, Lehrling => Ausbildung',
  'Staplerfahrer, Gabelstaplerfahrer => Lagerlogistik, Lagerist, Lagermitarbeiter',
  'Erzieher, pädagogische Fachkraft',
  'nurse => Pflegefachkraft, Krankenpfleger, Altenpfleger, Pflegekraft',
  'teacher => Lehrer, Lehrkraft',
  'electrician => Elektriker, Elektroniker',
  'software developer, software engineer, programmer => Softwareentwickler, Entwickler',
];
