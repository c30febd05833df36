// A few capitalised words in; whether their form is a person's name out, with no cue around them: a
// Chinese name (a listed surname and given names that split into pinyin syllables, either order), a
// Turkic name (listed name parts or their endings), or a listed given name before a surname. The
// lists are reference data in reference/names/ (see its README).
import surnameList from "../../reference/names/chinese-surnames.json" with { type: "json" };
import syllableList from "../../reference/names/pinyin-syllables.json" with { type: "json" };
import turkicList from "../../reference/names/turkic-name-parts.json" with { type: "json" };
import tibetanList from "../../reference/names/tibetan-name-parts.json" with { type: "json" };
import yiClanList from "../../reference/names/yi-clan-names.json" with { type: "json" };
import givenList from "../../reference/names/given-names.json" with { type: "json" };
import notNameList from "../../reference/names/not-names.json" with { type: "json" };

/** A full name set in capitals, as a broadcast transcript labels its speakers: "LOUISA LIM", "RUND ABDELFATAH". */
export const NAME_IN_CAPITALS = String.raw`(?:\p{Lu}[\p{Lu}'’-]+ ){1,2}\p{Lu}[\p{Lu}'’-]+`;

export type NameForm = "chinese" | "turkic" | "tibetan" | "yi" | "given";

const SURNAMES: ReadonlySet<string> = new Set(surnameList.surnames);
const SYLLABLES: ReadonlySet<string> = new Set(syllableList.syllables);
const TURKIC: ReadonlySet<string> = new Set(turkicList.parts);
const TURKIC_ENDINGS: readonly string[] = turkicList.suffixes;
const TIBETAN: ReadonlySet<string> = new Set(tibetanList.parts);
const YI_CLANS: ReadonlySet<string> = new Set(yiClanList.clans);
const GIVEN: ReadonlySet<string> = new Set(givenList.names);
const NOT_NAMES: ReadonlySet<string> = new Set(notNameList.words);
// "Han" and "Hui" name peoples and are listed as no names; after a surname they are given names.
const PEOPLES_AS_NAMES: ReadonlySet<string> = new Set(["Han", "Hui"]);
// The longest pinyin syllable has six letters ("zhuang", "shuang"); a given name has at most three syllables.
const LONGEST_SYLLABLE = 6;
const MOST_SYLLABLES = 3;

/** Whether a word (any case) splits wholly into one to three pinyin syllables. */
export function isPinyinWord(word: string): boolean {
  const parts = word.toLowerCase().split(/['’-]/);
  if (parts.length > MOST_SYLLABLES) return false;
  let total = 0;
  for (const part of parts) {
    const count = syllableCount(part);
    if (count === 0) return false;
    total += count;
  }
  return total <= MOST_SYLLABLES;
}

/** Fewest syllables `word` splits into, or 0 when it does not split (words are short: at most 18 letters are tried). */
function syllableCount(word: string): number {
  if (word === "" || word.length > LONGEST_SYLLABLE * MOST_SYLLABLES) return 0;
  const best: number[] = [0];
  for (let end = 1; end <= word.length; end++) {
    best[end] = Infinity;
    for (let start = Math.max(0, end - LONGEST_SYLLABLE); start < end; start++) {
      if (best[start]! + 1 < best[end]! && SYLLABLES.has(word.slice(start, end))) best[end] = best[start]! + 1;
    }
  }
  const count = best[word.length]!;
  return Number.isFinite(count) ? count : 0;
}

function isTurkicPart(word: string): boolean {
  if (TURKIC.has(word)) return true;
  const lower = word.toLowerCase();
  return (word.length >= 5 && TURKIC_ENDINGS.some((ending) => lower.endsWith(ending) && lower.length > ending.length + 2)) || joinedParts(word);
}

// The fewest letters of each listed part a joined name is read as.
const JOINED_PART_LETTERS = 3;

/** "Memettursun", "Abdukerim": two listed parts written as one word, as Uyghur given names often are. */
function joinedParts(word: string): boolean {
  for (let k = JOINED_PART_LETTERS; k <= word.length - JOINED_PART_LETTERS; k++) {
    const tail = word.slice(k);
    if (TURKIC.has(word.slice(0, k)) && TURKIC.has(tail[0]!.toUpperCase() + tail.slice(1))) return true;
  }
  return false;
}

/** Whether a word is a listed Turkic name part ("Emin", "Abliz"), not merely one by its ending. */
export function isListedTurkicPart(word: string): boolean {
  return TURKIC.has(word);
}

/** Whether one word alone takes the form of a Turkic given name ("Ayigul", "Patigul"), listed or by its ending. */
export function isTurkicNameWord(word: string): boolean {
  return nameLike(word) && isTurkicPart(word);
}

/** Whether a word is a listed Chinese surname ("Xi", "Li"): a leader named by title and surname alone. */
export function isChineseSurname(word: string): boolean {
  return SURNAMES.has(word);
}

/** A word that could stand in a name at all: capitalised, not a listed non-name. */
// ("Graham-Harrison", "Cruz-Angeles": a double-barrelled name capitalises both halves.)
function nameLike(word: string): boolean {
  return /^[\p{Lu}][\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u.test(word) && !NOT_NAMES.has(word);
}

/** The form of a person's name these two to four words take, or null. */
/** The honorifics set before a person's name ("Mr. Tang", "Dr Lobsang Sangay"), as a pattern's alternatives. */
export const HONORIFIC_WORD = "(?:Mr|Mrs|Ms|Dr|Prof)";

const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,5}$/u;

export function personNameForm(words: readonly string[]): NameForm | null {
  if (words.length < 2 || words.length > 4) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const rest = words.slice(1);
  const allButLast = words.slice(0, -1);
  // "Li Keqiang", "Ouyang Xiu", "Han Zheng" (a surname may be a listed word when a given name follows it).
  // ("Liu Hui", "Zhang Han": the names of two peoples are given names after a surname.)
  if (words.length <= 3 && SURNAMES.has(first) && rest.every((w) => (nameLike(w) || PEOPLES_AS_NAMES.has(w)) && isPinyinWord(w))) return "chinese";
  // "Kelly Chan", "Jeremy Wong": a listed given name before a Chinese surname.
  if (words.length === 2 && SURNAMES.has(last) && GIVEN.has(first)) return "chinese";
  // ("Mei-ling Zhou", "Shu-Hua Lin": a given name of two syllables joined by a hyphen, in the order English
  // writes names, before a Chinese surname.)
  if (words.length === 2 && SURNAMES.has(last) && HYPHENED_GIVEN.test(first) && !NOT_NAMES.has(first)) return "chinese";
  // ("Kathy Lam Wing-sze": an English given name, a surname, then the Cantonese given name joined by a hyphen, as Hong Kong writes names.)
  if (words.length === 3 && GIVEN.has(first) && SURNAMES.has(words[1]!) && /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u.test(last)) return "chinese";
  // ("Nurgul Islam", "Islam Abdukerim": "Islam", listed as no name, is a Uyghur name beside a Turkic part.)
  if (words.length === 2 && words.includes("Islam") && words.some((w) => w !== "Islam" && isTurkicPart(w) && nameLike(w))) return "turkic";
  // ("Helen M. Aldridge": a middle initial between a given name and a surname.)
  if (!words.every((w, k) => nameLike(w) || (k > 0 && k < words.length - 1 && /^\p{Lu}\.$/u.test(w)))) return null;
  // "Abliz Qasim", "Maimaiti Tuerxun", "Patigul Rozi": Turkic parts, pinyin-like state-media spellings beside them.
  if (words.some(isTurkicPart) && words.every((w) => isTurkicPart(w) || isPinyinWord(w) || !GIVEN.has(w))) return "turkic";
  // "Sonam Yeshe", "Gesang Quda", "Yonten Nyima": Tibetan parts, or one beside a pinyin-like word.
  if (words.length <= 3 && words.some((w) => TIBETAN.has(w)) && words.every((w) => TIBETAN.has(w) || isPinyinWord(w))) return "tibetan";
  // "Jike Ayi", "Qubi Shimo", "Aga Shama": a Yi clan name, then a pinyin-like given name.
  if (words.length === 2 && YI_CLANS.has(first) && isPinyinWord(last) && !NOT_NAMES.has(last)) return "yi";
  // "Jane Roe", "Matthew Chitwood": a listed given name, then a surname.
  if (GIVEN.has(first) && allButLast.slice(1).every((w) => GIVEN.has(w) || /^[\p{Lu}]\.$/u.test(w)) && last.length >= 2) return "given";
  return null;
}

/** "GOODMAN" as "Goodman", "O’BRIEN" as "O’Brien": a word set in capitals, as a name is written. */
export function titleCased(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** "CAI HONG in Beijing" as "Cai Hong in Beijing": each word set wholly in capitals title-cased, the others as written. */
/** The words for a relative or a neighbour that name someone by whose they are ("my uncle", "Ma Lin's cousin"). */
export const KIN_WORD = "wife|husband|son|daughter|mother|father|brother|sister|grandmother|grandfather|neighbou?r|cousin|uncle|aunt|nephew|niece";

export function nameCased(text: string): string {
  // ("OKAFOR-LIND": each part of a double name in capitals too.)
  // ("McALLISTER", "O'BRIEN": a prefix a record keeps in its own case, or an apostrophe's, before the name in capitals.)
  return text.split(" ").map((w) => {
    if (/^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u.test(w)) return w.split("-").map(titleCased).join("-");
    const prefixed = /^(Mc|Mac|O['’]|D['’])(\p{Lu}{2,})$/u.exec(w);
    return prefixed ? `${prefixed[1]!}${titleCased(prefixed[2]!)}` : w;
  }).join(" ");
}

/** Whether a word is a listed non-name: a title, label, level word or the like. */
// ("Eventually, the man was ...": an adverb opening a sentence, by its ending; no name ends so, as "Emily" and "Kelly" do not.)
/** How an adverb ends ("misleadingly", "eventually"), as no name does. */
export const ADVERB_ENDING = "ually|ently|antly|ately|ously|ively|edly|ingly|fully|lessly";
const ADVERB = new RegExp(String.raw`^\p{Lu}\p{Ll}{2,}(?:ally|${ADVERB_ENDING})$`, "u");

// ("Vice Governor Inspects Relocation Sites", "Party Secretary Visits Herders": a headline's verb after a title, in title case.)
export const HEADLINE_VERB = /^(?:Inspects|Visits|Meets|Calls|Urges|Vows|Pledges|Stresses|Attends|Holds|Tours|Receives|Chairs|Presides|Delivers|Hails|Praises|Signs|Addresses|Inaugurates|Launches|Opens|Says|Tells|Warns|Announces|Unveils|Reviews|Surveys|Investigates|Examines|Encourages|Emphasizes|Emphasises|Underlines|Highlights)$/;

export function isNotNameWord(word: string): boolean {
  // ("SHOTLIST", "KEY WORDS": a label set in capitals is the same label.)
  return NOT_NAMES.has(word) || ADVERB.test(word) || (/^\p{Lu}{2,}$/u.test(word) && NOT_NAMES.has(titleCased(word)));
}

// "ZHANG Qingwei", "XU Dazhe": a Chinese name with its surname set in capitals, as official English
// lists and the deputies' pages write them.
const SURNAME_IN_CAPITALS = /^(\p{Lu}{2,}) (\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+)?)$/u;

/** Whether a surname and given name, however a page sets them ("ZHANG Qingwei", "Ma, Lan"), are a Chinese name: a listed surname, every given syllable pinyin. */
export function isChineseNameParts(surname: string, given: string): boolean {
  return isChineseSurname(surname) && given.split(/[ -]/).every((w) => isPinyinWord(w));
}

/** "Zhang Qingwei" for "ZHANG Qingwei" when the word in capitals is a listed surname; else null. */
export function surnameInCapitals(words: string): string | null {
  const m = SURNAME_IN_CAPITALS.exec(words);
  if (!m) return null;
  const surname = titleCased(m[1]!);
  return isChineseNameParts(surname, m[2]!) ? `${surname} ${m[2]}` : null;
}
