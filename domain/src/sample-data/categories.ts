/** Occupational fields used to filter jobs. Ids are stable; names are shown in the visitor's language. */

export interface SampleCategory {
  id: string;
  name: { de: string; en: string };
}

export const sampleCategories: SampleCategory[] = [
  { id: 'it', name: { de: 'IT & Software', en: 'IT & software' } },
  { id: 'health', name: { de: 'Gesundheit & Pflege', en: 'Health & care' } },
  { id: 'crafts', name: { de: 'Handwerk', en: 'Skilled trades' } },
  { id: 'manufacturing', name: { de: 'Industrie & Produktion', en: 'Industry & production' } },
  { id: 'engineering', name: { de: 'Ingenieurwesen & Technik', en: 'Engineering & technology' } },
  { id: 'logistics', name: { de: 'Logistik & Verkehr', en: 'Logistics & transport' } },
  { id: 'retail', name: { de: 'Handel & Verkauf', en: 'Retail & sales' } },
  { id: 'office', name: { de: 'Büro & Verwaltung', en: 'Office & administration' } },
  { id: 'public', name: { de: 'Öffentlicher Dienst', en: 'Public sector' } },
  { id: 'education', name: { de: 'Bildung & Soziales', en: 'Education & social work' } },
  { id: 'hospitality', name: { de: 'Gastronomie & Tourismus', en: 'Hospitality & tourism' } },
];
