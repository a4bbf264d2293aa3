/* pj-demo-data.c: the content of the example awards
 *
 * Förnyelsepriset and Kvalitetsutmärkelsen, 2026 and the decided 2025, as a
 * city would run them, in Swedish: categories, criteria with rubrics drawn from the city's
 * definition of innovation ("something the recipient considers essentially
 * new and value-creating; it involves a leap"), units, jurors and
 * nominations. Every person and every private provider here is invented.
 * The words the synthetic generator composes from live here too.
 *
 * The content is data, not interface text, so it is not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pj-demo"

#include "config.h"

#include "pj-demo-private.h"

#define SUB(x) (1u << PJ_SUBSTRATEGY_##x)

/* Units ------------------------------------------------------------------ */

static const PjDemoUnit units[] = {
  /* Förvaltningar */
  { "Stadsledningskontoret", PJ_UNIT_FORVALTNING, NULL },
  { "Utbildningsförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Socialförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Äldreförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Kulturförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Arbetsmarknadsförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Trafikkontoret", PJ_UNIT_FORVALTNING, NULL },
  { "Miljöförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Idrottsförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Stadsbyggnadskontoret", PJ_UNIT_FORVALTNING, NULL },
  { "Serviceförvaltningen", PJ_UNIT_FORVALTNING, NULL },
  { "Hägerstensåsens skola", PJ_UNIT_FORVALTNING, "Utbildningsförvaltningen" },
  { "Kista grundskola", PJ_UNIT_FORVALTNING, "Utbildningsförvaltningen" },
  { "Stadsbiblioteket", PJ_UNIT_FORVALTNING, "Kulturförvaltningen" },

  /* Stadsdelsförvaltningar */
  { "Rinkeby-Kista stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Spånga-Tensta stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Hässelby-Vällingby stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Bromma stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Norrmalms stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Södermalms stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Enskede-Årsta-Vantörs stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Farsta stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Hägersten-Älvsjö stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Skärholmens stadsdelsförvaltning", PJ_UNIT_STADSDELSFORVALTNING, NULL },
  { "Skärholmens hemtjänst", PJ_UNIT_STADSDELSFORVALTNING, "Skärholmens stadsdelsförvaltning" },
  { "Farsta förskolor", PJ_UNIT_STADSDELSFORVALTNING, "Farsta stadsdelsförvaltning" },

  /* Bolag */
  { "Stockholms Stadshus AB", PJ_UNIT_BOLAG, NULL },
  { "Stockholmshem", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "Svenska Bostäder", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "Familjebostäder", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "Micasa Fastigheter", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "Stockholm Vatten och Avfall", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "SISAB", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "Stokab", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "Stockholms Hamnar", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },
  { "Stockholm Business Region", PJ_UNIT_BOLAG, "Stockholms Stadshus AB" },

  /* Externa utförare: invented providers */
  { "Omsorgsgruppen Norr AB", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Vårdkompassen Söder AB", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Lärgårdens friskolor AB", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Brobygget ekonomisk förening", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Hemtjänst Mälarstrand AB", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Stiftelsen Ekhagsgården", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Assistanslaget i Stockholm AB", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Nya Spår arbetsintegration ekonomisk förening", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Förskolan Trädkojan AB", PJ_UNIT_EXTERN_UTFORARE, NULL },
  { "Ljusnäsets vård och omsorg AB", PJ_UNIT_EXTERN_UTFORARE, NULL },
};

/* Förnyelsepriset 2026 ---------------------------------------------------- */

static const PjDemoCategory fp_categories[] = {
  { "Skola",
    "Grundskola, gymnasieskola och vuxenutbildning: nya sätt att undervisa, att organisera "
    "lärandet eller att stödja elever.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70,
    "Diplom och 50 000 kronor till verksamhetsutveckling" },
  { "Äldreomsorg",
    "Hemtjänst, vård- och omsorgsboenden, dagverksamhet och förebyggande arbete för äldre, "
    "i egen regi och hos upphandlade utförare.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70,
    "Diplom och 50 000 kronor till verksamhetsutveckling" },
  { "Socialtjänst",
    "Individ- och familjeomsorg, stöd till personer med funktionsnedsättning, ekonomiskt "
    "bistånd och socialt förebyggande arbete.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70,
    "Diplom och 50 000 kronor till verksamhetsutveckling" },
  { "Övriga verksamheter",
    "Stadsmiljö, kultur, idrott, arbetsmarknad, bostäder och stödfunktioner i förvaltningar "
    "och bolag.",
    PJ_AWARD_MODE_TOP_N, 1, 1, 70,
    "Diplom och 50 000 kronor till verksamhetsutveckling" },
};

static const PjDemoCriterion fp_criteria[] = {
  { "Nyhetsgrad",
    "Hur väsentligt nytt är arbetssättet, metoden eller tjänsten för dem som får del av den? "
    "Nytt för staden eller för målgruppen väger tyngre än nytt för den egna enheten.",
    3, 1, 5,
    { "Känt och etablerat arbetssätt", "Nytt för den egna enheten",
      "Nytt för förvaltningen eller bolaget", "Nytt för staden", "Nytt även nationellt" } },
  { "Värdeskapande",
    "Vilket värde skapar förnyelsen, och för vem: invånare, brukare, elever, medarbetare eller "
    "staden? Värdet ska vara beskrivet och helst mätt.",
    3, 1, 5,
    { "Värdet är inte beskrivet", "Värdet är beskrivet men inte belagt",
      "Tydligt värde för en avgränsad grupp", "Belagt värde för flera grupper",
      "Stort och mätt värde för många" } },
  { "Språng",
    "Innebär förnyelsen ett språng – något annat än det kontinuerliga förbättringsarbetet? "
    "Skiljer den sig tydligt från hur verksamheten arbetade tidigare?",
    2, 1, 5,
    { "Ordinarie utvecklingsarbete", "Stegvis förbättring", "Tydlig förändring av arbetssättet",
      "Nytt sätt att lösa uppgiften", "Genomgripande nytänkande" } },
  { "Spridningsbarhet",
    "Kan andra enheter, förvaltningar, bolag eller upphandlade verksamheter ta efter? Är "
    "arbetssättet beskrivet så att det går att sprida?",
    2, 1, 5,
    { "Svårt att överföra", "Kan överföras med stor anpassning",
      "Kan överföras till liknande verksamheter", "Redan spritt till en annan enhet",
      "Spritt brett eller färdigt att sprida" } },
  { "Genomförande",
    "Är förnyelsen införd i den ordinarie verksamheten, eller är den fortfarande en idé eller "
    "ett projekt?",
    1, 1, 5,
    { "Idé eller planering", "Pågående försök", "Infört i delar av verksamheten",
      "Infört och följs upp", "En självklar del av vardagen" } },
  { "Samverkan",
    "Har förnyelsen tagits fram tillsammans med andra: brukare, andra förvaltningar, "
    "lärosäten, civilsamhälle eller näringsliv?",
    1, 1, 5,
    { "Ingen samverkan", "Samverkan inom den egna enheten", "Samverkan med en annan aktör",
      "Samverkan med flera aktörer", "Samskapat med brukare och flera aktörer" } },
};

/* Categories: 0 Skola, 1 Äldreomsorg, 2 Socialtjänst, 3 Övriga verksamheter */
static const PjDemoJuror fp_jurors[] = {
  { "Karin Lindqvist", "karin.lindqvist@stockholm.se", "Stadsledningskontoret",
    PJ_ROLE_CHAIR, 0xf },
  { "Johan Ekström", "johan.ekstrom@stockholm.se", "Utbildningsförvaltningen",
    PJ_ROLE_MEMBER, 0x1 | 0x8 },
  { "Amira Haddad", "amira.haddad@stockholm.se", "Socialförvaltningen",
    PJ_ROLE_MEMBER, 0x4 | 0x2 },
  { "Lars-Erik Nyberg", "lars-erik.nyberg@stockholm.se", "Äldreförvaltningen",
    PJ_ROLE_MEMBER, 0x2 | 0x4 },
  { "Sofia Bergström", "sofia.bergstrom@stockholm.se", "Södermalms stadsdelsförvaltning",
    PJ_ROLE_MEMBER, 0x1 | 0x4 },
  { "Mikael Öberg", "mikael.oberg@stockholm.se", "Skärholmens stadsdelsförvaltning",
    PJ_ROLE_MEMBER, 0x2 | 0x8 },
  { "Helena Strand", "helena.strand@stockholm.se", "Stockholmshem",
    PJ_ROLE_MEMBER, 0x8 | 0x1 },
  { "Ahmed Yusuf", "ahmed.yusuf@stockholm.se", "Arbetsmarknadsförvaltningen",
    PJ_ROLE_MEMBER, 0x8 | 0x4 },
};

static const PjDemoNomination fp_nominations[] = {
  { "Läxhjälp i chatt med gymnasieelever som chattvärdar", 0,
    { "Hägerstensåsens skola", NULL },
    { { "Maja Holm", "Lärare och projektledare" }, { "Daniel Sjöberg", "IT-pedagog" },
      { "Nora Lund", "Rektor" } },
    "Maja Holm", "maja.holm@stockholm.se", "08-508 331 12",
    "Elin Ström", "Utbildningsförvaltningen", "2026-02-03",
    "Elever i årskurs 7–9 får läxhjälp på kvällstid i en chatt som bemannas av "
    "gymnasieelever. Lärare handleder chattvärdarna och går varje vecka igenom vad eleverna "
    "har frågat om, så att undervisningen fångar upp det som många fastnar på.",
    "Läxhjälpen ges av äldre elever i en trygg, modererad chatt, och frågorna återkopplas "
    "till lärarna. Kamratlärande och kvällstid används på ett sätt som skolan inte gjort förut.",
    "Elever utan stöd hemma får hjälp när de behöver den. Gymnasieeleverna får "
    "arbetslivserfarenhet och lärarna en bild av vad som är svårt.",
    "1 400 chattar första terminen. Andelen elever i årskurs 9 med lägst godkänt i matematik "
    "ökade från 78 till 86 procent.",
    "Infört sedan hösten 2025 och finansierat i skolans ordinarie budget.",
    "Tre skolor i Hägersten-Älvsjö startar till hösten. En handledning och chattens regler "
    "finns på intranätet.",
    "Stockholms universitet (utvärdering), gymnasieskolor i söderort",
    SUB (TOOLS) | SUB (MEETING_PLACES), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL,
    45, 0.85 },
  { "Studiehandledning på modersmål i digitala team", 0,
    { "Kista grundskola", NULL },
    { { "Farah Ali", "Studiehandledare" }, { "Per Wikström", "Biträdande rektor" } },
    "Per Wikström", "per.wikstrom@stockholm.se", "08-508 452 30",
    "Per Wikström", "Kista grundskola", "2026-02-10",
    "Studiehandledare på arabiska, somaliska och tigrinja arbetar i ett gemensamt digitalt "
    "team som fler skolor kan boka. Eleverna får handledning på sitt modersmål även när den "
    "egna skolan saknar en handledare på språket.",
    "Studiehandledningen organiseras över skolgränserna i stället för att varje skola "
    "anställer själv.",
    "Nyanlända elever får stöd i fler ämnen och skolorna delar på en knapp kompetens.",
    "Elva skolor bokar teamet. Väntetiden för studiehandledning har gått från sex veckor till "
    "en.",
    "Infört i Kista och på två skolor i Spånga sedan januari 2025.",
    "Utbildningsförvaltningen utreder om teamet ska bli stadsgemensamt.",
    "Spånga-Tensta stadsdelsförvaltning (lokaler), modersmålsenheten",
    SUB (TOOLS), PJ_CLASS_FORBATTRING, PJ_NOMINATION_SUBMITTED, NULL,
    12, 0.6 },
  { "Rörelsepass varje skoldag med idrottsföreningar", 0,
    { "Utbildningsförvaltningen", "Idrottsförvaltningen" },
    { { "Jonas Hellström", "Idrottslärare" }, { "Ida Nordin", "Föreningskonsulent" } },
    "Ida Nordin", "ida.nordin@stockholm.se", "08-508 275 00",
    "Kenneth Larsson", "Idrottsförvaltningen", "2026-01-22",
    "Ledare från lokala idrottsföreningar håller ett rörelsepass om 20 minuter varje "
    "skoldag på tolv skolor. Föreningarna får ersättning och nya medlemmar, skolorna ett "
    "schemalagt avbrott i stillasittandet.",
    "Samarbetet mellan skola och förening är schemalagt och betalt, inte ett frivilligt "
    "erbjudande efter skoltid.",
    "Eleverna rör sig mer och lärarna rapporterar lugnare lektioner efter passen.",
    "Andelen elever som rör sig minst 60 minuter om dagen ökade från 38 till 51 procent.",
    "Infört 2019 på tolv skolor.",
    "Beskrivet i stadens handbok för skolidrott.",
    "Stockholms idrottsförbund, tolv idrottsföreningar",
    SUB (MEETING_PLACES), PJ_CLASS_GOTT_EXEMPEL, PJ_NOMINATION_INELIGIBLE,
    "Arbetssättet infördes 2019 och fick Kvalitetsutmärkelsen 2022; det är inte längre nytt.",
    -1, 0.45 },
  { "Digital nattillsyn som ersätter störande besök", 1,
    { "Skärholmens hemtjänst", NULL },
    { { "Marie Karlsson", "Enhetschef" }, { "Yusuf Demir", "Undersköterska" },
      { "Lena Falk", "Sjuksköterska" } },
    "Marie Karlsson", "marie.karlsson@stockholm.se", "08-508 249 87",
    "Marie Karlsson", "Skärholmens stadsdelsförvaltning", "2026-02-14",
    "Brukare som vill får tillsyn på natten via en kamera som bara visar en bild vid "
    "bestämda tider, i stället för ett besök som väcker dem. Personalen åker ut när bilden "
    "visar att något behövs.",
    "Tillsynen anpassas efter brukarens sömn, och besöken görs när de behövs i stället för "
    "efter ett schema.",
    "Brukarna sover ostört och nattpatrullen hinner med fler akuta larm.",
    "86 brukare har digital tillsyn. Antalet nattbesök minskade med 40 procent; inga "
    "allvarliga händelser har missats.",
    "Infört i hela Skärholmens hemtjänst sedan mars 2025.",
    "Farsta och Enskede-Årsta-Vantör har tagit över rutinerna.",
    "Äldreförvaltningen, brukarnas anhöriga",
    SUB (TOOLS) | SUB (PROCUREMENT), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL,
    120, 0.75 },
  { "Måltidsvänner – gemensamma luncher på träffpunkter", 1,
    { "Södermalms stadsdelsförvaltning", "Äldreförvaltningen" },
    { { "Gunilla Ek", "Verksamhetsutvecklare" }, { "Omar Said", "Kock" } },
    "Gunilla Ek", "gunilla.ek@stockholm.se", "08-508 120 44",
    "Bo Sundin", "Södermalms stadsdelsförvaltning", "2026-02-20",
    "Äldre som äter ensamma hemma bjuds in till lunch på stadsdelens träffpunkter, där "
    "frivilliga måltidsvänner äter med dem. Hemtjänsten ordnar följeslagare till dem som "
    "behöver.",
    "Måltiden används som väg in till gemenskap, och hemtjänst, träffpunkt och frivilliga "
    "planerar tillsammans.",
    "Mindre ensamhet och bättre näringsintag hos äldre som annars äter lite.",
    "140 deltagare i veckan. Sju av tio uppger att de känner sig mindre ensamma.",
    "Pågår på fyra träffpunkter sedan 2025.",
    "Kan tas efter av alla stadsdelar med träffpunkter.",
    "Röda korset, Stockholms stadsmission",
    SUB (MEETING_PLACES), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL,
    18, 0.55 },
  { "Språkombud i hemtjänsten", 1,
    { "Omsorgsgruppen Norr AB", NULL },
    { { "Sara Lindholm", "Kvalitetsansvarig" }, { "Tesfay Gebre", "Språkombud" } },
    "Sara Lindholm", "sara.lindholm@omsorgsgruppen-norr.example", "070-123 45 67",
    "Anna Wallén", "Äldreförvaltningen", "2026-02-26",
    "Utföraren har utbildat språkombud som stöttar kollegor i svenska och i omsorgens "
    "ord och begrepp. Dokumentationen har blivit bättre och missförstånd med brukarna färre.",
    "En upphandlad utförare har byggt ett eget stöd för språkutveckling i vardagen.",
    "Säkrare omsorg när personal och brukare förstår varandra.",
    "Avvikelser som beror på missförstånd halverades på ett år.",
    "Infört i alla arbetsgrupper.",
    "Utföraren delar materialet med stadens egen regi.",
    "Stockholms stad (Äldreförvaltningen), Komvux",
    SUB (KNOWLEDGE), PJ_CLASS_INNOVATION, PJ_NOMINATION_SUBMITTED, NULL,
    64, 0.5 },
  { "Digitalt drop-in för ekonomiskt bistånd", 2,
    { "Rinkeby-Kista stadsdelsförvaltning", NULL },
    { { "Hanna Björk", "Socialsekreterare" }, { "Ali Hassan", "Enhetschef" },
      { "Eva Lund", "Digitaliseringsstrateg" } },
    "Ali Hassan", "ali.hassan@stockholm.se", "08-508 012 33",
    "Ali Hassan", "Rinkeby-Kista stadsdelsförvaltning", "2026-01-30",
    "Den som söker ekonomiskt bistånd kan utan tidsbokning träffa en socialsekreterare i "
    "ett videosamtal två förmiddagar i veckan. Frågor som tidigare tog veckor att reda ut "
    "löses direkt, och besöken på plats räcker till dem som behöver dem mest.",
    "Drop-in på video har inte funnits inom ekonomiskt bistånd i staden.",
    "Snabbare besked för den sökande och mindre tid för handläggaren på kompletteringar.",
    "900 samtal första halvåret. Handläggningstiden för en ansökan kortades från 21 till 9 "
    "dagar.",
    "Ingår sedan hösten 2025 i enhetens ordinarie schema.",
    "Socialförvaltningen tar fram en gemensam rutin för alla stadsdelar.",
    "Socialförvaltningen, Serviceförvaltningen (kontaktcenter)",
    SUB (TOOLS) | SUB (GOVERNANCE), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL,
    35, 0.7 },
  { "Familjecentral på biblioteket", 2,
    { "Spånga-Tensta stadsdelsförvaltning", "Stadsbiblioteket" },
    { { "Linnea Ahl", "Familjebehandlare" }, { "Jamal Osman", "Bibliotekarie" } },
    "Linnea Ahl", "linnea.ahl@stockholm.se", "08-508 035 70",
    "Tove Rask", "Kulturförvaltningen", "2026-02-05",
    "Socialtjänstens familjebehandlare, barnavårdscentralen och biblioteket tar emot "
    "familjer på samma plats i Tensta bibliotek. Föräldrar som aldrig skulle söka sig till "
    "socialtjänsten möter den i en miljö de redan känner.",
    "Socialtjänstens förebyggande stöd flyttar in i ett bibliotek, en plats utan stigma.",
    "Fler familjer får tidigt stöd; barnen får läsfrämjande aktiviteter på köpet.",
    "Besöken till öppen förskola fördubblades, och 60 familjer fick råd utan att en "
    "utredning behövdes.",
    "Öppet tre dagar i veckan sedan april 2025.",
    "Rinkeby och Skärholmen planerar samma upplägg.",
    "Region Stockholm (BVC), Kulturförvaltningen",
    SUB (MEETING_PLACES) | SUB (LEADERSHIP), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE,
    NULL, 9, 0.8 },
  { "Tidiga samtal: skola, socialtjänst och fritid i samma rum", 2,
    { "Farsta stadsdelsförvaltning", NULL },
    { { "Kristina Berg", "Samordnare" }, { "Mats Ek", "Fältassistent" } },
    "Kristina Berg", "kristina.berg@stockholm.se", "08-508 188 02",
    "Kristina Berg", "Farsta stadsdelsförvaltning", "2026-02-18",
    "När en skola ser att en elev börjar utebli bjuds eleven och vårdnadshavarna in till "
    "ett gemensamt samtal med skolan, socialtjänsten och fritidsgården inom två veckor, "
    "innan en orosanmälan behövs.",
    "Samtalet sker tidigare och med fler parter än i det ordinarie arbetet.",
    "Unga fångas upp innan frånvaron biter sig fast.",
    "45 samtal; närvaron ökade hos två av tre elever efter samtalet.",
    "Pågår som försök på tre skolor.",
    "Metoden är beskriven men inte prövad utanför Farsta.",
    "Polisen i Farsta, tre grundskolor",
    SUB (MEETING_PLACES), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL,
    6, 0.4 },
  { "Sensorer som styr tömningen av papperskorgar", 3,
    { "Trafikkontoret", "Stockholm Vatten och Avfall" },
    { { "Erik Sandström", "Driftingenjör" }, { "Pia Holmberg", "Projektledare" } },
    "Pia Holmberg", "pia.holmberg@stockholm.se", "08-508 264 10",
    "Pia Holmberg", "Trafikkontoret", "2026-02-11",
    "1 200 papperskorgar i innerstaden har fått nivåsensorer. Entreprenören tömmer efter "
    "verkligt behov i stället för efter ett fast schema, och överfulla korgar larmar.",
    "Tömningen styrs av data, och avtalet med entreprenören är omskrivet efter det.",
    "Renare gator, färre körningar och lägre kostnader.",
    "Antalet tömningar minskade med 35 procent och klagomålen på överfulla korgar med 60 "
    "procent.",
    "I drift i innerstaden sedan 2025.",
    "Ytterstaden följer 2027; data delas öppet.",
    "Stockholm Vatten och Avfall, entreprenören, KTH",
    SUB (TOOLS) | SUB (PROCUREMENT), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL,
    -1, 0.65 },
  { "Hyresgästerna planerar renoveringen", 3,
    { "Stockholmshem", NULL },
    { { "Annika Roos", "Projektchef" }, { "Kalle Nilsson", "Boendeinflytande" } },
    "Annika Roos", "annika.roos@stockholm.se", "08-508 390 00",
    "Annika Roos", "Stockholmshem", "2026-02-24",
    "Inför en stambytesrenovering fick hyresgästerna själva välja mellan tre nivåer och "
    "planera tidplanen i workshoppar. Renoveringen blev billigare och ingen flyttade på "
    "grund av hyreshöjningen.",
    "Hyresgästerna väljer själva renoveringsnivå och tidplan, trappuppgång för trappuppgång.",
    "Lägre hyreshöjningar för dem som vill och färre överklaganden.",
    "Inga ärenden i hyresnämnden; 80 procent valde den lägsta nivån.",
    "Genomfört i 420 lägenheter.",
    "Svenska Bostäder och Familjebostäder har tagit del av upplägget.",
    "Hyresgästföreningen",
    SUB (MEETING_PLACES), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL,
    14, 0.6 },
  { "Jobbspår i stadens egna fastigheter", 3,
    { "Arbetsmarknadsförvaltningen", "Micasa Fastigheter" },
    { { "Reza Karimi", "Arbetsmarknadskonsulent" }, { "Birgitta Holm", "Förvaltare" } },
    "Reza Karimi", "reza.karimi@stockholm.se", "08-508 355 60",
    "Lotta Engström", "Arbetsmarknadsförvaltningen", "2026-02-27",
    "Arbetssökande får en kort utbildning och sedan anställning i fastighetsskötseln hos "
    "Micasa, med handledare från bolaget. Upphandlade skötselavtal har fått krav på "
    "praktikplatser.",
    "Ett av stadens bolag blir arbetsgivare i jobbspåret, och kraven skrivs in i "
    "upphandlingen.",
    "Arbete för långtidsarbetslösa och fler händer i fastighetsskötseln.",
    "22 av 30 deltagare har arbete ett år efter spåret.",
    "Andra omgången pågår.",
    "Kan överföras till alla stadens fastighetsbolag.",
    "Micasa Fastigheter, Stockholms stads upphandlingsavdelning",
    SUB (PROCUREMENT) | SUB (GOVERNANCE), PJ_CLASS_INNOVATION, PJ_NOMINATION_SUBMITTED, NULL,
    8, 0.7 },
};

/* Kvalitetsutmärkelsen 2026 ----------------------------------------------- */

static const PjDemoCategory ku_categories[] = {
  { "Förskola",
    "Förskolor i egen regi och hos fristående huvudmän.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 75,
    "Utmärkelsen, diplom och 100 000 kronor" },
  { "Skola",
    "Grundskolor, gymnasieskolor och vuxenutbildning.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 75,
    "Utmärkelsen, diplom och 100 000 kronor" },
  { "Äldreomsorg",
    "Hemtjänst, vård- och omsorgsboenden och dagverksamheter.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 75,
    "Utmärkelsen, diplom och 100 000 kronor" },
  { "Socialtjänst",
    "Individ- och familjeomsorg, funktionsnedsättning och socialpsykiatri.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 75,
    "Utmärkelsen, diplom och 100 000 kronor" },
  { "Andra verksamheter",
    "Alla andra verksamheter i förvaltningar och bolag. Alla bidrag som når gränsen får "
    "utmärkelsen.",
    PJ_AWARD_MODE_THRESHOLD, 1, 0, 75,
    "Utmärkelsen och diplom" },
};

static const PjDemoCriterion ku_criteria[] = {
  { "Resultat och måluppfyllelse",
    "Når verksamheten sina mål? Visar resultaten en positiv trend över tid och står de sig "
    "väl jämfört med liknande verksamheter?",
    3, 0, 4,
    { "Resultat saknas", "Enstaka resultat", "Resultat med viss positiv trend",
      "Goda resultat över tid", "Utmärkta resultat, även jämfört med andra" } },
  { "Brukarfokus",
    "Hur fångar verksamheten brukarnas, elevernas eller kundernas behov, och hur är de "
    "delaktiga i utvecklingen?",
    2, 0, 4,
    { "Inte beskrivet", "Behoven nämns", "Behoven fångas systematiskt",
      "Brukarna är delaktiga i utvecklingen", "Brukarna är medskapare fullt ut" } },
  { "Ledarskap och medarbetarskap",
    "Leder cheferna mot tydliga mål, och har medarbetarna förutsättningar och mandat att "
    "utveckla verksamheten?",
    2, 0, 4,
    { "Inte beskrivet", "Enstaka insatser", "Tydligt ledarskap i delar av verksamheten",
      "Ledarskap och medarbetarskap samverkar", "Förebildligt i hela verksamheten" } },
  { "Systematiskt förbättringsarbete",
    "Planerar, genomför, följer upp och förbättrar verksamheten sitt arbete i återkommande "
    "cykler?",
    2, 1, 7,
    { "Inget systematiskt arbete", "Enstaka förbättringar",
      "Förbättringar i delar av verksamheten", "Systematik finns men följs upp ojämnt",
      "Systematik som följs upp", "Systematik som ger mätbara förbättringar",
      "Ett förebildligt, lärande system" } },
  { "Innovation och lärande",
    "Prövar verksamheten nya arbetssätt, lär av andra och delar med sig av det som fungerar?",
    1, 0, 4,
    { "Inte beskrivet", "Enstaka nya idéer", "Nya arbetssätt prövas",
      "Nya arbetssätt prövas, följs upp och sprids", "Nytänkande är en del av kulturen" } },
};

/* Categories: 0 Förskola, 1 Skola, 2 Äldreomsorg, 3 Socialtjänst, 4 Andra */
static const PjDemoJuror ku_jurors[] = {
  { "Eva Sandberg", "eva.sandberg@stockholm.se", "Stadsledningskontoret",
    PJ_ROLE_CHAIR, 0x1f },
  { "Anneli Forsberg", "anneli.forsberg@stockholm.se", "Utbildningsförvaltningen",
    PJ_ROLE_EXAMINER, 0x1 | 0x2 },
  { "Tomas Lindgren", "tomas.lindgren@stockholm.se", "Bromma stadsdelsförvaltning",
    PJ_ROLE_EXAMINER, 0x1 | 0x4 },
  { "Leila Karimi", "leila.karimi@stockholm.se", "Socialförvaltningen",
    PJ_ROLE_EXAMINER, 0x8 | 0x2 },
  { "Björn Wallin", "bjorn.wallin@stockholm.se", "Äldreförvaltningen",
    PJ_ROLE_EXAMINER, 0x4 | 0x8 },
  { "Cecilia Dahl", "cecilia.dahl@stockholm.se", "Kulturförvaltningen",
    PJ_ROLE_EXAMINER, 0x10 | 0x1 },
  { "Oskar Hedlund", "oskar.hedlund@stockholm.se", "Svenska Bostäder",
    PJ_ROLE_EXAMINER, 0x10 | 0x4 },
  { "Nadia Petrović", "nadia.petrovic@stockholm.se", "Norrmalms stadsdelsförvaltning",
    PJ_ROLE_MEMBER, 0x8 | 0x10 | 0x2 },
};

static const PjDemoNomination ku_nominations[] = {
  { "Förskolan Trädkojan: språket i varje vardagsstund", 0,
    { "Förskolan Trädkojan AB", NULL },
    { { "Malin Ros", "Förskolechef" }, { "Samira Nur", "Förskollärare" } },
    "Malin Ros", "malin.ros@tradkojan.example", "070-765 43 21",
    "Malin Ros", "Förskolan Trädkojan AB", "2026-03-02",
    "Förskolan har byggt sitt kvalitetsarbete kring barnens språkutveckling. Varje "
    "arbetslag följer upp språkmiljön varje månad med en gemensam mall, och vårdnadshavarna "
    "får material på sitt eget språk.",
    "", "Barnen får ett rikare språk inför skolstarten.",
    "Språkscreeningen vid fem års ålder visar förbättring tre år i rad.",
    "Hela förskolan, sedan 2022.", "Materialet delas med andra huvudmän i Bromma.",
    "Bromma stadsdelsförvaltning, logopeder i Region Stockholm",
    SUB (KNOWLEDGE), PJ_CLASS_NONE, PJ_NOMINATION_SUBMITTED, NULL, 16, 0.7 },
  { "Farsta förskolor: barnens delaktighet i kvalitetsarbetet", 0,
    { "Farsta förskolor", NULL },
    { { "Johanna Lilja", "Verksamhetschef" }, { "Emil Strand", "Pedagogista" } },
    "Johanna Lilja", "johanna.lilja@stockholm.se", "08-508 188 40",
    "Johanna Lilja", "Farsta stadsdelsförvaltning", "2026-03-10",
    "Barnen intervjuas två gånger om året om vad de tycker om förskolan, och svaren styr "
    "nästa periods mål. Resultaten följs upp i en gemensam modell för alla 24 förskolor.",
    "", "Barnens perspektiv styr utvecklingen på riktigt.",
    "Nöjdheten hos vårdnadshavarna har ökat från 86 till 93 procent.",
    "Alla förskolor i Farsta.", "Modellen är presenterad på goda exempelmässan.",
    "", SUB (GOVERNANCE), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 310, 0.8 },
  { "Kista grundskola: från låg till hög måluppfyllelse", 1,
    { "Kista grundskola", NULL },
    { { "Per Wikström", "Biträdande rektor" }, { "Amina Yusuf", "Förstelärare" } },
    "Amina Yusuf", "amina.yusuf@stockholm.se", "08-508 452 31",
    "Annika Grön", "Utbildningsförvaltningen", "2026-03-12",
    "På fem år har andelen elever som når målen i alla ämnen ökat från 52 till 74 procent. "
    "Skolan har arbetat med kollegialt lärande, tidig uppföljning och ett gemensamt "
    "lektionsupplägg.",
    "", "Fler elever i Kista får gymnasiebehörighet.",
    "Behörigheten till gymnasiet ökade från 61 till 83 procent.",
    "Hela skolan.", "Två skolor i Järva följer upplägget.",
    "Stockholms universitet", SUB (KNOWLEDGE) | SUB (LEADERSHIP), PJ_CLASS_FORBATTRING,
    PJ_NOMINATION_SUBMITTED, NULL, 85, 0.75 },
  { "Ekhagsgården: vardagsrehabilitering på boendet", 2,
    { "Stiftelsen Ekhagsgården", NULL },
    { { "Ingrid Persson", "Verksamhetschef" }, { "Hamid Rahimi", "Fysioterapeut" } },
    "Ingrid Persson", "ingrid.persson@ekhagsgarden.example", "08-123 456 78",
    "Björn Wallin", "Äldreförvaltningen", "2026-03-05",
    "Vård- och omsorgsboendet arbetar med vardagsrehabilitering: de boende gör så mycket "
    "som möjligt själva, med stöd av personal som har utbildats av boendets fysioterapeut.",
    "", "De boende behåller sina förmågor längre.",
    "Fallolyckorna minskade med 30 procent på två år.",
    "Alla avdelningar.", "Utbildningen erbjuds andra utförare.",
    "", SUB (KNOWLEDGE), PJ_CLASS_GOTT_EXEMPEL, PJ_NOMINATION_SUBMITTED, NULL, 70, 0.6 },
  { "Hemtjänsten i Hässelby-Vällingby: färre personer hos varje brukare", 2,
    { "Hässelby-Vällingby stadsdelsförvaltning", NULL },
    { { "Susanne Ahlberg", "Enhetschef" }, { "Daniel Ortiz", "Planerare" } },
    "Susanne Ahlberg", "susanne.ahlberg@stockholm.se", "08-508 060 15",
    "Susanne Ahlberg", "Hässelby-Vällingby stadsdelsförvaltning", "2026-03-18",
    "Hemtjänsten har delat in sig i små team kring varje brukare. En brukare träffar nu i "
    "snitt nio personer på två veckor, mot sexton tidigare.",
    "", "Tryggare brukare och bättre arbetsmiljö.",
    "Brukarnöjdheten ökade från 82 till 91 procent.",
    "Hela hemtjänsten.", "Presenterat för alla stadsdelar i nätverket för hemtjänst.",
    "", SUB (LEADERSHIP), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 140, 0.7 },
  { "Socialjouren: ett telefonnummer dygnet runt", 3,
    { "Socialförvaltningen", NULL },
    { { "Magnus Kvist", "Avdelningschef" }, { "Rana Aziz", "Socialsekreterare" } },
    "Magnus Kvist", "magnus.kvist@stockholm.se", "08-508 250 00",
    "Magnus Kvist", "Socialförvaltningen", "2026-03-20",
    "Socialjouren har ett gemensamt nummer dygnet runt och följer upp varje ärende "
    "nästa vardag tillsammans med stadsdelens socialtjänst.",
    "", "Ingen som söker hjälp faller mellan stolarna.",
    "Andelen ärenden som följs upp inom ett dygn ökade till 97 procent.",
    "I drift.", "", "Polisen, Region Stockholm", SUB (GOVERNANCE), PJ_CLASS_NONE,
    PJ_NOMINATION_SUBMITTED, NULL, 55, 0.65 },
  { "Stadsbiblioteket: meröppna bibliotek i ytterstaden", 4,
    { "Stadsbiblioteket", NULL },
    { { "Tove Rask", "Bibliotekschef" }, { "Ola Berg", "Systemansvarig" } },
    "Tove Rask", "tove.rask@stockholm.se", "08-508 309 00",
    "Tove Rask", "Kulturförvaltningen", "2026-03-25",
    "Sex bibliotek i ytterstaden är öppna för besökare med lånekort även när personalen "
    "inte är på plats, från sju på morgonen till tio på kvällen.",
    "", "Fler får tillgång till biblioteket och studieplatser på kvällen.",
    "Besöken ökade med 45 procent på de meröppna biblioteken.",
    "Sex bibliotek.", "Fler bibliotek följer 2027.", "Stockholmshem (lokaler)",
    SUB (MEETING_PLACES), PJ_CLASS_INNOVATION, PJ_NOMINATION_SUBMITTED, NULL, 40, 0.55 },
  { "Kundtjänst som löser ärendet i första samtalet", 4,
    { "Stockholm Vatten och Avfall", NULL },
    { { "Johan Eriksson", "Kundtjänstchef" } },
    "Johan Eriksson", "johan.eriksson@svoa.example", "08-522 120 00",
    "Johan Eriksson", "Stockholm Vatten och Avfall", "2026-03-27",
    "Kundtjänsten har samlat kunskapen om taxor, hämtning och vattenfrågor så att fler "
    "ärenden löses i första samtalet.",
    "", "", "", "", "", "", 0, PJ_CLASS_NONE, PJ_NOMINATION_DRAFT, NULL, -1, 0.5 },
};

static const PjDemoAward awards[] = {
  { "Förnyelsepriset",
    "Stockholms stads pris för förnyelse: ett nytt arbetssätt, en ny metod eller en ny "
    "tjänst som har gett bättre kvalitet, effektivitet eller hållbarhet.\n\n"
    "Priset delas ut i kategorier, så att innovationsarbetet premieras i hela staden – "
    "upphandlade verksamheter inräknade.",
    2026, PJ_PHASE_SCORING, PJ_BLIND_AFTER_SUBMIT, PJ_AGGREGATION_MEAN, 15, 3,
    "2026-02-28", "2026-04-15", "2026-05-20",
    fp_categories, G_N_ELEMENTS (fp_categories),
    fp_criteria, G_N_ELEMENTS (fp_criteria),
    fp_jurors, G_N_ELEMENTS (fp_jurors),
    fp_nominations, G_N_ELEMENTS (fp_nominations),
    TRUE },
  { "Kvalitetsutmärkelsen",
    "Stockholms stads utmärkelse för systematiskt kvalitetsarbete. Bidragen granskas av "
    "utbildade examinatorer, och vinnare och hedersomnämnanden får en publicerad motivering.",
    2026, PJ_PHASE_NOMINATIONS, PJ_BLIND_NEVER, PJ_AGGREGATION_MEDIAN, 20, 2,
    "2026-03-31", "2026-06-12", "2026-09-30",
    ku_categories, G_N_ELEMENTS (ku_categories),
    ku_criteria, G_N_ELEMENTS (ku_criteria),
    ku_jurors, G_N_ELEMENTS (ku_jurors),
    ku_nominations, G_N_ELEMENTS (ku_nominations),
    FALSE },
};

/* Förnyelsepriset 2025: decided ---------------------------------------------
 *
 * The same categories, criteria and jury as 2026; the units are the same
 * workspace units, so that the indicator and earlier winners are seen
 * across the years. */

static const PjDemoNomination fp25_nominations[] = {
  { "Digitala klassrumsbesök för hemmasittare", 0,
    { "Kista grundskola", NULL },
    { { "Hanna Ek", "Specialpedagog" }, { "Omar Hassan", "Lärare" } },
    "Hanna Ek", "hanna.ek@stockholm.se", "08-508 452 11",
    "Per Wikström", "Kista grundskola", "2025-02-04",
    "Elever som inte klarar av att vara i skolan följer lektionerna via en robot i "
    "klassrummet och tar steg för steg tillbaka sin plats där, med en plan som elev, "
    "vårdnadshavare och elevhälsa gör upp tillsammans.",
    "Eleven finns med i klassen från första dagen, i stället för att undervisas separat "
    "hemma.",
    "Eleverna behåller kontakten med klasskamraterna och lärarna.",
    "Nio av tolv elever var tillbaka i klassrummet på heltid inom en termin.",
    "Infört på skolan sedan hösten 2024.",
    "Två skolor i Rinkeby-Kista har lånat robotarna.",
    "Elevhälsan, Rinkeby-Kista stadsdelsförvaltning",
    SUB (TOOLS), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL, 60, 0.9 },
  { "Läsfixare: äldre elever läser med yngre", 0,
    { "Hägerstensåsens skola", NULL },
    { { "Ebba Wallin", "Lärare" } },
    "Ebba Wallin", "ebba.wallin@stockholm.se", "08-508 331 40",
    "Nora Lund", "Hägerstensåsens skola", "2025-02-12",
    "Elever i årskurs 6 läser med elever i årskurs 2 två gånger i veckan, med ett enkelt "
    "läsprotokoll som lärarna följer upp.",
    "Läsfrämjande arbete där eleverna själva bär ansvaret.",
    "De yngre läser mer och de äldre växer i rollen som förebilder.",
    "Andelen elever i årskurs 3 som når kravnivån i läsning ökade från 71 till 80 procent.",
    "Infört i alla klasser i årskurs 2 och 6.",
    "Beskrivet i en lärarhandledning.",
    "Stadsbiblioteket",
    SUB (KNOWLEDGE), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 45, 0.7 },
  { "Gemensam skolskjuts-app för föräldrar", 0,
    { "Utbildningsförvaltningen", NULL },
    { { "Gustav Lindgren", "Systemförvaltare" } },
    "Gustav Lindgren", "gustav.lindgren@stockholm.se", "08-508 330 00",
    "Gustav Lindgren", "Utbildningsförvaltningen", "2025-02-20",
    "Vårdnadshavare ser i en app var skolskjutsen är och får besked när den är försenad.",
    "Information i realtid i stället för telefonsamtal till skolan.",
    "Färre samtal och tryggare föräldrar.",
    "Samtalen till skolornas expeditioner om skolskjuts minskade med hälften.",
    "Infört för alla skolskjutsar.",
    "Appen används av hela förvaltningen.",
    "Trafikkontoret",
    SUB (TOOLS), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 20, 0.45 },
  { "Måltidsvänner: luncher tillsammans i hemtjänsten", 1,
    { "Skärholmens hemtjänst", NULL },
    { { "Marie Karlsson", "Enhetschef" }, { "Leila Ali", "Undersköterska" } },
    "Marie Karlsson", "marie.karlsson@stockholm.se", "08-508 249 87",
    "Marie Karlsson", "Skärholmens stadsdelsförvaltning", "2025-01-30",
    "Ensamboende äldre med hemtjänst äter lunch tillsammans två dagar i veckan i "
    "träffpunktens lokaler, dit hemtjänsten följer dem.",
    "Måltiden blir en social insats och inte bara en leverans av mat.",
    "Mindre ensamhet och bättre aptit bland de äldre.",
    "64 brukare deltar. Andelen som säger sig känna sig ensamma minskade från 58 till 31 "
    "procent.",
    "Infört sedan våren 2024.",
    "Farsta stadsdelsförvaltning har startat samma arbetssätt.",
    "Träffpunkt Skärholmen, Stockholms stadsmission",
    SUB (MEETING_PLACES), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL, 80, 0.88 },
  { "Läkemedelsrobotar i hemmet", 1,
    { "Hemtjänst Mälarstrand AB", NULL },
    { { "Anders Berg", "Verksamhetschef" } },
    "Anders Berg", "anders.berg@malarstrand.se", "08-410 220 00",
    "Anders Berg", "Hemtjänst Mälarstrand AB", "2025-02-15",
    "Brukare får sina läkemedel ur en robot som påminner och larmar om en dos inte tas.",
    "Läkemedelsgivningen görs av brukaren själv med stöd av tekniken.",
    "Brukarna blir mer självständiga och besöken färre.",
    "1 800 besök per månad har ersatts; inga missade doser har lett till avvikelser.",
    "Infört hos 40 brukare.",
    "Äldreförvaltningen har upphandlat robotarna för hela staden.",
    "Äldreförvaltningen",
    SUB (PROCUREMENT) | SUB (TOOLS), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL,
    150, 0.72 },
  { "Seniorgympa på nätet", 1,
    { "Ljusnäsets vård och omsorg AB", NULL },
    { { "Ingrid Åberg", "Fysioterapeut" } },
    "Ingrid Åberg", "ingrid.aberg@ljusnaset.se", "08-640 11 00",
    "Ingrid Åberg", "Ljusnäsets vård och omsorg AB", "2025-02-26",
    "Fysioterapeuten leder gympa som sänds till boendets alla avdelningar samtidigt.",
    "En ledare når fler boende på en gång.",
    "Fler boende rör på sig varje dag.",
    "Deltagandet i gruppträning fördubblades.",
    "Infört på boendet.",
    "Inga planer ännu.",
    "",
    SUB (TOOLS), PJ_CLASS_GOTT_EXEMPEL, PJ_NOMINATION_ELIGIBLE, NULL, 90, 0.5 },
  { "Familjecentral på förskolan", 2,
    { "Rinkeby-Kista stadsdelsförvaltning", NULL },
    { { "Fatima Mohamud", "Socialsekreterare" }, { "Karin Holm", "Förskolechef" } },
    "Fatima Mohamud", "fatima.mohamud@stockholm.se", "08-508 010 00",
    "Karin Holm", "Rinkeby-Kista stadsdelsförvaltning", "2025-02-03",
    "Socialtjänstens familjebehandlare finns på förskolan varje vecka, så att föräldrar "
    "kan få råd och stöd där de ändå är, utan att först söka hjälp hos socialtjänsten.",
    "Socialtjänsten möter familjerna i förskolans vardag, före en anmälan.",
    "Föräldrar får stöd tidigt och förskolans personal har någon att fråga.",
    "210 föräldrar har fått rådgivning; orosanmälningarna från förskolorna i området "
    "minskade med en fjärdedel.",
    "Infört på fyra förskolor.",
    "Spånga-Tensta stadsdelsförvaltning startar hösten 2025.",
    "Barnavårdscentralen i Rinkeby, Utbildningsförvaltningen",
    SUB (MEETING_PLACES) | SUB (GOVERNANCE), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL,
    35, 0.86 },
  { "Stöd i vardagsekonomin via sms", 2,
    { "Socialförvaltningen", NULL },
    { { "Reza Karimi", "Budget- och skuldrådgivare" } },
    "Reza Karimi", "reza.karimi@stockholm.se", "08-508 250 00",
    "Reza Karimi", "Socialförvaltningen", "2025-02-18",
    "Personer med ekonomiskt bistånd kan ställa frågor om budget och skulder via sms och "
    "få svar samma dag.",
    "En kanal som passar dem som inte ringer eller kommer på besök.",
    "Fler får hjälp innan skulderna växer.",
    "Antalet personer som fått budgetrådgivning ökade från 300 till 720 på ett år.",
    "Infört i hela staden.",
    "Kan tas över av andra kommuner.",
    "Konsumentverket",
    SUB (TOOLS), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 12, 0.64 },
  { "Grönytor som sköts av sommarjobbare", 3,
    { "Trafikkontoret", "Arbetsmarknadsförvaltningen" },
    { { "Jonas Sjöberg", "Parkingenjör" }, { "Linnea Olsson", "Arbetsmarknadskonsulent" } },
    "Jonas Sjöberg", "jonas.sjoberg@stockholm.se", "08-508 270 00",
    "Linnea Olsson", "Arbetsmarknadsförvaltningen", "2025-02-10",
    "Ungdomar med sommarjobb sköter fickparker och planteringar i sina egna stadsdelar, "
    "med trafikkontorets parkarbetare som handledare.",
    "Sommarjobben läggs där stadens skötsel behövs och där ungdomarna bor.",
    "Ungdomarna får arbetslivserfarenhet och stadsdelarna en grönare närmiljö.",
    "420 ungdomar arbetade sommaren 2024; klagomålen på skräp i fickparkerna halverades.",
    "Infört i sex stadsdelar.",
    "Ska omfatta hela staden 2026.",
    "Tolv stadsdelsförvaltningar",
    SUB (MEETING_PLACES), PJ_CLASS_INNOVATION, PJ_NOMINATION_ELIGIBLE, NULL, 25, 0.84 },
  { "Självservice för felanmälan i hyresrätter", 3,
    { "Familjebostäder", NULL },
    { { "Björn Dahl", "Kundtjänstchef" } },
    "Björn Dahl", "bjorn.dahl@familjebostader.se", "08-737 20 00",
    "Björn Dahl", "Familjebostäder", "2025-02-21",
    "Hyresgäster anmäler fel med bild i en app och ser när felet är åtgärdat.",
    "Felanmälan med bild och återkoppling i realtid.",
    "Snabbare åtgärder och färre samtal.",
    "Ledtiden för en felanmälan minskade från nio till fyra dagar.",
    "Infört i hela beståndet.",
    "Delat med de andra bostadsbolagen.",
    "",
    SUB (TOOLS), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 200, 0.6 },
};

static const PjDemoOutcome fp25_outcomes[] = {
  { "Kista grundskola har gett elever som inte orkat vara i skolan en väg tillbaka till "
    "klassrummet. Genom att låta eleven vara med i klassen från första dagen, via en robot "
    "och med en gemensam plan, har skolan gjort något väsentligt nytt för staden – och nio "
    "av tolv elever är tillbaka på heltid.",
    "Juryn är enig om att arbetet är ett språng. Fråga till nästa år: hur följs eleverna upp "
    "efter ett år?", PJ_CLASS_INNOVATION },
  { "Läsfixarna visar hur elever själva kan bära ett läsfrämjande arbete. Ett enkelt och "
    "väl uppföljt arbetssätt som höjt läsresultaten och som andra skolor lätt kan ta efter.",
    NULL, PJ_CLASS_FORBATTRING },
  { "Appen har gett vårdnadshavare trygghet och skolornas expeditioner tid för annat.",
    NULL, PJ_CLASS_GOTT_EXEMPEL },
  { "Måltidsvännerna gör lunchen till en social insats. Skärholmens hemtjänst har med små "
    "medel minskat ensamheten bland de äldre så att det märks, och arbetssättet har redan "
    "spridits till Farsta.",
    "Starkt belagt värde. Juryn diskuterade om arbetet är nytt för staden; träffpunkterna "
    "finns, men kopplingen till hemtjänsten är ny.", PJ_CLASS_INNOVATION },
  { "Mälarstrands läkemedelsrobotar har gett brukare större självständighet och frigjort "
    "tid i hemtjänsten. Ett gott exempel på hur en upphandlad utförare driver utvecklingen "
    "för hela staden.",
    NULL, PJ_CLASS_FORBATTRING },
  { "Gympan på nätet har fått fler boende att röra på sig varje dag.",
    NULL, PJ_CLASS_NONE },
  { "Familjecentralen på förskolan möter föräldrar där de redan är. Rinkeby-Kista har "
    "flyttat socialtjänstens stöd till vardagen, före oron växer, och visar resultat som "
    "hela staden kan lära av.",
    "Juryn vill lyfta samverkan mellan socialtjänst, förskola och BVC i motiveringen.",
    PJ_CLASS_INNOVATION },
  { "Sms-rådgivningen har mer än fördubblat antalet som får hjälp med sin ekonomi, genom "
    "att möta dem i den kanal de själva använder.",
    NULL, PJ_CLASS_FORBATTRING },
  { "Sommarjobbarna i fickparkerna förenar arbetsmarknad och stadsmiljö. Trafikkontoret och "
    "Arbetsmarknadsförvaltningen har gett hundratals ungdomar ett första jobb i den egna "
    "stadsdelen och en renare närmiljö åt alla.",
    "Ett tydligt exempel på samverkan över förvaltningsgränserna.", PJ_CLASS_INNOVATION },
  { "Familjebostäders felanmälan med bild har halverat ledtiderna för hyresgästerna.",
    NULL, PJ_CLASS_FORBATTRING },
};

/* Kvalitetsutmärkelsen 2025: decided ----------------------------------------- */

static const PjDemoNomination ku25_nominations[] = {
  { "Farsta förskolor: utvecklingssamtal med barnets röst", 0,
    { "Farsta förskolor", NULL },
    { { "Sara Persson", "Förskolechef" } },
    "Sara Persson", "sara.persson@stockholm.se", "08-508 185 00",
    "Sara Persson", "Farsta stadsdelsförvaltning", "2025-03-10",
    "Barnen berättar själva med bilder om sin dag inför utvecklingssamtalet, och det de "
    "berättar följs upp i förskolans systematiska kvalitetsarbete.",
    "", "", "Vårdnadshavarnas nöjdhet med samtalen ökade från 82 till 94 procent.", "",
    "", "", SUB (KNOWLEDGE), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 110, 0.85 },
  { "Förskolan Trädkojan: uteförskola året runt", 0,
    { "Förskolan Trädkojan AB", NULL },
    { { "Malin Ros", "Förskolechef" } },
    "Malin Ros", "malin.ros@tradkojan.se", "08-760 12 34",
    "Malin Ros", "Förskolan Trädkojan AB", "2025-03-14",
    "All undervisning bedrivs utomhus, med ett systematiskt arbete kring barnens lärande i "
    "naturen.",
    "", "", "Sjukfrånvaron bland barnen är hälften av stadens genomsnitt.", "", "", "",
    SUB (LEADERSHIP), PJ_CLASS_GOTT_EXEMPEL, PJ_NOMINATION_ELIGIBLE, NULL, 14, 0.6 },
  { "Kista grundskola: kollegialt lärande som bär", 1,
    { "Kista grundskola", NULL },
    { { "Per Wikström", "Biträdande rektor" } },
    "Per Wikström", "per.wikstrom@stockholm.se", "08-508 452 30",
    "Per Wikström", "Kista grundskola", "2025-03-20",
    "Lärarna observerar varandras lektioner varje månad och följer upp med gemensamma "
    "analyser av elevernas resultat.",
    "", "", "Meritvärdet i årskurs 9 har ökat tre år i rad.", "", "", "",
    SUB (KNOWLEDGE) | SUB (LEADERSHIP), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL,
    95, 0.82 },
  { "Vårdkompassen Söder: personcentrerad omsorg i varje pass", 2,
    { "Vårdkompassen Söder AB", NULL },
    { { "Nils Forsberg", "Verksamhetschef" } },
    "Nils Forsberg", "nils.forsberg@vardkompassen.se", "08-550 300 00",
    "Nils Forsberg", "Vårdkompassen Söder AB", "2025-03-05",
    "Varje boende har en levnadsberättelse som styr omsorgen, och den följs upp vid varje "
    "överlämning mellan arbetspassen.",
    "", "", "Brukarundersökningens helhetsbetyg är 96 procent.", "", "", "",
    SUB (KNOWLEDGE), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 130, 0.87 },
  { "Socialförvaltningen: stödboende med tydliga mål", 3,
    { "Socialförvaltningen", NULL },
    { { "Amira Said", "Enhetschef" } },
    "Amira Said", "amira.said@stockholm.se", "08-508 250 10",
    "Amira Said", "Socialförvaltningen", "2025-03-12",
    "Unga vuxna i stödboende har individuella mål som följs upp varannan vecka tillsammans "
    "med den unge.",
    "", "", "Sju av tio har eget boende ett år efter utskrivning.", "", "", "",
    SUB (GOVERNANCE), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 40, 0.8 },
  { "Stadsbiblioteket: meröppet med kvalitet", 4,
    { "Stadsbiblioteket", NULL },
    { { "Cecilia Engström", "Bibliotekschef" } },
    "Cecilia Engström", "cecilia.engstrom@stockholm.se", "08-508 310 00",
    "Cecilia Engström", "Kulturförvaltningen", "2025-03-18",
    "Filialerna har meröppet på kvällar och helger, med systematisk uppföljning av vilka "
    "som kommer och vad de saknar.",
    "", "", "Besöken ökade med 35 procent; nöjdheten är oförändrat hög.", "", "", "",
    SUB (MEETING_PLACES), PJ_CLASS_FORBATTRING, PJ_NOMINATION_ELIGIBLE, NULL, 60, 0.9 },
  { "Stockholm Vatten och Avfall: kundservice som lär", 4,
    { "Stockholm Vatten och Avfall", NULL },
    { { "Hassan Yilmaz", "Kundservicechef" } },
    "Hassan Yilmaz", "hassan.yilmaz@svoa.se", "08-522 120 00",
    "Hassan Yilmaz", "Stockholm Vatten och Avfall", "2025-03-25",
    "Varje klagomål analyseras och leder till en förbättring som återrapporteras till "
    "kunden.",
    "", "", "Klagomålen minskade med 20 procent.", "", "", "",
    SUB (GOVERNANCE), PJ_CLASS_GOTT_EXEMPEL, PJ_NOMINATION_ELIGIBLE, NULL, 250, 0.5 },
};

static const PjDemoOutcome ku25_outcomes[] = {
  { "Farsta förskolor låter barnen själva vara med och bedöma sin förskola. Barnens röst "
    "har blivit en del av det systematiska kvalitetsarbetet, och vårdnadshavarna märker "
    "skillnaden.",
    "Examinatorerna framhåller uppföljningen i alla led.", PJ_CLASS_FORBATTRING },
  { "Trädkojan visar att ett tydligt pedagogiskt val kan bära hela verksamheten.",
    NULL, PJ_CLASS_NONE },
  { "Kista grundskola har byggt ett kollegialt lärande som bär år efter år, med stigande "
    "resultat som följd.",
    NULL, PJ_CLASS_FORBATTRING },
  { "Vårdkompassen Söder sätter den enskilde i centrum i varje arbetspass. En upphandlad "
    "utförare som visar vad personcentrerad omsorg betyder i praktiken.",
    "Examinatorerna bedömer resultaten som utmärkta även jämfört med andra.",
    PJ_CLASS_FORBATTRING },
  { "Stödboendet ger unga vuxna tydliga mål och en väg till eget boende, med resultat som "
    "håller över tid.",
    NULL, PJ_CLASS_FORBATTRING },
  { "Stadsbiblioteket har öppnat biblioteken för fler utan att ge avkall på kvaliteten, "
    "och följer systematiskt upp vad besökarna behöver.",
    NULL, PJ_CLASS_INNOVATION },
  { "Stockholm Vatten och Avfall gör varje klagomål till en förbättring.",
    NULL, PJ_CLASS_GOTT_EXEMPEL },
};

static const PjDemoAward history_editions[] = {
  { NULL, NULL, 2025, PJ_PHASE_DECIDED, PJ_BLIND_AFTER_SUBMIT, PJ_AGGREGATION_MEAN, 15, 3,
    "2025-02-28", "2025-04-15", "2025-05-20",
    fp_categories, G_N_ELEMENTS (fp_categories),
    fp_criteria, G_N_ELEMENTS (fp_criteria),
    fp_jurors, G_N_ELEMENTS (fp_jurors),
    fp25_nominations, G_N_ELEMENTS (fp25_nominations),
    TRUE },
  { NULL, NULL, 2025, PJ_PHASE_DECIDED, PJ_BLIND_NEVER, PJ_AGGREGATION_MEDIAN, 20, 2,
    "2025-03-31", "2025-06-12", "2025-09-30",
    ku_categories, G_N_ELEMENTS (ku_categories),
    ku_criteria, G_N_ELEMENTS (ku_criteria),
    ku_jurors, G_N_ELEMENTS (ku_jurors),
    ku25_nominations, G_N_ELEMENTS (ku25_nominations),
    TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fp25_outcomes) == G_N_ELEMENTS (fp25_nominations));
G_STATIC_ASSERT (G_N_ELEMENTS (ku25_outcomes) == G_N_ELEMENTS (ku25_nominations));

static const PjDemoHistory history[] = {
  { 0, &history_editions[0], fp25_outcomes },
  { 1, &history_editions[1], ku25_outcomes },
};

/* Words for the synthetic generator --------------------------------------- */

static const char * const first_names[] = {
  "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Ahmed", "Eva", "Mohammed",
  "Lena", "Anders", "Fatima", "Per", "Emma", "Mikael", "Sofia", "Hassan", "Elin", "Björn",
  "Ingrid", "Ali", "Maja", "Oskar", "Linnea", "Nils", "Amira", "Gustav", "Hanna", "Omar",
  "Ebba", "Jonas", "Leila", "Magnus", "Ida", "Reza", "Astrid", "Kalle", "Nadia", "Tove",
};

static const char * const last_names[] = {
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
  "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
  "Bengtsson", "Lindberg", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Sandberg",
  "Forsberg", "Sjöberg", "Wallin", "Engström", "Lundgren", "Ali", "Hassan", "Mohamud",
  "Yilmaz", "Öberg", "Åberg", "Holm", "Strand", "Nyberg", "Ek", "Dahl", "Haddad",
  "Karimi", "Petrović",
};

static const char * const title_starts[] = {
  "Digitalt stöd för", "Nytt arbetssätt för", "Samverkan kring", "Brukarnas egen plan för",
  "Mobila team för", "Tidiga insatser för", "Gemensam planering av", "Öppen data om",
  "Ett språng i", "Kortare väntetider i", "Smartare logistik för", "Medskapande kring",
};

static const char * const title_subjects[] = {
  "hemtjänstens scheman", "skolnärvaro", "matsvinn i skolköket", "nattillsyn",
  "ekonomiskt bistånd", "läsfrämjande", "fritidsgårdarnas kvällar", "avfallshämtning",
  "snöröjning", "föräldrastöd", "arbetsmarknadsinsatser", "boendestöd", "mottagandet av "
  "nyanlända", "vuxenutbildning", "äldres ensamhet", "förskolans utemiljö", "trygghet i "
  "tunnelbanenära miljöer", "energianvändning i skolor", "parkskötsel", "bygglov",
};

static const char * const places[] = {
  "Rinkeby", "Tensta", "Hässelby", "Vällingby", "Bromma", "Kungsholmen", "Norrmalm",
  "Östermalm", "Södermalm", "Enskede", "Årsta", "Skarpnäck", "Farsta", "Hägersten",
  "Älvsjö", "Skärholmen", "Kista", "Spånga", "Liljeholmen", "Bagarmossen",
};

static const char * const comments_low[] = {
  "Beskrivningen räcker inte för att bedöma kriteriet.",
  "Mer av ordinarie utvecklingsarbete än förnyelse.",
  "Resultaten är inte belagda.",
};

static const char * const comments_middle[] = {
  "Tydligt, men effekten är ännu inte mätt.",
  "Bra ansats; spridningen är inte påbörjad.",
  "Nytt för enheten, men finns redan på andra håll i staden.",
};

static const char * const comments_high[] = {
  "Väl belagt och tydligt nytt för målgruppen.",
  "Ett verkligt språng jämfört med tidigare arbetssätt.",
  "Starkt exempel som andra förvaltningar kan ta efter.",
};

static const char * const overall_comments[] = {
  "Ett starkt bidrag som bör diskuteras vid mötet.",
  "Gott exempel, men jag ser inte språnget.",
  "Intressant; jag vill höra de andras bedömning av spridningen.",
  "",
};

static const char * const team_roles[] = {
  "Projektledare", "Enhetschef", "Utvecklingsledare", "Socialsekreterare", "Lärare",
  "Undersköterska", "Verksamhetsutvecklare", "Samordnare",
};

static const PjDemoCategory gen_categories[] = {
  { "Förskola", "Förskolor i egen regi och hos fristående huvudmän.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70, "Diplom och 25 000 kronor" },
  { "Skola", "Grundskola, gymnasieskola och vuxenutbildning.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70, "Diplom och 25 000 kronor" },
  { "Äldreomsorg", "Hemtjänst, boenden och förebyggande arbete för äldre.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70, "Diplom och 25 000 kronor" },
  { "Socialtjänst", "Individ- och familjeomsorg och ekonomiskt bistånd.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70, "Diplom och 25 000 kronor" },
  { "Funktionsnedsättning", "Stöd och service till personer med funktionsnedsättning.",
    PJ_AWARD_MODE_TOP_N, 1, 2, 70, "Diplom och 25 000 kronor" },
  { "Arbetsmarknad", "Vägar till arbete och studier.",
    PJ_AWARD_MODE_TOP_N, 1, 1, 70, "Diplom och 25 000 kronor" },
  { "Kultur och idrott", "Bibliotek, kulturskola, idrott och fritid.",
    PJ_AWARD_MODE_TOP_N, 1, 1, 70, "Diplom och 25 000 kronor" },
  { "Stadsmiljö", "Gator, parker, avfall, bygglov och bostäder.",
    PJ_AWARD_MODE_THRESHOLD, 1, 0, 75, "Diplom" },
};

static const PjDemoWords words = {
  first_names, G_N_ELEMENTS (first_names),
  last_names, G_N_ELEMENTS (last_names),
  title_starts, G_N_ELEMENTS (title_starts),
  title_subjects, G_N_ELEMENTS (title_subjects),
  places, G_N_ELEMENTS (places),
  comments_low, G_N_ELEMENTS (comments_low),
  comments_middle, G_N_ELEMENTS (comments_middle),
  comments_high, G_N_ELEMENTS (comments_high),
  overall_comments, G_N_ELEMENTS (overall_comments),
  team_roles, G_N_ELEMENTS (team_roles),
  gen_categories, G_N_ELEMENTS (gen_categories),
  fp_criteria, G_N_ELEMENTS (fp_criteria),
};

const PjDemoUnit *
pj_demo_data_units (guint *n_units)
{
  *n_units = G_N_ELEMENTS (units);
  return units;
}

const PjDemoAward *
pj_demo_data_awards (guint *n_awards)
{
  *n_awards = G_N_ELEMENTS (awards);
  return awards;
}

const PjDemoHistory *
pj_demo_data_history (guint *n_history)
{
  *n_history = G_N_ELEMENTS (history);
  return history;
}

const PjDemoWords *
pj_demo_data_words (void)
{
  return &words;
}
