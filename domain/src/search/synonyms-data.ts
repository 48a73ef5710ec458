/**
 * Die eingebaute Synonymliste der Jobsuche / The job search's built-in synonym list.
 *
 * DEUTSCH
 * Jede Zeile ist ein Eintrag. Es gibt zwei Arten:
 *   a, b, c          gleichwertig: Wer nach einem der Begriffe sucht, findet auch die anderen.
 *   a, b => x, y     eine Richtung: Wer nach a oder b sucht, findet auch x und y – aber nicht umgekehrt.
 * Ein Begriff darf aus mehreren Wörtern bestehen („pädagogische Fachkraft“, „Fachkraft für Lagerlogistik“,
 * „software developer“). Groß- und Kleinschreibung, Umlaute (ä/ae), weibliche Formen (Lehrerin, Lehrer*in)
 * und Beugung (Lehrern, Köche) gleicht die Suche selbst aus: Jeden Begriff bitte nur einmal in seiner
 * Grundform schreiben. Kommas trennen Begriffe, deshalb darf ein Begriff selbst kein Komma enthalten.
 * Gleichwertig nur, wenn es wirklich derselbe Beruf ist; wenn ein Alltagswort auf Wörter der Anzeigen zeigen
 * soll (Putzfrau => Reinigungskraft), eine Richtung. Englische Berufsnamen zeigen immer in eine Richtung auf die
 * deutschen Wörter der Anzeigen; sie gelten auf der deutschen wie auf der englischen Seite.
 *
 * ENGLISH
 * One entry per line, of two kinds:
 *   a, b, c          equivalent: a search for any of them also finds the others.
 *   a, b => x, y     one way: a search for a or b also finds x and y, but not the other way round.
 * A term may be a phrase of several words. Case, umlauts, female forms and inflection are folded by the search
 * itself, so write each term once, in its base form. Commas separate terms, so a term cannot contain one.
 * Make terms equivalent only when they name the same job; point everyday words at the words ads use with a
 * one-way entry. English occupation names point one way at the German words of the ads, on either page.
 *
 * The operator extends this list on the server with a file in the same format.
 */
export const builtInSynonyms: readonly string[] = [
  // --- Pflege und Gesundheit / care and health -----------------------------------------------------------------
  'Pflegefachkraft, Pflegefachmann, Pflegefachfrau, Krankenschwester, Krankenpfleger, Gesundheits- und Krankenpfleger, Altenpfleger, examinierte Pflegekraft',
  'Pflegekraft => Pflegefachkraft, Pflegefachmann, Krankenpfleger, Altenpfleger, Pflegehelfer, Pflegehilfskraft',
  'Pflegehelfer, Pflegehilfskraft, Pflegeassistent, Altenpflegehelfer, Krankenpflegehelfer',
  'Betreuungskraft, Alltagsbegleiter, Betreuungsassistent',
  'Heilerziehungspfleger, Heilerzieher',
  'Medizinische Fachangestellte, MFA, Arzthelfer',
  'Sprechstundenhilfe => Medizinische Fachangestellte, Arzthelfer',
  'Zahnmedizinische Fachangestellte, ZFA, Zahnarzthelfer',
  'Mediziner => Arzt',
  'Hausarzt => Allgemeinmedizin',
  'Physiotherapeut, Krankengymnast',
  'Logopäde, Sprachtherapeut',
  'Ergotherapeut, Beschäftigungstherapeut',
  'Hebamme, Entbindungspfleger',
  'OTA, Operationstechnischer Assistent',
  'MTR, Medizinischer Technologe für Radiologie, MTRA',

  // --- Erziehung, Schule, Soziales / education and social work ------------------------------------------------
  'Erzieher, pädagogische Fachkraft',
  'Kindergärtner, Kitaerzieher => Erzieher, pädagogische Fachkraft',
  'Kinderpfleger, Sozialassistent',
  'Kita, Kindertagesstätte, Kindergarten, Kindertageseinrichtung',
  'Lehrer, Lehrkraft',
  'Lehrer, Lehrkraft => Dozent',
  'Nachhilfe, Nachhilfelehrer, Hausaufgabenhilfe',
  'Sozialarbeiter, Sozialpädagoge',
  'Streetworker, Straßensozialarbeiter',
  'Schulbegleiter, Integrationshelfer, Schulassistenz',

  // --- Handwerk und Bau / skilled trades and construction -----------------------------------------------------
  'Elektriker, Elektroinstallateur, Elektroniker',
  'Elektriker => Elektromeister, Elektrofachkraft, Elektromonteur',
  'Schreiner, Tischler',
  'Zimmermann, Zimmerer, Holzbauer',
  'Klempner, Installateur, Sanitärinstallateur, Heizungsinstallateur, Heizungsbauer, Gas- und Wasserinstallateur => Anlagenmechaniker SHK, Anlagenmechaniker',
  'SHK => Anlagenmechaniker',
  'Anstreicher => Maler, Maler und Lackierer',
  'Bauarbeiter => Maurer, Betonbauer, Straßenbauer, Tiefbaufacharbeiter, Bauhelfer',
  'Landschaftsgärtner, Garten- und Landschaftsbauer, GaLaBau',
  'Gärtner => Garten- und Landschaftsbauer',
  'Metzger, Fleischer, Schlachter',
  'Friseur, Frisör, Friseuse',
  'Konditor, Zuckerbäcker',
  'Kfz-Mechatroniker, Kfz-Mechaniker, Automechaniker, Autoschlosser',
  'Mechaniker => Kfz-Mechatroniker',
  'Schlosser => Metallbauer, Industriemechaniker, Konstruktionsmechaniker',
  'Dreher, Fräser, Zerspaner => Zerspanungsmechaniker',
  'Hausmeister, Hauswart, Objektbetreuer',
  'Reinigungskraft, Putzkraft, Putzfrau, Reinigungsfachkraft, Gebäudereiniger',
  'Reinigungskraft, Putzkraft, Putzfrau, Putzhilfe, Raumpfleger, Zimmermädchen => Housekeeping, Zimmerreinigung',
  'Solarteur => Photovoltaik',

  // --- Industrie und Produktion / industry and production -----------------------------------------------------
  'Hilfsarbeiter, Hilfskraft, ungelernte Kraft => Produktionshelfer, Produktionsmitarbeiter, Lagerhelfer, Bauhelfer',
  'Fabrikarbeiter, Industriearbeiter, Fließbandarbeiter => Produktionsmitarbeiter, Produktionshelfer',
  'Maschinenbediener, Maschinenführer, Anlagenführer, Maschinen- und Anlagenführer',
  'Qualitätsprüfer, Qualitätskontrolleur, QS-Mitarbeiter',
  'Schichtleiter, Schichtführer',

  // --- Ingenieure und Technik / engineering -----------------------------------------------------------------------
  'Maschinenbauingenieur, Ingenieur Maschinenbau',
  'Elektroingenieur, Ingenieur Elektrotechnik',
  'Konstrukteur, Konstruktionsingenieur',
  'Tragwerksplaner, Statiker',
  'Vermessungstechniker, Vermesser, Geomatiker',
  'Bauzeichner, technischer Zeichner, technischer Systemplaner',
  'Bauleiter, Bauleitung',

  // --- Logistik und Verkehr / logistics and transport -----------------------------------------------------------
  'Berufskraftfahrer, Kraftfahrer, LKW-Fahrer, Lastwagenfahrer, Lastkraftwagenfahrer',
  'Brummifahrer, Trucker, Fernfahrer, Kipperfahrer => LKW-Fahrer, Berufskraftfahrer, Kraftfahrer',
  'Busfahrer, Omnibusfahrer, Linienbusfahrer, Berufskraftfahrer Personenverkehr',
  'Staplerfahrer, Gabelstaplerfahrer, Staplerführer, Flurförderzeugführer',
  'Staplerfahrer, Gabelstaplerfahrer => Fachkraft für Lagerlogistik, Lagerlogistik, Lagerist, Lagermitarbeiter, Fachlagerist',
  'Lagerarbeiter, Lagermitarbeiter, Lagerhelfer, Lagerist, Lagerkraft',
  'Lagerarbeiter => Fachkraft für Lagerlogistik, Kommissionierer',
  'Kommissionierer, Picker',
  'Kurierfahrer, Auslieferungsfahrer, Lieferfahrer, Ausfahrer, Paketzusteller',
  'Disponent, Disposition',

  // --- Handel / retail ----------------------------------------------------------------------------------------
  'Verkäufer, Verkaufsberater, Verkaufsmitarbeiter, Verkaufskraft, Verkaufshilfe',
  'Kassierer, Kassenkraft, Kassenmitarbeiter',
  'Kasse => Kassierer, Kassenkraft',
  'Regalauffüller, Regaleinräumer, Warenverräumer, Warenverräumung',
  'Einzelhandelskaufmann, Kaufmann im Einzelhandel',
  'Filialleiter, Filialleitung, Marktleiter, Marktleitung',

  // --- Gastronomie und Tourismus / hospitality --------------------------------------------------------------------
  'Kellner, Servicekraft, Restaurantfachmann',
  'Bedienung, Servierkraft => Servicekraft, Kellner, Restaurantfachmann',
  'Küchenhilfe, Küchenhelfer, Küchenkraft',
  'Spüler, Tellerwäscher => Spülkraft, Küchenhilfe',
  'Küchenchef, Chefkoch',
  'Rezeptionist, Empfangskraft, Rezeptionsmitarbeiter => Rezeption, Empfang',
  'Portier, Pförtner',

  // --- Büro und Verwaltung / office and administration ---------------------------------------------------------
  'Bürokaufmann, Kaufmann für Büromanagement',
  'Bürokaufmann, Kaufmann für Büromanagement => kaufmännischer Mitarbeiter',
  'Bürokraft, Büroangestellter, Bürofachkraft, Büromitarbeiter => Kaufmann für Büromanagement, Bürokaufmann, kaufmännischer Mitarbeiter, Bürohilfe',
  'Sekretär, Sekretariatskraft, Chefsekretär, Assistenz der Geschäftsführung',
  'Buchhalter, Buchhaltung, Finanzbuchhalter',
  'Lohnbuchhalter, Entgeltabrechner, Gehaltsbuchhalter',
  'Steuerfachangestellter, Steuerfachgehilfe',
  'Verwaltungsangestellter, Verwaltungsmitarbeiter => Verwaltungsfachangestellter, Sachbearbeiter',
  'Callcenter-Agent, Telefonist => Kundenservice, Kundenbetreuer',

  // --- IT -------------------------------------------------------------------------------------------------------
  'Softwareentwickler, Softwareingenieur, software developer, software engineer',
  'Softwareentwickler => Anwendungsentwickler, Fullstack-Entwickler, Frontend-Entwickler, Backend-Entwickler',
  'Programmierer, Coder => Softwareentwickler, Entwickler',
  'Webentwickler, web developer => Frontend-Entwickler, Fullstack-Entwickler',
  'Frontend-Entwickler, frontend developer',
  'Systemadministrator, IT-Administrator, Sysadmin',
  'Systemadministrator, IT-Administrator => Netzwerkadministrator, Fachinformatiker Systemintegration',
  'IT-Support, Helpdesk, Servicedesk, First-Level-Support',

  // --- Ausbildung, Arbeitszeit, Beschäftigungsart / training, hours, kind of employment ----------------------------
  'Azubi, Auszubildender, Lehrling, Lehrstelle, Ausbildungsplatz, Ausbildungsstelle => Ausbildung, Duales Studium',
  'Praktikant, Praktika => Praktikum, Famulatur, Praxissemester',
  '450-Euro-Job, 520-Euro-Job, 538-Euro-Job, 556-Euro-Job, 603-Euro-Job, geringfügige Beschäftigung => Minijob',
  'Teilzeitstelle, Teilzeitjob, Halbtagsjob, halbtags => Teilzeit',
  'Vollzeitstelle, Vollzeitjob => Vollzeit',
  'Studentenjob => Werkstudent, Minijob',
  'Quereinsteiger, Quereinstieg, Seiteneinsteiger',
  'Homeoffice, mobiles Arbeiten, Telearbeit',

  // --- English occupation names => the German words of the ads ----------------------------------------------------
  // care and health
  'nurse, registered nurse, nursing professional => Pflegefachkraft, Pflegefachmann, Krankenpfleger, Krankenschwester, Gesundheits- und Krankenpfleger, Altenpfleger',
  'nursing => Pflege',
  'geriatric nurse, elderly care nurse => Altenpfleger, Pflegefachkraft',
  'elderly care, aged care => Altenpflege, Seniorenbetreuung',
  'care worker, carer, caregiver, care assistant, support worker => Pflegehelfer, Pflegehilfskraft, Betreuungskraft, Altenpfleger, Heilerziehungspfleger',
  'home care => ambulante Pflege, ambulanter Dienst',
  'nursing assistant, nurse assistant, healthcare assistant => Pflegehelfer, Pflegehilfskraft, Pflegeassistent',
  'disability support worker => Heilerziehungspfleger',
  'nurse manager, care manager => Pflegedienstleitung, Stationsleitung, Wohnbereichsleitung',
  'doctor, physician, medical doctor => Arzt, Facharzt, Assistenzarzt, Arzt in Weiterbildung',
  'general practitioner, family doctor => Allgemeinmedizin, Hausarzt',
  'resident doctor, junior doctor => Assistenzarzt, Arzt in Weiterbildung',
  'dentist => Zahnarzt',
  'dental assistant, dental nurse => Zahnmedizinische Fachangestellte, ZFA',
  'medical assistant => Medizinische Fachangestellte, MFA, Arzthelfer',
  'pharmacist => Apotheker',
  'pharmacy technician => Pharmazeutisch-technischer Assistent, PTA',
  'physiotherapist, physical therapist => Physiotherapeut',
  'occupational therapist => Ergotherapeut',
  'speech therapist, speech and language therapist => Logopäde',
  'massage therapist => Masseur',
  'midwife => Hebamme',
  'paramedic => Notfallsanitäter, Rettungssanitäter',
  'radiographer => Medizinischer Technologe für Radiologie, MTR',
  'surgical technologist, operating room technician => Operationstechnischer Assistent',
  'practice manager => Praxismanager',

  // education and social work
  'teacher, school teacher, schoolteacher => Lehrer, Lehrkraft',
  'primary school teacher, elementary school teacher => Grundschullehrer',
  'vocational teacher => Berufsschullehrer',
  'lecturer, language teacher => Dozent',
  'tutor => Nachhilfelehrer, Hausaufgabenhilfe',
  'kindergarten teacher, preschool teacher, nursery teacher => Erzieher, pädagogische Fachkraft',
  'educator, early childhood educator, childcare worker => Erzieher, pädagogische Fachkraft, Kindheitspädagoge, Sozialassistent',
  'childminder => Tagesmutter, Kindertagespflege',
  'social worker => Sozialarbeiter, Sozialpädagoge',
  'youth worker => Jugendhilfe, Jugendarbeit, Sozialarbeiter',
  'teaching assistant, school assistant => Schulbegleiter, Integrationshelfer',
  'special needs educator => Heilpädagoge, Sonderpädagoge',
  'librarian => Bibliothekar, Fachangestellter für Medien- und Informationsdienste',

  // skilled trades and construction
  'electrician => Elektriker, Elektroniker, Elektroinstallateur, Elektroniker für Energie- und Gebäudetechnik, Elektromeister',
  'electronics technician => Elektroniker, Elektroniker für Geräte und Systeme',
  'electrical technician => Elektrotechniker, Elektroniker',
  'solar installer => Photovoltaik, Solarteur',
  'plumber, pipefitter => Anlagenmechaniker SHK, Anlagenmechaniker, Installateur',
  'heating engineer, heating technician, HVAC technician => Anlagenmechaniker SHK, Heizung, Kundendiensttechniker Heizung',
  'heat pump technician => Wärmepumpe, Servicetechniker Wärmepumpen',
  'carpenter => Tischler, Zimmerer, Holzbauer, Schreiner',
  'joiner, cabinetmaker => Tischler, Schreiner',
  'roofer => Dachdecker',
  'bricklayer, mason => Maurer',
  'construction worker, labourer, laborer => Bauhelfer, Maurer, Betonbauer, Straßenbauer, Tiefbaufacharbeiter',
  'road worker => Straßenbauer, Straßenwärter',
  'concrete worker => Betonbauer',
  'site manager, construction manager => Bauleiter, Polier',
  'foreman => Polier, Vorarbeiter',
  'painter, decorator => Maler, Maler und Lackierer',
  'car painter => Fahrzeuglackierer',
  'tiler => Fliesenleger',
  'gardener, landscaper, landscape gardener => Garten- und Landschaftsbauer, Gärtner, Landschaftsgärtner',
  'baker => Bäcker',
  'pastry chef, confectioner => Konditor',
  'butcher => Fleischer, Metzger',
  'hairdresser, hair stylist, barber => Friseur',
  'excavator operator, digger driver => Baggerfahrer, Baugeräteführer',
  'crane operator => Kranführer',
  'mechanic => Mechaniker, Kfz-Mechatroniker, Industriemechaniker, Mechatroniker',
  'car mechanic, auto mechanic, motor mechanic, vehicle technician => Kfz-Mechatroniker, Kfz-Mechaniker',
  'panel beater, body shop technician => Karosseriebauer',
  'tyre fitter, tire technician => Reifenservice',
  'caretaker, janitor, handyman => Hausmeister',
  'cleaner, cleaning staff, housekeeper, room attendant, chambermaid => Reinigungskraft, Gebäudereiniger, Housekeeping, Zimmerreinigung',

  // industry and production
  'mechatronics technician, mechatronics engineer => Mechatroniker',
  'industrial mechanic, maintenance mechanic => Industriemechaniker, Instandhaltung',
  'maintenance technician => Instandhaltung, Industriemechaniker, Servicetechniker',
  'service technician, field service technician => Servicetechniker, Kundendiensttechniker',
  'welder => Schweißer',
  'metalworker, metal worker, fitter => Metallbauer, Schlosser, Industriemechaniker',
  'machinist, CNC machinist, CNC operator => Zerspanungsmechaniker, CNC-Fräser, CNC-Bediener, Dreher',
  'toolmaker => Werkzeugmechaniker',
  'machine operator, plant operator => Maschinenbediener, Maschinenführer, Maschinen- und Anlagenführer, Anlagenführer',
  'production worker, factory worker, production assistant => Produktionsmitarbeiter, Produktionshelfer',
  'assembler, assembly worker => Montage, Monteur, Bestücker',
  'quality inspector, quality controller => Qualitätsprüfer, Qualitätssicherung',
  'quality assurance, quality management => Qualitätssicherung, Qualitätsmanagement',
  'shift supervisor, shift leader => Schichtleiter',
  'cleanroom operator => Operator Reinraum, Reinraum, Mikrotechnologe',
  'microtechnologist => Mikrotechnologe',
  'food technologist => Lebensmitteltechnologe, Fachkraft für Lebensmitteltechnik',
  'plastics technician, plastics process technician => Verfahrensmechaniker Kunststoff- und Kautschuktechnik, Kunststoff',
  'unskilled worker, helper, general worker => Helfer, Hilfskraft, Produktionshelfer, Lagerhelfer, Bauhelfer',

  // engineering
  'engineer => Ingenieur',
  'mechanical engineer => Maschinenbauingenieur, Ingenieur Maschinenbau, Konstrukteur',
  'electrical engineer => Elektroingenieur, Ingenieur Elektrotechnik',
  'civil engineer => Bauingenieur, Wasserbauingenieur, Tragwerksplaner',
  'structural engineer => Tragwerksplaner, Statiker',
  'design engineer => Konstrukteur',
  'project engineer => Projektingenieur',
  'process engineer => Prozessingenieur, Verfahrenstechnik',
  'commissioning engineer, commissioning technician => Inbetriebnahmetechniker',
  'automation engineer, PLC programmer => Automatisierungstechnik, SPS-Programmierer',
  'surveyor => Vermessungstechniker, Vermesser',
  'draughtsman, draftsman, technical drafter => technischer Zeichner, Bauzeichner, technischer Produktdesigner',
  'architect => Architekt',
  'technician => Techniker',
  'test technician => Prüffeldtechniker, Prüftechnik',
  'climate protection manager, sustainability manager => Klimaschutzmanager',

  // IT
  'developer, programmer => Entwickler, Softwareentwickler, Programmierer',
  'backend developer => Backend-Entwickler, Softwareentwickler',
  'full stack developer, fullstack developer => Fullstack-Entwickler',
  'embedded developer, embedded software engineer => Embedded-Softwareentwickler',
  'system administrator, sysadmin, systems administrator => Systemadministrator, IT-Administrator, Netzwerkadministrator, Fachinformatiker Systemintegration',
  'network administrator => Netzwerkadministrator',
  'IT support, help desk, service desk => IT-Support, Helpdesk',
  'IT specialist => Fachinformatiker',
  'software tester, QA engineer, test engineer => Softwaretester, Testautomatisierung',
  'IT security officer => IT-Sicherheitsbeauftragter, IT-Sicherheit',
  'consultant => Berater',
  'SAP consultant => SAP-Berater',

  // logistics and transport
  'truck driver, lorry driver, HGV driver => Berufskraftfahrer, LKW-Fahrer, Kraftfahrer',
  'bus driver => Busfahrer, Berufskraftfahrer Personenverkehr',
  'coach driver => Reisebusfahrer',
  'school bus driver => Schülerbeförderung, Busfahrer',
  'delivery driver, van driver, courier => Auslieferungsfahrer, Kurierfahrer, Fahrer',
  'driver => Fahrer, Kraftfahrer',
  'forklift driver, forklift operator => Staplerfahrer, Fachkraft für Lagerlogistik, Lagerist',
  'warehouse worker, warehouse operative, warehouse clerk, stock clerk => Lagermitarbeiter, Lagerist, Lagerhelfer, Fachkraft für Lagerlogistik',
  'warehouse => Lager, Lagerlogistik',
  'warehouse manager => Lagerleiter',
  'picker, order picker => Kommissionierer, Kommissionierung',
  'logistics => Logistik',
  'dispatcher => Disponent, Disposition',
  'freight forwarder, forwarding agent => Speditionskaufmann, Kaufmann für Spedition und Logistikdienstleistung',

  // hospitality and tourism
  'cook, chef => Koch, Küchenchef',
  'sous chef => Souschef',
  'kitchen helper, kitchen assistant, kitchen porter => Küchenhilfe, Spülkraft',
  'dishwasher => Spülkraft',
  'waiter, waitress, waiting staff => Servicekraft, Kellner, Restaurantfachmann',
  'bartender => Barkeeper, Servicekraft',
  'receptionist, front desk => Rezeption, Empfang',
  'hotel receptionist => Hotelfachmann, Rezeption',
  'night porter, night auditor => Nachtportier',
  'tour guide => Gästeführer',
  'lifeguard => Rettungsschwimmer, Fachangestellter für Bäderbetriebe',
  'event manager => Veranstaltungskaufmann',
  'tourist information => Tourist-Information',

  // retail
  'cashier, checkout assistant => Kassierer, Kasse',
  'sales assistant, shop assistant, salesperson, retail assistant => Verkäufer, Fachverkäufer, Verkaufshilfe, Verkaufsberater',
  'retail => Einzelhandel, Verkauf, Handel',
  'store manager, shop manager => Filialleiter, Filialleitung, Marktleitung',
  'shelf stacker => Warenverräumung, Regalauffüller',
  'car salesman, car sales => Automobilverkäufer',
  'sales representative => Außendienst, Vertrieb',

  // office and administration
  'office clerk, clerk, office administrator => Kaufmann für Büromanagement, Bürokaufmann, kaufmännischer Mitarbeiter, Sachbearbeiter',
  'office assistant => Bürokraft, Bürohilfe, kaufmännischer Mitarbeiter',
  'administrative assistant => Sachbearbeiter, Verwaltung',
  'secretary, executive assistant, personal assistant => Sekretär, Assistenz der Geschäftsführung',
  'accountant, bookkeeper => Buchhalter, Buchhaltung, Bilanzbuchhalter, Finanzbuchhalter',
  'payroll => Lohnbuchhalter, Entgeltabrechnung, Lohnbuchhaltung',
  'tax advisor, tax consultant => Steuerberater, Steuerfachangestellter, Steuerfachwirt',
  'tax clerk => Steuerfachangestellter',
  'HR, human resources => Personal, Personalreferent, Personalsachbearbeiter, Personalwesen',
  'recruiter => Personalreferent, Recruiting',
  'customer service => Kundenservice, Kundenbetreuer',
  'property manager, real estate agent => Immobilienkaufmann, Hausverwaltung',
  'civil servant, public administration => Verwaltungsfachangestellter, öffentlicher Dienst, Verwaltung',

  // other fields
  'security guard => Sicherheitsmitarbeiter, Wachschutz, Fachkraft für Schutz und Sicherheit',
  'farmer, agricultural worker => Landwirt, Landwirtschaft',
  'forester => Forstwirt',
  'municipal worker => Bauhof, Straßenwärter',
  'firefighter => Feuerwehr',

  // training, hours, kind of employment
  'apprenticeship, apprentice, vocational training => Ausbildung, Azubi',
  'trainee => Ausbildung, Auszubildender, Trainee',
  'dual study, dual studies, work-study => Duales Studium',
  'internship, intern => Praktikum, Praktikant',
  'working student, student job => Werkstudent',
  'part-time, part time => Teilzeit',
  'full-time, full time => Vollzeit',
  'mini job, minijob, marginal employment => Minijob',
  'side job => Nebenjob, Minijob, Aushilfe',
  'seasonal => Saison',
  'career changer, lateral entrant => Quereinsteiger',
  'remote, home office, remote work => Homeoffice, mobiles Arbeiten',
  'entry level, graduate => Berufseinsteiger',
  'team leader => Teamleitung, Teamleiter',
];
