// What the removed lines say about the page (outlet, author, dates, section) in, one value per field
// out. A page may state a field twice (a "Source:" label and an outlet line; the site's date above the
// headline and the article's under it): the more explicit form wins, and what sits under the headline
// beats what sits above it; between equals, the first.
import type { MetadataField, RuleId } from "./chrome-rules.ts";
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
const PUBLISHING_HOUSE = /\bUniversity Press$|^University of [\p{L} ]{2,40} Press$|\bPublishing(?: House| Group)?$|\bPublishers$/u;
const HOUSE_YIELDS = 0.25;
const COMPANY_RANK = ABOVE_TITLE + (RANK["outlet-line"] ?? OTHER_RANK) + 0.5;

const DAY_LABEL = /\p{L}\s?:/u;
const BARE_DAY_YIELDS = 0.5;

export class FieldBook {
  readonly #best = new Map<MetadataField, { value: string; rank: number }>();

  /** `line`: the line as written, whose company suffix ("Co., Ltd") the holder's name may have dropped. */
  add(rule: RuleId, found: Partial<Record<MetadataField, string>>, aboveTitle: boolean, line = ""): void {
    // ("2020-05-30 Saturday" at the page's top and "Release time:2019-11-08" under the site's menu, both above the
    // headline: a day the page labels beats a bare one, which may be the site's calendar; under it, "(October 26, 2021,
    // Urumqi)", the day a briefing was held, yields to "2021-10-28 10:14:52 Source: Tianshannet".)
    const bareDay = rule === "dateline" && !DAY_LABEL.test(line) ? BARE_DAY_YIELDS : 0;
    // ("Publisher: Emerald Publishing Limited" on a journal's page: the house that prints the journal yields the same way.)
    const company = (rule === "copyright" || (rule === "labelled-metadata" && /^Publisher\b/i.test(line))) && (COMPANY.test(found.outlet ?? "") || COMPANY_SUFFIX.test(line));
    // ("Document of" / "The World Bank" atop a report's cover: the issuer's credit, as sure as a label, wherever it stands.)
    const issuerCredit = rule === "outlet-line" && line.startsWith("Document of") && found.outlet?.startsWith("Document of") === false;
    const rank = company ? COMPANY_RANK : issuerCredit ? RANK["labelled-metadata"]! : (RANK[rule] ?? OTHER_RANK) + (aboveTitle ? ABOVE_TITLE : 0) + bareDay;
    // ("University of California Press" over "Journal of Eurasian Labour Studies": the house that prints a journal
    // yields to the journal a line of the same kind names.)
    if (found.outlet !== undefined && PUBLISHING_HOUSE.test(found.outlet)) {
      const { outlet, ...rest } = found;
      this.#offer(rest, rank);
      this.#offer({ outlet }, rank + HOUSE_YIELDS);
    } else this.#offer(found, rank);
  }

  /** Each value taken when surer than what the field holds; an author of the same rank adds to it. */
  #offer(found: Partial<Record<MetadataField, string>>, rank: number): void {
    for (const [field, value] of Object.entries(found) as [MetadataField, string][]) {
      // ("By Xinjiang -": a tag page's byline naming the region it files under; a place writes nothing.)
      if (field === "author" && listedLevel(value) !== undefined) continue;
      const known = this.#best.get(field);
      if (known === undefined || rank < known.rank) this.#best.set(field, { value, rank });
      // Authors set on lines of their own ("Rukiye Hashim" / "Affiliation: ..." / "Thomas Brennan") add up.
      // (Each name once: "Wei Li; Jane Mary Roe" credited on two lines is two writers, not four.)
      else if (field === "author" && rank === known.rank) {
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
