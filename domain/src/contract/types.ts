import type { components } from './api-types.js';

// Friendly names for the contract's schemas; `api-types.ts` is generated from api/openapi.yaml.
type Schemas = components['schemas'];
export type Partner = Schemas['Partner'];
export type PartnerKind = Partner['kind'];
export type Commute = Schemas['Commute'];
export type Category = Schemas['Category'];
export type Job = Schemas['Job'];
export type EmploymentType = Job['employmentType'];
export type JobPage = Schemas['JobPage'];
export type Facets = Schemas['JobFacets'];
export type JobSearchHints = Schemas['JobSearchHints'];
export type JobSort = Schemas['JobSort'];
export type JobSuggestion = Schemas['JobSuggestion'];
export type JobSuggestions = Schemas['JobSuggestions'];
export type Challenge = Schemas['AltchaChallenge'];
export type InquiryRequest = Schemas['InquiryRequest'];
export type InquiryReceipt = Schemas['InquiryReceipt'];

export const employmentTypes: readonly EmploymentType[] = ['full-time', 'part-time', 'apprenticeship', 'internship', 'mini-job'];
export const partnerKinds: readonly PartnerKind[] = ['city', 'town', 'district'];
export type { components } from './api-types.js';
