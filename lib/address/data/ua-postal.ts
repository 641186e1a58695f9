/**
 * Ukrainian postal codes → region, hand-built (no third-party data copied).
 *
 * Ukrposhta's five-digit codes start with a pair of digits that names the region: Kyiv has 01–06, each oblast a run
 * of 2–5 pairs, the smallest of which holds its administrative centre's codes (Lviv oblast has 79–82, the city of
 * Lviv 79xxx); the pair 50 is Kryvyi Rih's. The third digit names a raion or a town of oblast significance, 0 being
 * the centre city, whose post offices are numbered from XX000 (the head post office) upwards; so XX000–XX099 are
 * taken to be the centre here (XX000–XX199 for Kharkiv, whose offices run past 100, e.g. 61166), and the whole run
 * only for Kyiv (01–06) and Kryvyi Rih (50). Other codes get their region and no city.
 * Region codes are the ISO 3166-2:UA subdivision suffixes (UA-30 Kyiv city, UA-32 Kyiv oblast, …); city names are
 * in Ukrainian (shown on Ukrainian pages) and in the official Ukrainian–English transliteration of them (KMU
 * resolution 55 of 2010), shown in every other language. Codes in the temporarily occupied
 * territories stay in Ukrposhta's index and are mapped like any other; whether the store delivers there is not
 * this table's concern.
 */
export type UaPostalRegion = {
  /** First and last two-digit prefix of the region's run. */
  from: number;
  to: number;
  /** ISO 3166-2:UA suffix. */
  region: string;
  /** The city that the run's codes, or its first pair's codes XX000 to XX{upTo}, belong to; none for a run of towns. */
  city?: { name: string; uk: string; upTo: "run" | number };
};

export const UA_REGIONS: readonly UaPostalRegion[] = [
  { from: 1, to: 6, region: "30", city: { name: "Kyiv", uk: "Київ", upTo: "run" } },
  { from: 7, to: 9, region: "32" }, // Kyiv oblast, whose centre is Kyiv (01–06)
  { from: 10, to: 13, region: "18", city: { name: "Zhytomyr", uk: "Житомир", upTo: 99 } },
  { from: 14, to: 17, region: "74", city: { name: "Chernihiv", uk: "Чернігів", upTo: 99 } },
  { from: 18, to: 20, region: "71", city: { name: "Cherkasy", uk: "Черкаси", upTo: 99 } },
  { from: 21, to: 24, region: "05", city: { name: "Vinnytsia", uk: "Вінниця", upTo: 99 } },
  { from: 25, to: 28, region: "35", city: { name: "Kropyvnytskyi", uk: "Кропивницький", upTo: 99 } },
  { from: 29, to: 32, region: "68", city: { name: "Khmelnytskyi", uk: "Хмельницький", upTo: 99 } },
  { from: 33, to: 35, region: "56", city: { name: "Rivne", uk: "Рівне", upTo: 99 } },
  { from: 36, to: 39, region: "53", city: { name: "Poltava", uk: "Полтава", upTo: 99 } },
  { from: 40, to: 42, region: "59", city: { name: "Sumy", uk: "Суми", upTo: 99 } },
  { from: 43, to: 45, region: "07", city: { name: "Lutsk", uk: "Луцьк", upTo: 99 } },
  { from: 46, to: 48, region: "61", city: { name: "Ternopil", uk: "Тернопіль", upTo: 99 } },
  { from: 49, to: 49, region: "12", city: { name: "Dnipro", uk: "Дніпро", upTo: 99 } },
  { from: 50, to: 50, region: "12", city: { name: "Kryvyi Rih", uk: "Кривий Ріг", upTo: "run" } },
  { from: 51, to: 53, region: "12" },
  { from: 54, to: 57, region: "48", city: { name: "Mykolaiv", uk: "Миколаїв", upTo: 99 } },
  { from: 58, to: 60, region: "77", city: { name: "Chernivtsi", uk: "Чернівці", upTo: 99 } },
  { from: 61, to: 64, region: "63", city: { name: "Kharkiv", uk: "Харків", upTo: 199 } }, // e.g. 61166 Kharkiv
  { from: 65, to: 68, region: "51", city: { name: "Odesa", uk: "Одеса", upTo: 99 } },
  { from: 69, to: 72, region: "23", city: { name: "Zaporizhzhia", uk: "Запоріжжя", upTo: 99 } },
  { from: 73, to: 75, region: "65", city: { name: "Kherson", uk: "Херсон", upTo: 99 } },
  { from: 76, to: 78, region: "26", city: { name: "Ivano-Frankivsk", uk: "Івано-Франківськ", upTo: 99 } },
  { from: 79, to: 82, region: "46", city: { name: "Lviv", uk: "Львів", upTo: 99 } },
  { from: 83, to: 87, region: "14", city: { name: "Donetsk", uk: "Донецьк", upTo: 99 } },
  { from: 88, to: 90, region: "21", city: { name: "Uzhhorod", uk: "Ужгород", upTo: 99 } },
  { from: 91, to: 94, region: "09", city: { name: "Luhansk", uk: "Луганськ", upTo: 99 } },
  { from: 95, to: 98, region: "43", city: { name: "Simferopol", uk: "Сімферополь", upTo: 99 } },
  { from: 99, to: 99, region: "40", city: { name: "Sevastopol", uk: "Севастополь", upTo: 99 } },
];
