import { html, type TemplateResult } from 'lit';
import { partnerKinds } from '../core/types.js';
import type { AdminPartner } from './admin-api.js';
import type { AdminText } from './admin-text.js';
import { field, formValues, selectField, type FieldErrors } from './form-fields.js';

export interface PartnerFormContext {
  t: AdminText;
  /** All partners, for the district choice. */
  partners: readonly AdminPartner[];
  errors: FieldErrors;
  isNew: boolean;
}

/** The fields of a partner with the origins its inquiries may come from. */
export function renderPartnerFields(partner: Partial<AdminPartner>, { t, partners, errors, isNew }: PartnerFormContext): TemplateResult {
  const districts = partners.filter((candidate) => candidate.kind === 'district' && candidate.id !== partner.id);
  return html`<div class="form-grid">
    ${field(t, errors, { name: 'id', label: t.partnerId, value: partner.id, required: true, readonly: !isNew, pattern: '[a-z0-9]+(-[a-z0-9]+)*', hint: isNew ? t.partnerIdHint : undefined })}
    ${field(t, errors, { name: 'name', label: t.name, value: partner.name, required: true })}
    ${selectField(t, errors, { name: 'kind', label: t.kind, value: partner.kind, required: true, choices: partnerKinds.map((kind) => ({ value: kind, label: t.kinds[kind] ?? kind })) })}
    ${selectField(t, errors, { name: 'district', label: t.district, value: partner.district, choices: [{ value: '', label: t.noDistrict }, ...districts.map((district) => ({ value: district.id, label: district.name }))] })}
    ${field(t, errors, { name: 'lat', label: t.lat, value: partner.lat, type: 'number', step: 'any', required: true })}
    ${field(t, errors, { name: 'lon', label: t.lon, value: partner.lon, type: 'number', step: 'any', required: true })}
    ${field(t, errors, { name: 'website', label: t.website, value: partner.website, type: 'url', required: true })}
    ${field(t, errors, { name: 'contact.office', label: t.office, value: partner.contact?.office, required: true })}
    ${field(t, errors, { name: 'contact.email', label: t.officeEmail, value: partner.contact?.email, type: 'email', required: true })}
    ${field(t, errors, { name: 'contact.phone', label: t.officePhone, value: partner.contact?.phone })}
    ${field(t, errors, { name: 'description.de', label: t.descriptionDe, value: partner.description?.de, type: 'textarea', wide: true })}
    ${field(t, errors, { name: 'description.en', label: t.descriptionEn, value: partner.description?.en, type: 'textarea', wide: true })}
    ${field(t, errors, { name: 'origins', label: t.origins, value: partner.origins?.join('\n'), type: 'textarea', hint: t.originsHint, wide: true })}
  </div>`;
}

/** The partner as the form now describes it. */
export function partnerFromForm(form: HTMLFormElement): AdminPartner {
  const values = formValues(form);
  const partner: AdminPartner = {
    id: values.id ?? '',
    name: values.name ?? '',
    kind: (values.kind ?? 'town') as AdminPartner['kind'],
    lat: Number(values.lat),
    lon: Number(values.lon),
    website: values.website ?? '',
    contact: { office: values['contact.office'] ?? '', email: values['contact.email'] ?? '' },
    origins: (values.origins ?? '')
      .split(/\s+/)
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
  if (values.district) partner.district = values.district;
  if (values['contact.phone']) partner.contact.phone = values['contact.phone'];
  if (values['description.de']) partner.description = { de: values['description.de'], ...(values['description.en'] ? { en: values['description.en'] } : {}) };
  return partner;
}
