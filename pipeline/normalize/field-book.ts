// What the removed lines say about the page (outlet, author, dates, section) in, one value per field
// out. A page may state a field twice (a "Source:" label and an outlet line; the site's date above the
// headline and the article's under it): the more explicit form wins, and what sits under the headline
// beats what sits above it; between equals, the first.
import { AFFILIATION_LABEL, type MetadataField, type RuleId } from "./chrome-rules.ts";
import { listedLevel } from "../gazetteer/divisions.ts";

// Lower is surer: a labelled value, a byline, a date line, then an outlet guessed from a short line.
// (A copyright line's holder, the site's, yields to a line under the headline naming whose text it is: "Information Office
// of the State Council" under a white paper's title, over "Copyright © China Services Info".)
const RANK: Partial<Record<RuleId, number>> = { "labelled-metadata": 1, byline: 2, dateline: 3, "forum-header": 3, "outlet-line": 5, copyright: 5.5 };
const OTHER_RANK = 4;
const ABOVE_TITLE = 10;
const GUESS = 100;
// A company holding the copyright ("© 2024 Informa UK Limited", "© SPH Media") owns the title, and yields to any line
// that names the title itself ("Central Asian Survey" over its issue, a paper's masthead above the headline).
const COMPANY = /\b(?:Limited|Ltd\.?|Inc\.?|LLC|plc|Pte|Corporation|Corp\.?|Holdings|Group|Media)$/;
// ("Copyright by China Intercontinental Communication Co., Ltd All Rights Reserved.": the suffix the holder's name drops.)
const COMPANY_SUFFIX = /\bCo\.?,? ?Ltd\b/;
// (Not a paper named for the presses, "Associated Press", "Free Press".)
const PUBLISHING_HOUSE = /\bUniversity Press\b|^University of [\p{L} ]{2,40} Press$|\bPublishing(?: House| Group)?$|\bPublishers$/u;
// (And to a journal's name a label gives above the title: ">The China Development Review" over ">Volume 41 Issue 2" in the
// trail, "Published online by Cambridge University Press" under the title; not to a line guessed for a masthead.)
const HOUSE_YIELDS = ABOVE_TITLE + 1.5;
const COMPANY_RANK = ABOVE_TITLE + (RANK["outlet-line"] ?? OTHER_RANK) + 0.5;

const DAY_LABEL = /\p{L}\s?:/u;
const BARE_DAY_YIELDS = 0.5;
const SIGNED_DAY_YIELDS = ABOVE_TITLE + 0.5;

/** A label's and a byline's rank are one for writers, under the title or over it; every other rank is its own. */
function writersBand(rank: number): number {
  const under = rank % ABOVE_TITLE;
  return under <= RANK.byline! ? rank - under : rank;
}

export class FieldBook {
  readonly #best = new Map<MetadataField, { value: string; rank: number }>();
  // The line taken out before this one, as written.
  #lastLine: string | undefined;
  // Whether that line's writer was taken.
  #lastGaveAuthor = false;

  /** `line`: the line as written, whose company suffix ("Co., Ltd") the holder's name may have dropped. */
  add(rule: RuleId, found: Partial<Record<MetadataField, string>>, aboveTitle: boolean, line = "", pastHeader = false): void {
    // (Under another writer's line or an affiliation: "Authors: Gesang Tsering (...)" over "Liu Haiyan (...)".)
    const underWriters = this.#lastGaveAuthor || (this.#lastLine !== undefined && AFFILIATION_LABEL.test(this.#lastLine));
    this.#lastLine = line;
    this.#lastGaveAuthor = false;
    // ("2020-05-30 Saturday" at the page's top and "Release time:2019-11-08" under the site's menu, both above the
    // headline: a day the page labels beats a bare one, which may be the site's calendar; under it, "(October 26, 2021,
    // Urumqi)", the day a briefing was held, yields to "2021-10-28 10:14:52 Source: Tianshannet".)
    const bareDay = rule === "dateline" && !DAY_LABEL.test(line) ? BARE_DAY_YIELDS : 0;
    // ("Publisher: Emerald Publishing Limited" on a journal's page: the house that prints the journal yields the same way.)
    const company = (rule === "copyright" || (rule === "labelled-metadata" && /^Publisher\b/i.test(line))) && (COMPANY.test(found.outlet ?? "") || COMPANY_SUFFIX.test(line));
    // ("Document of" / "The World Bank" atop a report's cover: the issuer's credit, as sure as a label, wherever it stands.)
    const issuerCredit = rule === "outlet-line" && line.startsWith("Document of") && found.outlet?.startsWith("Document of") === false;
    const rank = company ? COMPANY_RANK : issuerCredit ? RANK["labelled-metadata"]! : (RANK[rule] ?? OTHER_RANK) + (aboveTitle ? ABOVE_TITLE : 0) + bareDay;
    // ("General Office of ..." / "March 9, 2017" under a notice's text: the day it was signed, past the header, yields to any
    // day the page labels, over the title too, "Date of publication: 2017-03-14"; what else the line names does not.)
    if (bareDay > 0 && pastHeader) {
      const { published, updated, ...rest } = found;
      this.#offerNamed(rest, rank);
      this.#offerNamed({ ...(published === undefined ? {} : { published }), ...(updated === undefined ? {} : { updated }) }, rank + SIGNED_DAY_YIELDS);
    } else this.#offerNamed(found, rank, underWriters);
  }

  #offerNamed(found: Partial<Record<MetadataField, string>>, rank: number, underWriters = false): void {
    // ("University of California Press" over "Journal of Eurasian Labour Studies": the house that prints a journal
    // yields to the journal a line of the same kind names.)
    if (found.outlet !== undefined && PUBLISHING_HOUSE.test(found.outlet)) {
      const { outlet, ...rest } = found;
      this.#offer(rest, rank, underWriters);
      this.#offer({ outlet }, rank + HOUSE_YIELDS);
    } else this.#offer(found, rank, underWriters);
  }

  /** Each value taken when surer than what the field holds; an author of the same rank adds to it. */
  #offer(found: Partial<Record<MetadataField, string>>, rank: number, underWriters = false): void {
    for (const [field, value] of Object.entries(found) as [MetadataField, string][]) {
      // ("By Xinjiang -": a tag page's byline naming the region it files under; a place writes nothing.)
      if (field === "author" && listedLevel(value) !== undefined) continue;
      const known = this.#best.get(field);
      // Authors set on lines of their own ("Rukiye Hashim" / "Affiliation: ..." / "Thomas Brennan") add up; right under an
      // affiliation or another writer, a label's and a byline's alike ("Authors" over "Qubi Ayi" / "Affiliation: ..." /
      // "Daniel Okafor").
      const sameBand = field === "author" && known !== undefined && (rank === known.rank || (underWriters && writersBand(rank) === writersBand(known.rank)));
      if (field === "author" && (known === undefined || rank < known.rank || sameBand)) this.#lastGaveAuthor = true;
      if (known === undefined || (rank < known.rank && !sameBand)) this.#best.set(field, { value, rank });
      // (Each name once: "Wei Li; Jane Mary Roe" credited on two lines is two writers, not four.)
      else if (sameBand) {
        const names = known.value.split("; ");
        for (const name of value.split("; ")) if (!names.includes(name)) names.push(name);
        known.value = names.join("; ");
      }
    }
  }

  /**
   * A dateline's credit ("URUMQI, July 4 (Xinhua) --"): it names the copy's source, so it beats a short
   * line above the headline taken for the site's name ("West China", a channel's), and nothing surer.
   */
  credit(found: Partial<Record<MetadataField, string>>): void {
    this.#offer(found, ABOVE_TITLE + (RANK["outlet-line"] ?? OTHER_RANK) - 0.5);
  }

  /**
   * What the page states in a form surer than any line's: a catalogue's record of the item ("dc.date.issued"), or the
   * day a template sets after the page's summary.
   */
  surest(found: Partial<Record<MetadataField, string>>): void {
    this.#offer(found, 0);
  }

  /** What the text's own words suggest (a dateline's "(Xinhua)"), taken only when no line of the page says. */
  guess(found: Partial<Record<MetadataField, string>>): void {
    for (const [field, value] of Object.entries(found) as [MetadataField, string][]) {
      if (!this.#best.has(field)) this.#best.set(field, { value, rank: GUESS });
    }
  }

  fields(): Partial<Record<MetadataField, string>> {
    return Object.fromEntries([...this.#best].map(([field, { value }]) => [field, value]));
  }
}
