/**
 * What job seekers type, and which jobs they would count as a right answer.
 *
 * The queries run against the sample data (`createSampleData(now).jobs`) plus the ads of `ads.ts`. A job is
 * relevant when its id is listed or its title matches `relevant.title`. The title patterns are written for the
 * occupation the visitor means, at every level of it (a job, its apprenticeship, internship or mini-job), not
 * for the letters of the query; ids are listed where a title cannot tell (a town, part-time, the employer).
 * Queries that combine a word with a town or a kind of employment list ids only: their sets were taken from
 * the data once and are checked against the rule in their `note` by `list-relevant.ts`.
 *
 * "Bautzen" is both a town and the district partner "Landkreis Bautzen"; a query for it counts the jobs of the
 * district partner (Bautzen, Bischofswerda, Wilthen, Königswartha), not those of Kamenz or Hoyerswerda, which
 * are partners of their own.
 */

export interface QualityQuery {
  q: string;
  /** The page's language the visitor is on (English visitors type English and German). */
  lang: 'de' | 'en';
  kind: 'gender' | 'inflection' | 'compound' | 'typo' | 'synonym' | 'english' | 'combined' | 'ranking' | 'plain';
  /** A job is relevant when its id is listed or its title matches. */
  relevant: { ids?: string[]; title?: RegExp };
  note?: string;
}

// --- Occupations as a job seeker means them (title patterns, case-insensitive) --------------------------------

/**
 * Registered nurses: Pflegefachkraft, its older names (Krankenschwester, Gesundheits- und Krankenpfleger,
 * Altenpfleger: one generalist training since 2020) and the nursing apprenticeship. Nursing management
 * (Pflegedienstleitung, Wohnbereichsleitung) is a job of the care field, not what a nurse looks for.
 */
const NURSE = /pflegefach|krankenpfleg|altenpfleg|krankenschwester/i;
/** Everyone called "Pflegekraft": nurses and nursing assistants. */
const CARE_STAFF = /pflegefach|krankenpfleg|altenpfleg|krankenschwester|pflegehel|pflegehilf/i;
/** The care field ("Pflege"): nursing, assistants, care in homes, nursing management and internships. */
const CARE_FIELD = /pflege|pfleger|krankenschwester|betreuungskraft|wohnbereichsleitung/i;
/** Care work in the English sense: elder care, assistants, support workers, home care. */
const CARE_WORKER = /altenpfleg|pflegehel|pflegehilf|betreuungskraft|heilerziehungspfleg|pflegefachkraft.*ambulant/i;
const NURSING_ASSISTANT = /pflegehel|pflegehilf/i;
const GERIATRIC = /altenpfleg/i;
const TEACHER = /lehrer|lehrkraft|dozent/i;
/** Erzieher and the same job under its other names; a Kita lead is a job for an experienced Erzieherin. */
const EDUCATOR = /erzieher(?!ung)|pädagogische fachkraft|kita-leitung/i;
/** Early-years educators (kindergarten, nursery, after-school club), not the youth-welfare group. */
const KITA_EDUCATOR = /erzieher(?!ung)|pädagogische fachkraft.*krippe|kita-leitung/i;
const SOCIAL_WORKER = /sozialpädagog|sozialarbeit|streetworker/i;
const ELECTRICIAN = /elektriker|elektroniker|elektromeister|elektroinstallateur/i;
const SOFTWARE_DEV = /softwareentwickl|software-entwickl|software engineer|entwickler|developer/i;
const PROGRAMMER = /softwareentwickl|software-entwickl|software engineer|entwickler|developer|programmierer/i;
const WEB_DEV = /frontend|fullstack|web/i;
const SYSADMIN = /administrator|fachinformatiker (für )?systemintegration/i;
/** Lorry drivers: Berufskraftfahrer in goods transport (and its apprenticeship), Kraftfahrer, LKW-Fahrer. */
const TRUCK = /lkw|(?<!s)kraftfahrer|berufskraftfahrer(?! personenverkehr)/i;
/** Everything called Berufskraftfahrer or Kraftfahrer, goods and passengers. */
const PROFESSIONAL_DRIVER = /kraftfahrer|lkw-fahrer/i;
const BUS_DRIVER = /busfahrer|berufskraftfahrer personenverkehr|fahrer.*schülerbeförderung/i;
const DRIVER = /fahrer/i;
const DELIVERY_DRIVER = /auslieferungsfahrer|kurierfahrer/i;
/** Forklift and warehouse work: what a Staplerfahrer applies for. */
const FORKLIFT = /staplerfahrer|lagerlogistik|lagerist|lagermitarbeiter/i;
const WAREHOUSE_WORKER = /lagerlogistik|lagerist|lagermitarbeiter|lagerhelfer|staplerfahrer|kommissionier/i;
const WAREHOUSE = /lager|staplerfahrer|kommissionier/i;
const COOK = /\bkoch\b|köchin|souschef|küchenchef/i;
const KITCHEN_HELP = /küchenhilfe|spülkraft/i;
const WAITER = /servicekraft|restaurantfach/i;
const BAKER = /bäcker(?!ei)/i;
const BUTCHER = /fleischer(?!ei)|metzger/i;
const SALES = /verkäufer|verkaufsberater|verkaufshilfe|verkaufsaushilfe|fachberater/i;
const CASHIER = /kassierer|\bkasse\b/i;
const KAUF = /kaufmann|kauffrau|kaufleute|kaufmännisch/i;
/** Office clerks with a commercial training. */
const OFFICE_CLERK = /büromanagement|bürokaufmann|bürokauffrau|kaufmännischer mitarbeiter/i;
const CLERK = /büromanagement|bürokaufmann|kaufmännischer mitarbeiter|sachbearbeiter|verwaltungsfachangestellte|bürohilfe/i;
const SECRETARY = /sekretär|assistenz der geschäftsführung/i;
const ACCOUNTANT = /buchhalter|buchhaltung/i;
const TAX = /steuerfach/i;
const HR = /personal(?!ity)/i;
const RECEPTION = /rezeption|empfang|nachtportier/i;
const MFA = /(?<!zahn)medizinische(n)? fachangestellte|praxisassistenz|empfang.*arztpraxis/i;
const DOCTOR = /\barzt\b|facharzt|assistenzarzt|famulatur/i;
const PHYSIO = /physiotherap/i;
const MECHATRONIC = /mechatroniker/i;
/** "Mechaniker" as people use it: every -mechaniker, and the car mechanic, officially Kfz-Mechatroniker. */
const MECHANIKER = /mechaniker|kfz-mechatroniker/i;
/** "mechanic" in English: car and industrial mechanics, mechatronics technicians. */
const MECHANIC_EN = /mechatroniker|industriemechaniker|kfz-mechaniker/i;
const CAR_MECHANIC = /kfz-mechatroniker|kfz-mechaniker/i;
/** Engineers by training: every Ingenieur, and the structural engineer (Tragwerksplaner). */
const INGENIEUR = /ingenieur|tragwerksplaner/i;
const ENGINEER_EN = /ingenieur|engineer|tragwerksplaner/i;
const MECHANICAL_ENGINEER = /maschinenbauingenieur|ingenieur maschinenbau|maschinenbau-ingenieur|konstrukteur.*maschinenbau/i;
const CIVIL_ENGINEER = /bauingenieur|wasserbauingenieur|tragwerksplaner/i;
const APPRENTICESHIP = /^ausbildung|^duales studium/i;
const INTERNSHIP = /praktikum|famulatur|praxissemester/i;
const CLEANING = /reinigungskraft|housekeeping-mitarbeiter|zimmerreinigung|praxisreinigung/i;
const CARETAKER = /hausmeister/i;
const TISCHLER = /tischler/i;
const CARPENTER = /tischler|zimmerer|holzbauer/i;
const PLUMBER = /anlagenmechaniker/i;
const HELPER = /produktionshelfer|lagerhelfer|bauhelfer|dachdeckerhelfer|produktionsmitarbeiter/i;
const SHK = /anlagenmechaniker|kundendiensttechniker heizung|servicetechniker wärmepumpen/i;

// --- Id sets taken from the data (see list-relevant.ts for the rule behind each) --------------------------------

const MINI_JOBS = [
  'job-0061', 'job-0069', 'job-0077', 'job-0079', 'job-0108', 'job-0147', 'job-0159', 'job-0187', 'job-0193', 'job-0195',
  'job-0207', 'job-0216', 'job-0218', 'job-0221', 'job-0268', 'job-0271', 'job-0273', 'job-0282', 'job-0284', 'job-0293',
  'qa-021', 'qa-064',
];
const PART_TIME = [
  'job-0009', 'job-0017', 'job-0035', 'job-0041', 'job-0042', 'job-0052', 'job-0054', 'job-0068', 'job-0073', 'job-0081',
  'job-0088', 'job-0098', 'job-0101', 'job-0103', 'job-0110', 'job-0125', 'job-0127', 'job-0128', 'job-0135', 'job-0136',
  'job-0137', 'job-0142', 'job-0146', 'job-0148', 'job-0149', 'job-0151', 'job-0152', 'job-0154', 'job-0169', 'job-0171',
  'job-0174', 'job-0183', 'job-0185', 'job-0191', 'job-0199', 'job-0204', 'job-0214', 'job-0230', 'job-0234', 'job-0236',
  'job-0238', 'job-0243', 'job-0248', 'job-0250', 'job-0253', 'job-0262', 'job-0263', 'job-0266', 'job-0269', 'job-0274',
  'job-0275', 'job-0280', 'job-0286', 'job-0287', 'job-0292', 'job-0295', 'job-0297', 'job-0303', 'job-0305', 'job-0309',
  'job-0315', 'job-0319', 'job-0320', 'qa-002', 'qa-005', 'qa-008', 'qa-010', 'qa-013', 'qa-041', 'qa-042', 'qa-043',
  'qa-051', 'qa-058', 'qa-059', 'qa-063',
];

export const qualityQueries: readonly QualityQuery[] = [
  // --- gender: ads write the masculine form with a note; people type their own -------------------------------
  { q: 'Lehrerin', lang: 'de', kind: 'gender', relevant: { title: TEACHER }, note: 'Lehrkraft and Dozent are the same job under the neutral names' },
  { q: 'Lehrerinnen', lang: 'de', kind: 'gender', relevant: { title: TEACHER } },
  { q: 'Lehrer*in', lang: 'de', kind: 'gender', relevant: { title: TEACHER } },
  { q: 'LehrerIn', lang: 'de', kind: 'gender', relevant: { title: TEACHER }, note: 'Binnen-I' },
  { q: 'Lehrerin', lang: 'en', kind: 'gender', relevant: { title: TEACHER }, note: 'a German word on the English page' },
  { q: 'Erzieherin', lang: 'de', kind: 'gender', relevant: { title: EDUCATOR } },
  { q: 'Erzieherinnen', lang: 'de', kind: 'gender', relevant: { title: EDUCATOR } },
  { q: 'Erzieher:in', lang: 'de', kind: 'gender', relevant: { title: EDUCATOR } },
  { q: 'Erzieherin', lang: 'en', kind: 'gender', relevant: { title: EDUCATOR } },
  {
    q: 'Elektrikerin', lang: 'de', kind: 'gender', relevant: { title: ELECTRICIAN },
    note: 'qa-032 is titled Elektriker; the Elektroniker and Elektromeister jobs are what people call Elektriker',
  },
  { q: 'Verkäuferin', lang: 'de', kind: 'gender', relevant: { title: SALES }, note: 'Fachberater in a DIY store is a sales job' },
  { q: 'Verkäufer*innen', lang: 'de', kind: 'gender', relevant: { title: SALES } },
  { q: 'Fachverkäuferin', lang: 'de', kind: 'gender', relevant: { title: /fachverkäufer/i } },
  {
    q: 'Softwareentwicklerin', lang: 'de', kind: 'gender', relevant: { title: SOFTWARE_DEV },
    note: 'Fullstack-/Frontend-Entwickler and the English-titled ads (qa-049, qa-050) are software developer jobs too',
  },
  { q: 'Köchin', lang: 'de', kind: 'gender', relevant: { title: COOK } },
  { q: 'Köchin', lang: 'en', kind: 'gender', relevant: { title: COOK } },
  { q: 'Kauffrau', lang: 'de', kind: 'gender', relevant: { title: KAUF }, note: 'kaufmännischer Mitarbeiter is the job of a Kauffrau' },
  { q: 'Kaufleute', lang: 'de', kind: 'gender', relevant: { title: KAUF }, note: 'the plural of Kaufmann' },
  { q: 'Ärztin', lang: 'de', kind: 'gender', relevant: { title: DOCTOR }, note: 'umlaut in the female form; Famulatur is the medical internship' },
  { q: 'Ingenieurin', lang: 'de', kind: 'gender', relevant: { title: INGENIEUR } },
  { q: 'Mechatronikerin', lang: 'de', kind: 'gender', relevant: { title: MECHATRONIC } },
  { q: 'Physiotherapeutin', lang: 'de', kind: 'gender', relevant: { title: PHYSIO } },
  { q: 'Busfahrerin', lang: 'de', kind: 'gender', relevant: { title: BUS_DRIVER }, note: 'school transport of a bus company is bus driving' },
  { q: 'Tischlerin', lang: 'de', kind: 'gender', relevant: { title: TISCHLER } },
  { q: 'Bäckerin', lang: 'de', kind: 'gender', relevant: { title: BAKER }, note: 'sales jobs in a Bäckerei are not baking jobs' },
  { q: 'Friseurin', lang: 'de', kind: 'gender', relevant: { title: /friseur/i } },
  { q: 'Sachbearbeiterin', lang: 'de', kind: 'gender', relevant: { title: /sachbearbeiter/i } },
  { q: 'Altenpflegerin', lang: 'de', kind: 'gender', relevant: { title: GERIATRIC, ids: ['qa-009'] }, note: 'qa-009 is home care of old people and asks for Altenpflegerinnen' },
  { q: 'Steuerfachangestellte', lang: 'de', kind: 'gender', relevant: { title: /steuerfachangestellte/i }, note: 'the female form ends in -e, the title in -er' },
  { q: 'Kassiererin', lang: 'de', kind: 'gender', relevant: { title: CASHIER } },
  { q: 'Pflegefachfrau', lang: 'de', kind: 'gender', relevant: { title: NURSE }, note: 'Pflegefachfrau/-mann is the new name of the nurse; Pflegefachkraft the neutral one' },
  { q: 'Hotelfachfrau', lang: 'de', kind: 'gender', relevant: { title: /hotelfach/i } },
  { q: 'Busfahrer*innen', lang: 'en', kind: 'gender', relevant: { title: BUS_DRIVER } },

  // --- inflection and plural ---------------------------------------------------------------------------------
  { q: 'Köche', lang: 'de', kind: 'inflection', relevant: { title: COOK } },
  { q: 'Ingenieure', lang: 'de', kind: 'inflection', relevant: { title: INGENIEUR } },
  { q: 'Lehrkräfte', lang: 'de', kind: 'inflection', relevant: { title: TEACHER } },
  { q: 'Pflegefachkräfte', lang: 'de', kind: 'inflection', relevant: { title: NURSE } },
  { q: 'Fachkräfte Lagerlogistik', lang: 'de', kind: 'inflection', relevant: { title: /lagerlogistik/i } },
  { q: 'Physiotherapeuten', lang: 'de', kind: 'inflection', relevant: { title: PHYSIO } },
  { q: 'Steuerfachangestellten', lang: 'de', kind: 'inflection', relevant: { title: /steuerfachangestellte/i } },
  { q: 'Verwaltungsfachangestellte', lang: 'de', kind: 'inflection', relevant: { title: /verwaltungsfachangestellte/i } },
  { q: 'Medizinischer Fachangestellter', lang: 'de', kind: 'inflection', relevant: { title: MFA }, note: 'adjective and noun both inflected' },
  { q: 'Ausbildungen', lang: 'de', kind: 'inflection', relevant: { title: APPRENTICESHIP } },
  { q: 'Praktika', lang: 'de', kind: 'inflection', relevant: { title: INTERNSHIP }, note: 'irregular plural of Praktikum; a voluntary social year is no internship' },
  { q: 'Busfahrern', lang: 'de', kind: 'inflection', relevant: { title: BUS_DRIVER }, note: 'dative plural, as in "Stellen bei Busfahrern"' },
  { q: 'Sozialarbeiterinnen', lang: 'de', kind: 'inflection', relevant: { title: SOCIAL_WORKER } },
  { q: 'Pflegefachkräfte', lang: 'en', kind: 'inflection', relevant: { title: NURSE } },

  // --- compounds: joined, hyphenated, apart; a part finds the whole ---------------------------------------------
  {
    q: 'Pflege', lang: 'de', kind: 'compound', relevant: { title: CARE_FIELD },
    note: 'every care job; many other descriptions say "pflegen" (Regale, Grünanlagen, Kontakt, Daten) and are not relevant',
  },
  { q: 'Pflege', lang: 'en', kind: 'compound', relevant: { title: CARE_FIELD } },
  {
    q: 'Fahrer', lang: 'de', kind: 'compound', relevant: { title: DRIVER },
    note: 'Busfahrer, Berufskraftfahrer, Staplerfahrer …; the logistics descriptions say "als Fahrerin oder Fahrer" for other jobs',
  },
  { q: 'Fahrer', lang: 'en', kind: 'compound', relevant: { title: DRIVER } },
  { q: 'Maschinenbau Ingenieur', lang: 'de', kind: 'compound', relevant: { title: MECHANICAL_ENGINEER }, note: 'written joined (qa-044), apart (qa-045) and hyphenated (qa-046)' },
  { q: 'Maschinenbauingenieur', lang: 'de', kind: 'compound', relevant: { title: MECHANICAL_ENGINEER } },
  { q: 'Maschinenbau-Ingenieur', lang: 'de', kind: 'compound', relevant: { title: MECHANICAL_ENGINEER } },
  { q: 'Maschinenbau Ingenieur', lang: 'en', kind: 'compound', relevant: { title: MECHANICAL_ENGINEER } },
  { q: 'Elektro-Techniker', lang: 'de', kind: 'compound', relevant: { title: /elektrotechniker/i }, note: 'qa-047 Elektrotechniker' },
  { q: 'Elektro Techniker', lang: 'de', kind: 'compound', relevant: { title: /elektrotechniker/i } },
  { q: 'Software Entwickler', lang: 'de', kind: 'compound', relevant: { title: SOFTWARE_DEV } },
  { q: 'Software-Entwickler', lang: 'de', kind: 'compound', relevant: { title: SOFTWARE_DEV } },
  { q: 'Lager', lang: 'de', kind: 'compound', relevant: { title: WAREHOUSE }, note: 'Lagerlogistik, Lagerist, Lagermitarbeiter, Lagerhelfer, Lagerleiter, and forklift drivers in the warehouse' },
  { q: 'Ingenieur', lang: 'de', kind: 'compound', relevant: { title: INGENIEUR }, note: 'Bauingenieur, Wasserbauingenieur, Elektroingenieur …' },
  { q: 'Techniker', lang: 'de', kind: 'compound', relevant: { title: /techniker/i }, note: 'Servicetechniker, Inbetriebnahmetechniker, Elektrotechniker …' },
  { q: 'Mechaniker', lang: 'de', kind: 'compound', relevant: { title: MECHANIKER }, note: 'every -mechaniker, and the car mechanic (Kfz-Mechatroniker), whom people call Mechaniker' },
  { q: 'Kfz Mechatroniker', lang: 'de', kind: 'compound', relevant: { title: /kfz-mechatroniker/i } },
  { q: 'KFZ-Mechatroniker', lang: 'de', kind: 'compound', relevant: { title: /kfz-mechatroniker/i } },
  { q: 'IT Administrator', lang: 'de', kind: 'compound', relevant: { title: SYSADMIN } },
  { q: 'Systemadministrator', lang: 'de', kind: 'compound', relevant: { title: SYSADMIN }, note: 'qa-052 Linux-Systemadministrator; network and IT administrators do the same work' },
  { q: 'Energietechnik', lang: 'de', kind: 'compound', relevant: { title: /energie- und gebäudetechnik/i }, note: '"Energie- und Gebäudetechnik" holds Energietechnik in its first part' },
  { q: 'Gebäudetechnik', lang: 'de', kind: 'compound', relevant: { title: /gebäudetechnik/i } },
  {
    q: 'Straßenbau', lang: 'de', kind: 'compound', relevant: { title: /straßenbau|straßen- und tiefbau/i },
    note: '"Straßen- und Tiefbau" holds Straßenbau; the Sachbearbeiter job is the administration of road building',
  },
  { q: 'Tiefbau', lang: 'de', kind: 'compound', relevant: { title: /tiefbau/i } },
  { q: 'Kraftfahrer', lang: 'de', kind: 'compound', relevant: { title: PROFESSIONAL_DRIVER } },
  { q: 'Gesundheits und Krankenpfleger', lang: 'de', kind: 'compound', relevant: { title: NURSE }, note: 'the title of qa-010 typed without its hyphen' },
  {
    q: 'Kunststoff', lang: 'de', kind: 'compound',
    relevant: {
      ids: [
        'job-0007', 'job-0020', 'job-0038', 'job-0050', 'job-0072', 'job-0078', 'job-0088', 'job-0090', 'job-0133', 'job-0163',
        'job-0179', 'job-0220', 'job-0230', 'job-0243', 'job-0318', 'qa-026',
      ],
    },
    note: 'rule: title or employer holds Kunststoff, Spritzguss or Folienextrusion (Kunststofftechnik, Kunststoffwerk)',
  },
  { q: 'Heizung Sanitär', lang: 'de', kind: 'compound', relevant: { title: SHK }, note: '"Sanitär-, Heizungs- und Klimatechnik", SHK, heating service' },

  // --- typos: one edit in words of 5+ letters, two in words of 9+ -------------------------------------------
  { q: 'Erziher', lang: 'de', kind: 'typo', relevant: { title: EDUCATOR } },
  { q: 'Erziher', lang: 'en', kind: 'typo', relevant: { title: EDUCATOR } },
  { q: 'Elektricker', lang: 'de', kind: 'typo', relevant: { title: ELECTRICIAN }, note: 'Elektriker with one letter too many' },
  { q: 'Mechatronikr', lang: 'de', kind: 'typo', relevant: { title: MECHATRONIC } },
  { q: 'Mekatroniker', lang: 'de', kind: 'typo', relevant: { title: MECHATRONIC }, note: 'two edits in a word of 12 letters' },
  { q: 'Mechatronikr', lang: 'en', kind: 'typo', relevant: { title: MECHATRONIC } },
  { q: 'Pflgefachkraft', lang: 'de', kind: 'typo', relevant: { title: NURSE } },
  { q: 'Pfelgefachkraft', lang: 'de', kind: 'typo', relevant: { title: NURSE }, note: 'two letters swapped' },
  { q: 'Softwareentwikler', lang: 'de', kind: 'typo', relevant: { title: SOFTWARE_DEV } },
  { q: 'Berufskraftfaher', lang: 'de', kind: 'typo', relevant: { title: PROFESSIONAL_DRIVER } },
  { q: 'Fysiotherapeut', lang: 'de', kind: 'typo', relevant: { title: PHYSIO }, note: 'two edits, as someone writes it who spells by ear' },
  { q: 'Maschinenbauingeneur', lang: 'de', kind: 'typo', relevant: { title: MECHANICAL_ENGINEER } },
  { q: 'Kaufman', lang: 'de', kind: 'typo', relevant: { title: KAUF } },
  { q: 'Staplerfaher', lang: 'de', kind: 'typo', relevant: { title: FORKLIFT } },
  { q: 'Tischer', lang: 'de', kind: 'typo', relevant: { title: TISCHLER } },
  { q: 'Verkeufer', lang: 'de', kind: 'typo', relevant: { title: SALES } },
  { q: 'Kasierer', lang: 'de', kind: 'typo', relevant: { title: CASHIER } },
  { q: 'Hausmeisster', lang: 'de', kind: 'typo', relevant: { title: CARETAKER } },
  { q: 'Buchalter', lang: 'de', kind: 'typo', relevant: { title: ACCOUNTANT }, note: 'accounting clerks (Sachbearbeiter Buchhaltung) are Buchhalter jobs' },
  { q: 'Logopede', lang: 'de', kind: 'typo', relevant: { title: /logopäde/i } },
  { q: 'Sozialpedagoge', lang: 'de', kind: 'typo', relevant: { title: SOCIAL_WORKER }, note: 'Sozialarbeiter jobs are open to Sozialpädagogen' },

  // --- synonyms and everyday names ------------------------------------------------------------------------------
  { q: 'Krankenschwester', lang: 'de', kind: 'synonym', relevant: { title: NURSE } },
  { q: 'Krankenschwester', lang: 'en', kind: 'synonym', relevant: { title: NURSE } },
  { q: 'Krankenpfleger', lang: 'de', kind: 'synonym', relevant: { title: NURSE } },
  { q: 'Pflegekraft', lang: 'de', kind: 'synonym', relevant: { title: CARE_STAFF }, note: 'the everyday word for nurses and nursing assistants' },
  { q: 'LKW Fahrer', lang: 'de', kind: 'synonym', relevant: { title: TRUCK } },
  { q: 'LKW-Fahrer', lang: 'en', kind: 'synonym', relevant: { title: TRUCK } },
  { q: 'Lastwagenfahrer', lang: 'de', kind: 'synonym', relevant: { title: TRUCK } },
  { q: 'Brummifahrer', lang: 'de', kind: 'synonym', relevant: { title: TRUCK } },
  { q: 'Azubi', lang: 'de', kind: 'synonym', relevant: { title: APPRENTICESHIP } },
  { q: 'Azubi', lang: 'en', kind: 'synonym', relevant: { title: APPRENTICESHIP } },
  { q: 'Lehrstelle', lang: 'de', kind: 'synonym', relevant: { title: APPRENTICESHIP } },
  { q: 'Lehrling', lang: 'de', kind: 'synonym', relevant: { title: APPRENTICESHIP } },
  { q: 'Staplerfahrer', lang: 'en', kind: 'synonym', relevant: { title: FORKLIFT }, note: 'forklift work is Lagerlogistik, Lagerist, Lagermitarbeiter' },
  { q: 'Gabelstaplerfahrer', lang: 'de', kind: 'synonym', relevant: { title: FORKLIFT } },
  { q: 'Lagerarbeiter', lang: 'de', kind: 'synonym', relevant: { title: WAREHOUSE_WORKER } },
  { q: 'pädagogische Fachkraft', lang: 'de', kind: 'synonym', relevant: { title: EDUCATOR }, note: 'the same job as Erzieher' },
  { q: 'Kindergärtnerin', lang: 'de', kind: 'synonym', relevant: { title: KITA_EDUCATOR } },
  { q: 'Kinderpflegerin', lang: 'de', kind: 'synonym', relevant: { title: /sozialassistent/i }, note: 'in Saxony the Kinderpfleger training is the Sozialassistent' },
  {
    q: 'Kita', lang: 'de', kind: 'synonym',
    relevant: { ids: ['job-0004', 'job-0062', 'job-0065', 'job-0113', 'job-0114', 'job-0159', 'job-0186', 'job-0190', 'job-0285', 'qa-004', 'qa-006'] },
    note: 'rule: title says Kita, Kindertagesstätte or Krippe, or the employer is a Kita or Kinderhaus, plus qa-004 (a Kita by its text)',
  },
  { q: 'Putzfrau', lang: 'de', kind: 'synonym', relevant: { title: CLEANING }, note: 'hotel housekeeping is cleaning work' },
  { q: 'Putzkraft', lang: 'de', kind: 'synonym', relevant: { title: CLEANING } },
  { q: 'Sprechstundenhilfe', lang: 'de', kind: 'synonym', relevant: { title: MFA }, note: 'the reception mini-job in a doctor’s practice is that job too' },
  { q: 'Arzthelferin', lang: 'de', kind: 'synonym', relevant: { title: MFA } },
  { q: 'Zahnarzthelferin', lang: 'de', kind: 'synonym', relevant: { title: /zahnmedizinische fachangestellte/i } },
  { q: 'Schreiner', lang: 'de', kind: 'synonym', relevant: { title: TISCHLER } },
  { q: 'Zimmermann', lang: 'de', kind: 'synonym', relevant: { title: /zimmerer|holzbauer/i } },
  { q: 'Klempner', lang: 'de', kind: 'synonym', relevant: { title: PLUMBER } },
  { q: 'Bürokaufmann', lang: 'de', kind: 'synonym', relevant: { title: OFFICE_CLERK } },
  { q: 'Programmierer', lang: 'de', kind: 'synonym', relevant: { title: PROGRAMMER } },
  { q: 'Elektriker', lang: 'en', kind: 'synonym', relevant: { title: ELECTRICIAN } },
  { q: 'Softwareentwickler', lang: 'en', kind: 'synonym', relevant: { title: SOFTWARE_DEV }, note: 'the German word finds the English-titled IT ads too' },
  { q: 'Pflegefachkraft', lang: 'en', kind: 'synonym', relevant: { title: NURSE } },
  { q: 'Kellner', lang: 'de', kind: 'synonym', relevant: { title: WAITER } },
  { q: 'Bedienung', lang: 'de', kind: 'synonym', relevant: { title: WAITER } },
  { q: 'Metzger', lang: 'de', kind: 'synonym', relevant: { title: BUTCHER } },
  { q: 'Frisör', lang: 'de', kind: 'synonym', relevant: { title: /friseur/i }, note: 'the other spelling' },
  { q: 'Landschaftsgärtner', lang: 'de', kind: 'synonym', relevant: { title: /garten- und landschaftsbau/i } },
  { q: 'Hilfsarbeiter', lang: 'de', kind: 'synonym', relevant: { title: HELPER }, note: 'unskilled production and warehouse help' },
  { q: 'Sekretärin', lang: 'de', kind: 'synonym', relevant: { title: SECRETARY } },
  { q: 'Hauswart', lang: 'de', kind: 'synonym', relevant: { title: CARETAKER } },
  { q: '450-Euro-Job', lang: 'de', kind: 'synonym', relevant: { ids: MINI_JOBS }, note: 'the old name of the Minijob; rule: every mini-job' },

  // --- English occupation names, on both pages --------------------------------------------------------------
  { q: 'nurse', lang: 'en', kind: 'english', relevant: { title: NURSE } },
  { q: 'nurse', lang: 'de', kind: 'english', relevant: { title: NURSE } },
  { q: 'nurses', lang: 'en', kind: 'english', relevant: { title: NURSE }, note: 'English plural' },
  { q: 'registered nurse', lang: 'en', kind: 'english', relevant: { title: NURSE } },
  { q: 'geriatric nurse', lang: 'en', kind: 'english', relevant: { title: GERIATRIC, ids: ['qa-009'] } },
  { q: 'nursing assistant', lang: 'en', kind: 'english', relevant: { title: NURSING_ASSISTANT } },
  { q: 'care worker', lang: 'en', kind: 'english', relevant: { title: CARE_WORKER } },
  { q: 'carer', lang: 'en', kind: 'english', relevant: { title: CARE_WORKER } },
  { q: 'caregiver', lang: 'de', kind: 'english', relevant: { title: CARE_WORKER } },
  { q: 'teacher', lang: 'en', kind: 'english', relevant: { title: TEACHER }, note: 'Erzieher is a kindergarten teacher, asked for separately' },
  { q: 'teacher', lang: 'de', kind: 'english', relevant: { title: TEACHER } },
  { q: 'teachers', lang: 'en', kind: 'english', relevant: { title: TEACHER } },
  { q: 'kindergarten teacher', lang: 'en', kind: 'english', relevant: { title: KITA_EDUCATOR } },
  { q: 'educator', lang: 'en', kind: 'english', relevant: { title: EDUCATOR } },
  { q: 'social worker', lang: 'en', kind: 'english', relevant: { title: SOCIAL_WORKER } },
  { q: 'electrician', lang: 'en', kind: 'english', relevant: { title: ELECTRICIAN } },
  { q: 'electrician', lang: 'de', kind: 'english', relevant: { title: ELECTRICIAN } },
  { q: 'software developer', lang: 'en', kind: 'english', relevant: { title: SOFTWARE_DEV } },
  { q: 'software developer', lang: 'de', kind: 'english', relevant: { title: SOFTWARE_DEV } },
  { q: 'software engineer', lang: 'en', kind: 'english', relevant: { title: SOFTWARE_DEV } },
  { q: 'programmer', lang: 'en', kind: 'english', relevant: { title: PROGRAMMER } },
  { q: 'web developer', lang: 'en', kind: 'english', relevant: { title: WEB_DEV, ids: ['qa-051'] }, note: 'qa-051 builds a web app' },
  { q: 'system administrator', lang: 'en', kind: 'english', relevant: { title: SYSADMIN } },
  { q: 'IT support', lang: 'en', kind: 'english', relevant: { title: /it-support/i } },
  { q: 'truck driver', lang: 'en', kind: 'english', relevant: { title: TRUCK } },
  { q: 'truck driver', lang: 'de', kind: 'english', relevant: { title: TRUCK } },
  { q: 'lorry driver', lang: 'en', kind: 'english', relevant: { title: TRUCK } },
  { q: 'bus driver', lang: 'en', kind: 'english', relevant: { title: BUS_DRIVER } },
  { q: 'delivery driver', lang: 'en', kind: 'english', relevant: { title: DELIVERY_DRIVER } },
  { q: 'driver', lang: 'en', kind: 'english', relevant: { title: DRIVER } },
  { q: 'forklift driver', lang: 'en', kind: 'english', relevant: { title: FORKLIFT } },
  { q: 'warehouse worker', lang: 'en', kind: 'english', relevant: { title: WAREHOUSE_WORKER } },
  { q: 'warehouse worker', lang: 'de', kind: 'english', relevant: { title: WAREHOUSE_WORKER } },
  { q: 'warehouse', lang: 'de', kind: 'english', relevant: { title: WAREHOUSE } },
  { q: 'picker', lang: 'en', kind: 'english', relevant: { title: /kommissionier/i } },
  { q: 'cook', lang: 'en', kind: 'english', relevant: { title: COOK } },
  { q: 'cook', lang: 'de', kind: 'english', relevant: { title: COOK } },
  { q: 'waiter', lang: 'de', kind: 'english', relevant: { title: WAITER } },
  { q: 'chef', lang: 'en', kind: 'english', relevant: { title: COOK }, note: 'on the English page; in German "Chef" is the boss' },
  { q: 'kitchen helper', lang: 'en', kind: 'english', relevant: { title: KITCHEN_HELP } },
  { q: 'waiter', lang: 'en', kind: 'english', relevant: { title: WAITER } },
  { q: 'waitress', lang: 'en', kind: 'english', relevant: { title: WAITER } },
  { q: 'baker', lang: 'en', kind: 'english', relevant: { title: BAKER } },
  { q: 'butcher', lang: 'en', kind: 'english', relevant: { title: BUTCHER } },
  { q: 'cashier', lang: 'en', kind: 'english', relevant: { title: CASHIER } },
  { q: 'sales assistant', lang: 'en', kind: 'english', relevant: { title: SALES } },
  {
    q: 'retail', lang: 'en', kind: 'english',
    relevant: {
      title: SALES,
      ids: [
        'job-0001', 'job-0008', 'job-0010', 'job-0019', 'job-0024', 'job-0026', 'job-0069', 'job-0075', 'job-0084', 'job-0086',
        'job-0092', 'job-0127', 'job-0147', 'job-0166', 'job-0169', 'job-0188', 'job-0194', 'job-0196', 'job-0201', 'job-0209',
        'job-0211', 'job-0235', 'job-0240', 'job-0249', 'job-0275', 'job-0299', 'job-0304', 'job-0306', 'qa-041', 'qa-058',
        'qa-059', 'qa-060',
      ],
    },
    note: 'rule: every job of the retail category, and sales jobs in bakeries and butcher’s shops',
  },
  { q: 'mechanic', lang: 'en', kind: 'english', relevant: { title: MECHANIC_EN } },
  { q: 'mechanic', lang: 'de', kind: 'english', relevant: { title: MECHANIC_EN } },
  { q: 'car mechanic', lang: 'en', kind: 'english', relevant: { title: CAR_MECHANIC } },
  { q: 'mechatronics technician', lang: 'en', kind: 'english', relevant: { title: MECHATRONIC } },
  { q: 'welder', lang: 'en', kind: 'english', relevant: { title: /schweißer/i } },
  { q: 'plumber', lang: 'en', kind: 'english', relevant: { title: PLUMBER } },
  { q: 'carpenter', lang: 'en', kind: 'english', relevant: { title: CARPENTER } },
  { q: 'painter', lang: 'en', kind: 'english', relevant: { title: /\bmaler\b|lackierer/i } },
  { q: 'bricklayer', lang: 'en', kind: 'english', relevant: { title: /maurer/i } },
  { q: 'roofer', lang: 'en', kind: 'english', relevant: { title: /dachdecker/i } },
  { q: 'hairdresser', lang: 'en', kind: 'english', relevant: { title: /friseur/i } },
  { q: 'gardener', lang: 'en', kind: 'english', relevant: { title: /garten- und landschaftsbau/i } },
  { q: 'engineer', lang: 'en', kind: 'english', relevant: { title: ENGINEER_EN } },
  { q: 'mechanical engineer', lang: 'en', kind: 'english', relevant: { title: MECHANICAL_ENGINEER } },
  { q: 'civil engineer', lang: 'en', kind: 'english', relevant: { title: CIVIL_ENGINEER } },
  { q: 'electrical engineer', lang: 'en', kind: 'english', relevant: { title: /elektroingenieur/i } },
  { q: 'accountant', lang: 'en', kind: 'english', relevant: { title: ACCOUNTANT } },
  { q: 'bookkeeper', lang: 'en', kind: 'english', relevant: { title: ACCOUNTANT } },
  { q: 'tax advisor', lang: 'en', kind: 'english', relevant: { title: TAX }, note: 'tax clerks and tax specialists (Steuerfachangestellte, Steuerfachwirt)' },
  { q: 'office clerk', lang: 'en', kind: 'english', relevant: { title: CLERK } },
  { q: 'secretary', lang: 'en', kind: 'english', relevant: { title: SECRETARY } },
  { q: 'receptionist', lang: 'en', kind: 'english', relevant: { title: RECEPTION } },
  { q: 'HR', lang: 'en', kind: 'english', relevant: { title: HR } },
  { q: 'doctor', lang: 'en', kind: 'english', relevant: { title: DOCTOR } },
  { q: 'physician', lang: 'en', kind: 'english', relevant: { title: DOCTOR } },
  { q: 'physiotherapist', lang: 'en', kind: 'english', relevant: { title: PHYSIO } },
  { q: 'occupational therapist', lang: 'en', kind: 'english', relevant: { title: /ergotherapeut/i } },
  { q: 'speech therapist', lang: 'en', kind: 'english', relevant: { title: /logopäde/i } },
  { q: 'medical assistant', lang: 'en', kind: 'english', relevant: { title: MFA } },
  { q: 'dental assistant', lang: 'en', kind: 'english', relevant: { title: /zahnmedizinische/i } },
  { q: 'cleaner', lang: 'en', kind: 'english', relevant: { title: CLEANING } },
  { q: 'cleaner', lang: 'de', kind: 'english', relevant: { title: CLEANING } },
  { q: 'janitor', lang: 'en', kind: 'english', relevant: { title: CARETAKER } },
  { q: 'caretaker', lang: 'en', kind: 'english', relevant: { title: CARETAKER }, note: 'British English for Hausmeister' },
  { q: 'lifeguard', lang: 'en', kind: 'english', relevant: { title: /rettungsschwimmer|bäderbetriebe/i } },
  { q: 'apprenticeship', lang: 'en', kind: 'english', relevant: { title: APPRENTICESHIP } },
  { q: 'apprenticeship', lang: 'de', kind: 'english', relevant: { title: APPRENTICESHIP } },
  { q: 'trainee', lang: 'en', kind: 'english', relevant: { title: APPRENTICESHIP }, note: 'a trainee in English is an Auszubildender' },
  { q: 'internship', lang: 'en', kind: 'english', relevant: { title: INTERNSHIP } },
  { q: 'intern', lang: 'en', kind: 'english', relevant: { title: INTERNSHIP } },
  { q: 'part-time', lang: 'en', kind: 'english', relevant: { ids: PART_TIME }, note: 'rule: every part-time job, and full-time ads that offer part-time in the title (qa-042)' },
  { q: 'mini job', lang: 'en', kind: 'english', relevant: { ids: MINI_JOBS }, note: 'rule: every mini-job' },

  // --- combined: several words, several kinds at once ---------------------------------------------------------
  { q: 'Pflege Kamenz', lang: 'de', kind: 'combined', relevant: { ids: ['job-0118', 'qa-010'] }, note: 'rule: a care-field job (see "Pflege") in Kamenz' },
  {
    q: 'Teilzeit Verkauf', lang: 'de', kind: 'combined', relevant: { ids: ['job-0127', 'job-0169', 'qa-041', 'qa-058', 'qa-059'] },
    note: 'rule: a sales job (Verkäufer, Fachverkäufer, cashier) in part-time; mini-jobs are not Teilzeit',
  },
  {
    q: 'Ausbildung Dresden', lang: 'de', kind: 'combined',
    relevant: { ids: ['job-0045', 'job-0063', 'job-0196', 'job-0241', 'job-0255', 'job-0298', 'job-0316'] },
    note: 'rule: an apprenticeship in Dresden; most other descriptions mention Dresden (commute), so the town must weigh',
  },
  { q: 'Azubi Mechatroniker', lang: 'de', kind: 'combined', relevant: { ids: ['qa-028', 'qa-039'] }, note: 'rule: an apprenticeship as Mechatroniker or Kfz-Mechatroniker' },
  { q: 'Azubi Pflege', lang: 'de', kind: 'combined', relevant: { ids: ['job-0063', 'job-0109', 'qa-014'] }, note: 'rule: an apprenticeship in the care field' },
  { q: 'LKW-Fahrerin', lang: 'de', kind: 'combined', relevant: { title: TRUCK }, note: 'gender and synonym' },
  { q: 'Bürokauffrau', lang: 'de', kind: 'combined', relevant: { title: OFFICE_CLERK }, note: 'gender and synonym (Kaufmann für Büromanagement)' },
  { q: 'Kellnerin', lang: 'de', kind: 'combined', relevant: { title: WAITER }, note: 'gender and synonym' },
  { q: 'Krankenschwestern', lang: 'de', kind: 'combined', relevant: { title: NURSE }, note: 'plural and synonym' },
  { q: 'Elektrikerin Radeberg', lang: 'de', kind: 'combined', relevant: { ids: ['qa-031'] }, note: 'rule: an electrician job in Radeberg' },
  { q: 'Elektriker Teilzeit', lang: 'de', kind: 'combined', relevant: { ids: ['job-0204'] }, note: 'rule: an electrician job in part-time' },
  { q: 'Erzieherin Teilzeit', lang: 'de', kind: 'combined', relevant: { ids: ['qa-005'] }, note: 'rule: an Erzieher job in part-time' },
  { q: 'Krankenschwester Teilzeit', lang: 'de', kind: 'combined', relevant: { ids: ['qa-010'] }, note: 'rule: a nurse job in part-time' },
  { q: 'Lehrerin Dresden', lang: 'de', kind: 'combined', relevant: { ids: ['job-0025', 'qa-001'] }, note: 'rule: a teaching job in Dresden' },
  {
    q: 'Softwareentwicklerin Teilzeit', lang: 'de', kind: 'combined',
    relevant: { ids: ['job-0068', 'job-0081', 'job-0263', 'job-0303', 'qa-051'] },
    note: 'rule: a software developer job in part-time (the working student job included)',
  },
  { q: 'Koch Radeburg', lang: 'de', kind: 'combined', relevant: { ids: ['qa-061'] }, note: 'rule: a cook job in Radeburg' },
  { q: 'Kauffrau Ausbildung', lang: 'de', kind: 'combined', relevant: { ids: ['job-0029', 'job-0164', 'job-0198', 'qa-060'] }, note: 'rule: an apprenticeship as Kaufmann/Kauffrau' },
  { q: 'Minijob Fahrer', lang: 'de', kind: 'combined', relevant: { ids: ['job-0195', 'job-0293', 'qa-021'] }, note: 'rule: a driver job as mini-job' },
  { q: 'Pflegehelferin Großenhain', lang: 'de', kind: 'combined', relevant: { ids: ['qa-013'] }, note: 'rule: a nursing assistant job in Großenhain' },
  { q: 'Hausmeister Schule', lang: 'de', kind: 'combined', relevant: { title: /hausmeister.*schule/i }, note: 'singular for the title’s "Schulen"' },
  { q: 'nurse Bautzen', lang: 'en', kind: 'combined', relevant: { ids: ['qa-011', 'qa-014'] }, note: 'rule: a nurse job of the partner Landkreis Bautzen' },
  { q: 'apprenticeship Kamenz', lang: 'en', kind: 'combined', relevant: { ids: ['job-0078', 'job-0164', 'job-0198'] }, note: 'rule: an apprenticeship in Kamenz' },
  {
    q: 'software developer Dresden', lang: 'en', kind: 'combined',
    relevant: { ids: ['job-0012', 'job-0068', 'job-0081', 'job-0129', 'job-0200', 'job-0263', 'job-0303', 'qa-048', 'qa-049', 'qa-050'] },
    note: 'rule: a software developer job in Dresden',
  },
  { q: 'warehouse Dresden', lang: 'en', kind: 'combined', relevant: { ids: ['job-0095', 'qa-025'] }, note: 'rule: a warehouse job in Dresden' },
  { q: 'cook part-time', lang: 'en', kind: 'combined', relevant: { ids: ['job-0052'] }, note: 'rule: a cook job in part-time' },
  { q: 'truck driver Großenhain', lang: 'en', kind: 'combined', relevant: { ids: ['qa-017'] }, note: 'rule: a lorry driver job in Großenhain' },
  { q: 'electrican', lang: 'en', kind: 'combined', relevant: { title: ELECTRICIAN }, note: 'typo in an English name' },
  { q: 'nurce', lang: 'en', kind: 'combined', relevant: { title: NURSE }, note: 'typo in an English name (five letters, one edit)' },

  // --- ranking: the word in a right job's title must beat the same word in other jobs' descriptions ----------
  { q: 'LKW-Fahrer', lang: 'de', kind: 'ranking', relevant: { title: TRUCK }, note: 'qa-022 (Disponent) says "LKW-Fahrer" in its description' },
  { q: 'Staplerfahrer', lang: 'de', kind: 'ranking', relevant: { title: FORKLIFT }, note: 'qa-026 (Produktionshelfer) mentions a Staplerfahrer; DIY-store descriptions mention Stapler' },
  { q: 'Koch', lang: 'de', kind: 'ranking', relevant: { title: COOK }, note: 'qa-063 (Küchenhilfe) helps "unsere Köche"' },
  { q: 'Erzieher', lang: 'de', kind: 'ranking', relevant: { title: EDUCATOR }, note: 'many education descriptions ask for "Erzieherin oder Erzieher" (Heilpädagoge, Sozialassistent, qa-007)' },
  { q: 'Elektriker', lang: 'de', kind: 'ranking', relevant: { title: ELECTRICIAN }, note: 'qa-057 (Hausmeister) calls Elektriker for larger damage' },
  { q: 'Elektroniker', lang: 'de', kind: 'ranking', relevant: { title: ELECTRICIAN }, note: 'qa-027 (Mechatroniker) accepts an Elektroniker für Betriebstechnik' },
  { q: 'Lehrer', lang: 'de', kind: 'ranking', relevant: { title: TEACHER }, note: 'qa-008 (Schulsekretär) talks to "Lehrer", qa-005 to "Lehrkräften"' },
  { q: 'Pflegefachkraft', lang: 'de', kind: 'ranking', relevant: { title: NURSE }, note: 'qa-013 (Pflegehelfer) supports "Pflegefachkräfte"' },
  { q: 'Reinigungskraft', lang: 'de', kind: 'ranking', relevant: { title: CLEANING }, note: 'qa-053 (Kaufmann für Büromanagement) plans the "Reinigungskräfte"' },
  {
    q: 'Software', lang: 'de', kind: 'ranking', relevant: { title: /software|entwickler|developer/i },
    note: 'office and IT-service descriptions work "mit moderner Software" or with "Hard- und Software"',
  },
  { q: 'Kaufmann für Büromanagement', lang: 'de', kind: 'ranking', relevant: { title: OFFICE_CLERK }, note: 'qa-008 (Schulsekretär) asks for this training in its description' },
  { q: 'Berufskraftfahrer', lang: 'de', kind: 'ranking', relevant: { title: PROFESSIONAL_DRIVER }, note: 'qa-022 (Disponent) welcomes a Berufskraftfahrer' },
  { q: 'Ausbildung', lang: 'de', kind: 'ranking', relevant: { title: APPRENTICESHIP }, note: 'nearly every profile asks for an "abgeschlossene Ausbildung"' },
  { q: 'Ingenieur', lang: 'en', kind: 'ranking', relevant: { title: INGENIEUR }, note: 'qa-001 (Lehrer) and qa-046 mention Ingenieurwesen in the description' },
  { q: 'Kasse', lang: 'de', kind: 'ranking', relevant: { title: CASHIER }, note: 'qa-042 (Friseur) and fashion-store descriptions mention the till' },
  { q: 'Koch', lang: 'en', kind: 'ranking', relevant: { title: COOK }, note: 'a German word on the English page; qa-063 (Küchenhilfe) helps "unsere Köche"' },

  // --- plain: the words of the titles --------------------------------------------------------------------------
  { q: 'Bäcker', lang: 'de', kind: 'plain', relevant: { title: BAKER } },
  { q: 'Baecker', lang: 'de', kind: 'plain', relevant: { title: BAKER }, note: 'ae for ä' },
  { q: 'Tischler', lang: 'de', kind: 'plain', relevant: { title: TISCHLER } },
  { q: 'Zimmerer', lang: 'de', kind: 'plain', relevant: { title: /zimmerer|holzbauer/i }, note: 'Holzbauer is the same trade (timber construction)' },
  { q: 'Busfahrer', lang: 'de', kind: 'plain', relevant: { title: BUS_DRIVER } },
  { q: 'Physiotherapeut', lang: 'de', kind: 'plain', relevant: { title: PHYSIO } },
  { q: 'Steuerfachangestellter', lang: 'de', kind: 'plain', relevant: { title: /steuerfachangestellte/i } },
  { q: 'Hausmeister', lang: 'de', kind: 'plain', relevant: { title: CARETAKER } },
  { q: 'Disponent', lang: 'de', kind: 'plain', relevant: { title: /disponent|disposition/i } },
  { q: 'Java', lang: 'de', kind: 'plain', relevant: { title: /java/i } },
  { q: 'Klimaschutzmanager', lang: 'de', kind: 'plain', relevant: { title: /klimaschutz/i } },
  { q: 'Rettungsschwimmer', lang: 'de', kind: 'plain', relevant: { title: /rettungsschwimmer/i } },
  { q: 'Dachdecker', lang: 'de', kind: 'plain', relevant: { title: /dachdecker/i } },
  { q: 'Bauleiter', lang: 'de', kind: 'plain', relevant: { title: /bauleit/i } },
  { q: 'Reinraum', lang: 'de', kind: 'plain', relevant: { title: /reinraum/i } },
  { q: 'Strassenbauer', lang: 'de', kind: 'plain', relevant: { title: /straßenbauer/i }, note: 'ss for ß' },
  { q: 'Kfz-Mechatroniker', lang: 'de', kind: 'plain', relevant: { title: /kfz-mechatroniker/i } },
  { q: 'Fachkraft für Lagerlogistik', lang: 'de', kind: 'plain', relevant: { title: /lagerlogistik|lagerist/i } },
  { q: 'Medizinische Fachangestellte', lang: 'de', kind: 'plain', relevant: { title: MFA } },
  { q: 'Minijob', lang: 'de', kind: 'plain', relevant: { ids: MINI_JOBS }, note: 'rule: every mini-job' },
  { q: 'Teilzeit', lang: 'de', kind: 'plain', relevant: { ids: PART_TIME }, note: 'rule: every part-time job, and qa-042 offering part-time in its title' },
  { q: 'Werkstudent', lang: 'de', kind: 'plain', relevant: { title: /werkstudent/i } },
  { q: 'Housekeeping', lang: 'de', kind: 'plain', relevant: { title: /housekeeping/i } },
  { q: 'DevOps', lang: 'de', kind: 'plain', relevant: { title: /devops/i } },
  { q: 'Ausbildung', lang: 'en', kind: 'plain', relevant: { title: APPRENTICESHIP } },
  { q: 'Friseur', lang: 'de', kind: 'plain', relevant: { title: /friseur/i } },
];
