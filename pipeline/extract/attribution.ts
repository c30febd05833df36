// Who a document credits with the words at a given place: the speaker of the transcript turn or
// "Name, role:" line they stand in, the speaker of the quotation or reported speech around them,
// the source of an "according to ..." in their sentence, a speaker named with "said" in it, or
// else the document itself (its outlet, or its author when no outlet is known).
import type { NormalizedDocument } from "../normalize/document.ts";
import type { Span } from "../normalize/segment.ts";
import type { Entities } from "./entities.ts";
import type { Quote } from "./quotes.ts";
import { sentenceParagraphs } from "../normalize/paragraph-index.ts";
import { DOCUMENT_SCOPE, RELATIVE_CLAUSE_SUBJECT, speakerResolver, WRITERS_OWN, type SpeakerResolver } from "./speakers.ts";
import { documentVoice, reporterPackage } from "./document-voice.ts";
import { reportingClauses, revealsWhatCameBefore, type ClausesOf } from "./speech.ts";
import type { TextSpan } from "../text/spans.ts";

export type AttributionKind = "according_to" | "speech" | "transcript_turn" | "quote" | "document";

export interface Attribution {
  attributedTo: string | null;
  kind: AttributionKind;
}

export interface SentenceSources {
  /** Attribution for words at `at` (document offsets) inside this sentence. */
  attribute(at: TextSpan): Attribution;
  /** Whom the document's own words in this sentence belong to: its outlet or authors, or a report it quotes at length. */
  voice: Attribution;
  /** Spans (document offsets) that name a source rather than the subject of the sentence. */
  sourceSpans: TextSpan[];
  /** Spans (document offsets) describing where a source is ("the Yunnan city with ..."): no figure's place. */
  describedSpans: TextSpan[];
}

const contains = (outer: TextSpan, inner: TextSpan) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The quotes each sentence overlaps, keyed by the sentence's start, in the quotes' own order: one
 * sweep over both in text order, so a figure looks through its sentence's quotes, not the document's.
 */
function quotesBySentence(sentences: readonly Span[], quotes: readonly Quote[]): Map<number, Quote[]> {
  const order = new Map(quotes.map((q, k) => [q, k]));
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  const out = new Map<number, Quote[]>();
  let next = 0;
  let open: Quote[] = [];
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    while (next < byStart.length && byStart[next]!.start < s.end) open.push(byStart[next++]!);
    open = open.filter((q) => q.end > s.start);
    out.set(s.start, open.filter((q) => q.start < s.end).sort((a, b) => order.get(a)! - order.get(b)!));
  }
  return out;
}

export function attributionFor(doc: NormalizedDocument, entities: Entities, quotes: readonly Quote[], clausesOf: ClausesOf = reportingClauses, resolver: SpeakerResolver = speakerResolver(doc.text, entities)) {
  const sentenceQuotes = quotesBySentence(doc.sentences, quotes);
  // (Others' turns, readers' comments under a story, are no words of the writer's own voice.)
  const writers = doc.metadata.author?.split("; ") ?? [];
  const othersTurns = quotes.filter((q) => q.form === "transcript_turn" && q.speaker !== null && !writers.includes(q.speaker));
  const fallback: Attribution = { attributedTo: documentVoice(doc, othersTurns) ?? retoldOutlet(doc, entities, clausesOf, resolver) ?? bodyNamedMost(doc.text, entities), kind: "document" };
  const blocks = quotedBlocks(doc, resolver);
  const handover = reporterPackage(doc);
  const paragraphOf = blocks.size === 0 && handover === null ? null : sentenceParagraphs(doc);
  const reporterVoice: Attribution | null = handover && { attributedTo: handover.reporter, kind: "document" };
  // ("Tsewang Dorje: 266,000 relocated people in Tibet have moved into new homes": a headline that gives a person's words
  // after their name and a colon credits its figures to them; "National Rural Revitalization Administration: more than 5
  // million people under monitoring", a body's too.)
  const title = doc.titled ? doc.paragraphs[0] : undefined;
  const titleSpeaker = title === undefined ? null : HEADLINE_SPEAKER.exec(doc.text.slice(title.start, title.end));
  const headline = titleSpeaker !== null && (entities.people.some((p) => p.name === titleSpeaker[1]) || entities.organisations.some((o) => o.name === titleSpeaker[1])) ? { from: title!.start + titleSpeaker[0].length, end: title!.end, said: { attributedTo: titleSpeaker[1]!, kind: "speech" } as Attribution } : null;
  return (sentence: Span): SentenceSources => {
    const paragraph = paragraphOf?.get(sentence.start) ?? -1;
    // (Inside a report the page quotes at length, what no one else is credited with is the report's;
    // after a broadcast's intro hands over to its reporter, the reporter's.)
    const voice = blocks.get(paragraph) ?? (handover !== null && paragraph >= handover.from ? reporterVoice! : fallback);
    const text = doc.text.slice(sentence.start, sentence.end);
    const clauses = clausesOf(text).map((c) => ({ speaker: { start: sentence.start + c.speaker.start, end: sentence.start + c.speaker.end }, content: c.content, kind: c.kind, described: c.described && { start: sentence.start + c.described.start, end: sentence.start + c.described.end } }));
    const named = new Map(clauses.map((c) => [c, resolver.resolve(c.speaker)] as const));
    // ("we", "our survey of ...": the writers speaking for themselves.)
    const writersOwn = (c: (typeof clauses)[number]) => WRITERS_OWN.test(doc.text.slice(c.speaker.start, c.speaker.end));
    // Any quote holding words of this sentence overlaps it; a span that is not one of the document's sentences looks at all.
    const nearby = sentenceQuotes.get(sentence.start) ?? quotes;
    return {
      voice,
      sourceSpans: clauses.map((c) => c.speaker),
      describedSpans: clauses.flatMap((c) => (c.described === undefined ? [] : [c.described])),
      attribute(at) {
        // ("well below the 2,600 yuan reported by the Qianxinan Human Resources Bureau for 2021": a figure and, right after it,
        // the body that gave it.)
        const givenBy = GIVEN_BY_AFTER.exec(doc.text.slice(at.end, Math.min(sentence.end, at.end + GIVEN_BY_REACH)));
        if (givenBy) return { attributedTo: givenBy[1]!, kind: "according_to" };
        // ('"...," said X, 52. "...": the words between a quotation's two parts are not the speaker's.)
        const around = nearby.filter((q) => contains(q, at) && !(q.between !== undefined && contains(q.between, at)));
        const turn = around.find((q) => q.form === "transcript_turn" || q.form === "name_role_line");
        // A speaker who cites a source ("According to state media, ...") passes the figure on from it.
        const cited = clauses.find((c) => c.kind === "according_to");
        // The innermost report holds the figure: "X said ... 3,666 villages ..., Xinhua reported" is X's.
        const reported = around.filter((q) => q.form === "reported_speech").sort((a, b) => a.end - a.start - (b.end - b.start))[0];
        if (turn && cited) return { attributedTo: named.get(cited) ?? null, kind: "according_to" };
        // A speaker who reports another ("A report by X says that ...") passes the figure on from them.
        if (turn && reported && reported.speaker !== null && reported.speaker !== turn.speaker) return { attributedTo: reported.speaker, kind: "speech" };
        // ('A: As a herder told a reporter, "If I can earn 4,000 yuan a month ..."': nor another's words the speaker quotes.)
        const quotedInTurn = turn ? around.find((q) => q.form === "quotation" && q.speaker !== null && q.speaker !== turn.speaker) : undefined;
        if (quotedInTurn) return { attributedTo: quotedInTurn.speaker, kind: "quote" };
        // ("A: The department surveyed 1,509 laborers, showing that ...": an account the speaker gives as another's.)
        const others = turn ? clauses.find((c) => c.kind === "speech" && !contains(c.speaker, at) && !writersOwn(c) && named.get(c) && named.get(c) !== turn.speaker) : undefined;
        if (others) return { attributedTo: named.get(others) ?? null, kind: "speech" };
        if (turn) return { attributedTo: turn.speaker, kind: "transcript_turn" };
        const quoted = around.find((q) => q.form === "quotation" && q.speaker !== null);
        // ('"... the province's poverty rate, according to UNDP estimates, is around 70%," he said': the
        // speaker passes the figure on from the source they cite, as a turn's speaker does.)
        const passedOn = (q: Quote | undefined) => (q !== undefined && cited !== undefined && !contains(cited.speaker, at) && !writersOwn(cited) ? named.get(cited) : null);
        const citedInQuote = passedOn(quoted);
        if (citedInQuote) return { attributedTo: citedInQuote, kind: "according_to" };
        if (quoted) return { attributedTo: quoted.speaker, kind: "quote" };
        // ("China Factor reported that the real jobless total ... was as high as 46%, according to Zhang Dandan": what
        // one reports as another's words is that other's, as in a quotation.)
        const citedInReport = reported !== undefined && cited !== undefined && contains(reported, cited.speaker) ? passedOn(reported) : null;
        if (citedInReport) return { attributedTo: citedInReport, kind: "according_to" };
        // ("Almost all of them said ...": a report by no one named leaves the figure to the document's voice.)
        if (reported && reported.speaker !== null) return { attributedTo: reported.speaker, kind: "speech" };
        // "X produces 20% of ..., but according to a new report ...": a source cited in a later clause
        // of its own does not reach back over "but" or a semicolon.
        // ("according to over a hundred state media reports": a figure inside the source is no figure of the source's.)
        // ("according to a survey of 3,000 households by X": the size a document gives itself is its maker's figure.)
        const ownScope = (c: (typeof clauses)[number]) => SURVEY_SCOPE_BEFORE.test(doc.text.slice(c.speaker.start, at.start)) && / by /.test(doc.text.slice(at.end, c.speaker.end));
        const accordingTo = clauses.find((c) => c.kind === "according_to" && (!contains(c.speaker, at) || ownScope(c)) && !(at.end <= c.speaker.start && /,\s*but\s|;\s/.test(doc.text.slice(at.end, c.speaker.start))));
        if (accordingTo) return { attributedTo: named.get(accordingTo) ?? null, kind: "according_to" };
        // ("Our survey of 3,000 households found ...": the writers' own survey, and its figures theirs.)
        // ("The survey of 800 households found ...": the size a document gives itself is its own figure too.)
        // ('"...," said Luo Yuxian, 47, who moved ...': what the writer adds about the speaker after the name is the writer's.)
        const describesSpeaker = (c: (typeof clauses)[number]) => at.start >= c.speaker.end && /^,/.test(doc.text.slice(c.speaker.end, at.start)) && VERB_BEFORE_SPEAKER.test(doc.text.slice(Math.max(0, c.speaker.start - 16), c.speaker.start));
        // ("The report identifies 17 factories ... that it says received ...": who speaks is the relative clause's "it", after the figure.)
        // ("About a third said ...; a smaller group, ..., said ...": nor a speaker of a later clause past a semicolon.)
        // ("a 4-hour drive that the driver insisted would have been 9 hours": a speaker brought in by a relative clause says
        // only what follows them; what stands before is the writer's.)
        const relativeAfter = (c: (typeof clauses)[number]) => at.start < c.speaker.start && RELATIVE_BEFORE_SPEAKER.test(doc.text.slice(Math.max(sentence.start, c.speaker.start - RELATIVE_REACH), c.speaker.start));
        const said = clauses.find((c) => c.kind === "speech" && !describesSpeaker(c) && !relativeAfter(c) && !(at.end <= c.speaker.start && /;\s/.test(doc.text.slice(at.end, c.speaker.start))) && (!contains(c.speaker, at) || writersOwn(c) || DOCUMENT_SCOPE.test(doc.text.slice(c.speaker.start, c.speaker.end)) || RELATIVE_CLAUSE_SUBJECT.test(doc.text.slice(c.speaker.start, c.speaker.end))));
        if (said && named.get(said) !== null) return { attributedTo: named.get(said)!, kind: "speech" };
        return headline !== null && at.start >= headline.from && at.end <= headline.end ? headline.said : voice;
      },
    };
  };
}

const HEADLINE_SPEAKER = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,5}): (?=\S)/u;

// "a survey of ", "a study among ": a document's words for whom it covered, just before the figure that counts them.
const SURVEY_SCOPE_BEFORE = /^(?:a|an|the|its) (?:[\p{L}-]+ ){0,2}(?:survey|study|poll|census|sample|questionnaire) (?:of|among|covering) (?:more than |over |nearly |about |some |around )?$/iu;

// " reported by the Qianxinan Human Resources Bureau", " a month cited by Xinhua": a participle right after a figure and
// the named body that gave it.
const GIVEN_BY_AFTER = /^(?: [\p{Ll}-]+){0,3}?,? (?:reported|announced|published|released|estimated|cited|claimed|given|recorded|quoted) by (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|for|and|on)){0,8}(?<! of| for| and| on))/u;
const GIVEN_BY_REACH = 160;

// "... that the ", "... which ": the words that open a relative clause just before its speaker.
const RELATIVE_BEFORE_SPEAKER = /\b(?:that|which)\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+)?$/i;
const RELATIVE_REACH = 24;

// "..., said Luo Yuxian, 47": a speaker named after the verb.
const VERB_BEFORE_SPEAKER = /\b(?:said|says|added|adds|explained|noted|told|recalled|continued|stressed)\s+$/;

// "cctv.com", "chinadaily.com.cn": a site named by its address.
const SITE_ADDRESS = /^[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)(?:\.cn)?$/i;
// How many paragraphs from the top a story's lede may stand in (under a title, a standfirst, a photo's caption).
const LEDE_PARAGRAPHS = 3;

// '2. ^ "Title". Xinhua. 23 November 2020.': an entry of an encyclopedia's list of references.
const REFERENCE_ENTRY = /^[ \t]*(?:\d{1,3}\. )?\^ /m;
// How many times a body must be named to speak for a page that names no outlet and no writer.
const NAMED_MOST_LEAST = 2;

/**
 * A page that names no outlet and no writer ("Document of the World Bank ..." as a report's text, a case
 * study on a database's page): its unsourced figures are the body it names most, when one body is named
 * more often than any other, at least twice; else no one's.
 */
function bodyNamedMost(text: string, entities: Entities): string | null {
  // ('2. ^ "Guizhou\'s last poor counties delisted". Xinhua.': an encyclopedia, its sources cited in a list of references,
  // speaks for none of the bodies it names.)
  if (REFERENCE_ENTRY.test(text)) return null;
  const named = entities.organisations.map((o) => ({ name: o.name, count: o.mentions.length })).sort((a, b) => b.count - a.count);
  const [most, next] = named;
  return most === undefined || most.count < NAMED_MOST_LEAST || most.count === next?.count ? null : most.name;
}

/**
 * "..., a tough inspection ... is being carried out in 22 provinces, cctv.com reported on Jan. 22.": a page
 * that names no outlet of its own and opens by crediting an outlet's report retells that report, whose
 * figures the rest of it gives.
 */
function retoldOutlet(doc: NormalizedDocument, entities: Entities, clausesOf: ClausesOf, resolver: SpeakerResolver): string | null {
  const outlets = new Set(entities.organisations.filter((o) => o.kind === "media").map((o) => o.name));
  const end = doc.paragraphs[Math.min(doc.paragraphs.length, LEDE_PARAGRAPHS) - 1]?.end ?? 0;
  for (const s of doc.sentences) {
    if (s.start >= end) break;
    for (const c of clausesOf(doc.text.slice(s.start, s.end))) {
      if (c.kind !== "speech" || c.content === null || c.content.end > c.speaker.start) continue;
      const name = resolver.resolve({ start: s.start + c.speaker.start, end: s.start + c.speaker.end });
      if (name !== null && (outlets.has(name) || SITE_ADDRESS.test(name))) return name;
    }
  }
  return null;
}

// "Xinhua News Agency reports:", "The ministry said in a statement:", "According to the report:": a
// line that brings in the paragraphs under it as another's words, quoted at length.
const BLOCK_INTRODUCTION = /^(?:(?:The |the )?([\p{Lu}][\p{L}'’.&-]*(?: [\p{L}'’.&-]+){0,6}?) (?:reports|reported|writes|wrote|says|said|states|stated|notes|noted|explains|explained)(?: (?:on|in) [^:]{1,40})?|[Aa]ccording to ((?:the )?[^:,]{2,60})):$/u;
// How many paragraphs under such a line are the quoted report's at most.
const BLOCK_PARAGRAPHS = 3;

/**
 * The paragraphs a page quotes at length from a report it names on the line above them, by index,
 * with whom they are credited to. The quoted block ends before a line that brings in something else
 * (a colon, a list's item) or names the source again, as the page's own words about it do.
 */
function quotedBlocks(doc: NormalizedDocument, resolver: SpeakerResolver): Map<number, Attribution> {
  const out = new Map<number, Attribution>();
  doc.paragraphs.forEach((p, k) => {
    const line = doc.text.slice(p.start, p.end);
    const intro = line.length <= 120 ? BLOCK_INTRODUCTION.exec(line) : null;
    if (intro === null) return;
    const words = intro[1] ?? intro[2]!;
    const at = p.start + line.indexOf(words);
    const source = resolver.resolve({ start: at, end: at + words.length });
    if (source === null) return;
    for (let j = k + 1; j < doc.paragraphs.length && j <= k + BLOCK_PARAGRAPHS; j++) {
      const next = doc.text.slice(doc.paragraphs[j]!.start, doc.paragraphs[j]!.end);
      if (/:$/.test(next) || LIST_ITEM.test(next) || next.includes(words) || next.includes(source)) break;
      out.set(j, { attributedTo: source, kind: "speech" });
    }
  });
  return out;
}

// (Not "He Ming (2021) estimates ...": the surname He, with the given name after it.)
const PRONOUN_START = /^(?:He|She|They|It|His|Her|Their|Its)\b(?! \p{Lu}\p{Ll})/u;
// "For example, ...", "Among them, ...": a sentence that gives the detail of the account before it.
const EXAMPLE_START = /^(?:For example|For instance|Among them|Of them|Of these|In particular|Specifically),/;
// "... said over half a million people were trained. Of this total, almost 50,000 ...": a part of the figure
// just reported is the same source's.
// ("... lifting 537,000 people out of poverty in 2018. As a result, the ratio fell by 6.51 percent": what the
// account's figures came to goes on with it.)
const PART_OF_REPORTED = /^(?:Of (?:this|that|the) (?:total|number|figure|sum|amount|group)|Of (?:them|these|those)|Among (?:them|these|those)|As a result|Consequently|In total|In all|Altogether),/;
// ("... 878 million poor people in 1981. By 2015, that number had fallen to 9.7 million": the figure the sentence
// before gave, followed on; read near the sentence's start only.)
const REFERS_BACK = /\b(?:that|this|the same) (?:number|figure|total|rate|share|proportion|ratio|incidence|amount|sum|count)\b/;
const REFERS_BACK_REACH = 60;
// A possessive opens a new subject ("Its Party secretary ..."); only a subject pronoun continues a report.
const SUBJECT_PRONOUN_START = /^(?:He|She|They|It)\b(?! \p{Lu}\p{Ll})/u;

/**
 * Attribution a sentence with none of its own takes from its neighbour in the same paragraph:
 * a sentence opening with a pronoun continues the report before it ("X said ... She now earns"),
 * and a report opening with a pronoun covers the sentence before it ("... 53 programs. It helped ...,
 * the Daily reported.").
 */
export function inheritedAttributions(doc: NormalizedDocument, sources: readonly SentenceSources[]): (Attribution | null)[] {
  const own = doc.sentences.map((s, i) => {
    const a = sources[i]!.attribute(s);
    return a.kind === "document" ? null : a;
  });
  const paragraphIndex = sentenceParagraphs(doc);
  const paragraphOf = doc.sentences.map((s) => paragraphIndex.get(s.start) ?? -1);
  const text = (i: number) => doc.text.slice(doc.sentences[i]!.start, doc.sentences[i]!.end);
  const inherited: (Attribution | null)[] = doc.sentences.map(() => null);
  // A report, speech or briefing carries over the paragraphs after it that name no source of their own.
  let carried: Attribution | null = null;
  let paragraph = -1;
  // Whether the paragraph credits anyone but the source carried over it.
  let paragraphHasOther = false;
  let paragraphReport: Attribution | null = null;
  let paragraphDocument: Attribution | null = null;
  // Whether the paragraph opens on a document coming out ("The bureau released its annual report on ...").
  let releasesDocument = false;
  // The source a list's items go on with: what its introduction ("The following are facts and figures ...:") or the paragraph before it cites.
  let listSource: Attribution | null = null;
  let paragraphCites: Attribution | null = null;
  // The document a paragraph's last sentence says the list under it comes from.
  let listIntroduced: Attribution | null = null;
  for (let i = 0; i < doc.sentences.length; i++) {
    if (paragraphOf[i] !== paragraph) {
      if (paragraph >= 0) carried = paragraphReport ?? (paragraphHasOther ? null : carried);
      // ("II. Moving People Out of the Mountains": a section's heading ends what a source above it gave.)
      const span = doc.paragraphs[paragraphOf[i]!];
      if (span !== undefined && SECTION_HEADING.test(doc.text.slice(span.start, span.end))) carried = null;
      const before = paragraphCites;
      paragraph = paragraphOf[i]!;
      // (A paragraph's sentences follow one another from this one: look at those, not at every sentence for each
      // paragraph, once for whether any has a source of its own and which first cites one.)
      paragraphHasOther = false;
      paragraphCites = null;
      // (And the paragraph's last sentence, which may bring in a list under it.)
      let last = i;
      for (let j = i; j < doc.sentences.length && paragraphOf[j] === paragraph; j++) {
        // ("According to the survey, ..." in a paragraph under the one that cited the survey: the same source, which goes on.)
        // (The same speaker quoted in their own words is no citing of the document: '"... hardest bones," Nong said.' closes his report's account.)
        if (own[j] !== null && !(own[j]!.attributedTo === carried?.attributedTo && !QUOTATION_MARK.test(text(j)))) paragraphHasOther = true;
        if (own[j]?.kind === "according_to") paragraphCites ??= own[j]!;
        last = j;
      }
      releasesDocument = RELEASED_DOCUMENT.test(text(i));
      // ("Liu Xin reported government figures that show the following:": who the introduction says reports them.)
      if (LIST_INTRODUCTION.test(text(i))) listSource = (own[i]?.kind === "speech" ? own[i] : null) ?? paragraphCites ?? before;
      else if (listIntroduced !== null && (LIST_ITEM.test(text(i)) || CAPITALS_LINE.test(text(i)))) listSource = listIntroduced;
      else if (!LIST_ITEM.test(text(i)) && !(listSource !== null && CAPITALS_LINE.test(text(i)))) listSource = null;
      // (The paragraph's closing sentence may bring in the list under it: "... Below are the main figures from the report.")
      const fromDocument = LIST_FROM_DOCUMENT.exec(text(last));
      listIntroduced = fromDocument ? { attributedTo: fromDocument[1]!, kind: "according_to" } : null;
      paragraphReport = null;
      paragraphDocument = null;
    }
    // ("The report reviewed the work of 2018. Over the year, 20,400 households ...": a document brought in as what the
    // sentences after it go over gives the paragraph's figures.)
    const reviewing = own[i] ? null : DOCUMENT_REVIEWS.exec(text(i));
    if (reviewing) paragraphDocument = { attributedTo: reviewing[1]!, kind: "according_to" };
    if (own[i]) {
      const reports = own[i]!.kind === "speech" || own[i]!.kind === "according_to";
      if (reports && REPORT_CONTEXT.test(text(i))) paragraphReport = own[i]!;
      if (own[i]!.kind === "according_to" && (REPORT_CITED.test(text(i)) || releasesDocument)) paragraphDocument = own[i]!;
      continue;
    }
    const sameParagraph = (j: number) => j >= 0 && j < doc.sentences.length && paragraphOf[j] === paragraphOf[i];
    const previous = sameParagraph(i - 1) ? (own[i - 1] ?? inherited[i - 1]) : null;
    const next = sameParagraph(i + 1) ? own[i + 1] : null;
    // "X said ... . The roads cost 5 million yuan.": a report goes on until something else is credited.
    // ("According to the headquarters, 85 villages are no longer poor. The number of poor people dropped from
    // 22,948 to 6,736.": a source set before the paragraph's opening sentence goes on over the next.)
    // (Not one that brings in a document of its own, "A plan issued by the prefecture ... set", nor one whose note
    // marker, "[7]", cites another reference than the sentence before, "[4]".)
    const notes = (k: number) => text(k).match(NOTE_MARKER)?.join() ?? "";
    // (Nor a sentence where the writer speaks as themselves, "My cousin rents horses at 200 yuan an hour", outside quotation.)
    const writerSpeaks = (): boolean => WRITER_IN_FIRST_PERSON.test(text(i)) && !QUOTATION_MARK.test(text(i));
    const fronted = previous !== null && own[i - 1]?.kind === "according_to" && FRONTED_SOURCE.test(text(i - 1)) && !sameParagraph(i - 2) && !OWN_DOCUMENT_START.test(text(i)) && !writerSpeaks() && (notes(i) === "" || notes(i) === notes(i - 1));
    if (previous && (PRONOUN_START.test(text(i)) || PART_OF_REPORTED.test(text(i)) || REFERS_BACK.test(text(i).slice(0, REFERS_BACK_REACH)) || fronted)) inherited[i] = previous;
    // "... 240,000 people remain on the list. "These are the hardest bones," Nong said.": a paragraph
    // that opens with figures and closes on a named speaker is the speaker's account.
    // ("By the end of 2019, 9.2 million were relocated. The work has been completed this year for the
    // remaining 400,000, he said.": a sentence that closes on its speaker closes the account too.)
    // (Not a sentence that brings its speaker in: "Villager Xiang Cuilan, 52, works on the sorting line. She said ...": what
    // the writer says of her is the writer's.)
    else if (next && ((SUBJECT_PRONOUN_START.test(text(i + 1)) && !(next.attributedTo !== null && text(i).includes(next.attributedTo))) || (next.kind === "speech" && CLOSING_SPEAKER.test(text(i + 1))))) inherited[i] = next;
    // "... last year, according to the regional government work report. In 2019, 2.1 billion yuan ...":
    // a document delivered whole goes on giving the paragraph's figures after the sentence that cites it.
    else if (paragraphDocument) inherited[i] = paragraphDocument;
    else if (listSource) inherited[i] = listSource;
    // ("..., Mahmut said. Each trainee receives a daily allowance of 40 yuan ...": the sentence right after one that
    // credits a speaker or a source goes on with that account, unless it turns from it ("Yet wage slips ...") or
    // brings in a document of its own.)
    // (Nor over a sentence whose note marker cites another reference, as above.)
    else if (own[i - 1] != null && sameParagraph(i - 1) && (own[i - 1]!.kind === "speech" || own[i - 1]!.kind === "according_to") && !TURNS_FROM.test(text(i)) && !OWN_DOCUMENT_START.test(text(i)) && !writerSpeaks() && (notes(i) === "" || notes(i) === notes(i - 1))) inherited[i] = own[i - 1]!;
    else if (!paragraphHasOther && carried) inherited[i] = carried;
  }
  // ("The poverty ratio dropped to nearly half ... 27.1 per cent." over "This was revealed by Minister X in ...": the
  // figures just before, in that paragraph and the one above it, are the ones X made known.)
  for (let i = 1; i < doc.sentences.length; i++) {
    if (own[i] === null || !revealsWhatCameBefore(text(i))) continue;
    const reach = paragraphOf[i]! - (paragraphOf[i - 1] === paragraphOf[i] ? 0 : 1);
    for (let j = i - 1; j >= 0 && paragraphOf[j]! >= reach && own[j] === null; j--) inherited[j] ??= own[i]!;
  }
  // In a turn, "For example, there are 1,509 laborers ..." after the speaker cited another's survey
  // goes on with that survey's figures.
  for (let i = 1; i < doc.sentences.length; i++) {
    const before = own[i - 1];
    // ("The government announced ... It is expected to declare that ...": a pronoun goes on with the account too.)
    if (own[i]?.kind === "transcript_turn" && paragraphOf[i - 1] === paragraphOf[i] && (EXAMPLE_START.test(text(i)) || SUBJECT_PRONOUN_START.test(text(i))) && (before?.kind === "speech" || before?.kind === "according_to")) inherited[i] = before;
  }
  return inherited;
}

// "According to X, ...": a source set before its sentence; "A plan issued by ...": a sentence that brings in a
// document of its own; "[4]": an encyclopedia's note marker.
const FRONTED_SOURCE = /^According to\b/;
// A heading numbered or not, a few words in a paragraph of its own with no stop: "II. Moving People Out of the Mountains".
const SECTION_HEADING = /^(?:(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})?)[.)] )?\p{Lu}[^.!?:;"“”]{2,90}$/u;
const OWN_DOCUMENT_START = /^(?:A|An|The|This|That|Another) (?:[\p{L}-]+ ){0,3}(?:plan|report|notice|document|survey|study|paper|policy|circular|statement|census|yearbook)\b/u;
const NOTE_MARKER = /\[\d{1,3}\]/g;
// "I", "my", "we", "our": the writer speaking as themselves.
const WRITER_IN_FIRST_PERSON = /(?:^|[\s(])(?:I|[Mm]y|[Ww]e|[Oo]ur)\b(?!['’]s\b)/;
// "Yet ...", "But ...", "However, ...": a sentence that turns from the account before it.
// ("By my own calculation, a picker who ...": the writer turning to figures of their own.)
const TURNS_FROM = /^(?:Yet|But|However|Still|Meanwhile|Nonetheless|Nevertheless|Even so|In contrast|By contrast|On the other hand|By (?:my|our) (?:own )?(?:calculations?|count|estimates?|reckoning)|In my (?:own )?(?:view|estimate|reckoning))\b/;
// "The following are facts and figures showcasing ...:", "Here are the key figures:": words that bring in a list.
// ("The numbers: According to the white paper:" over its bullets: a source the list's introduction cites.)
const LIST_INTRODUCTION = /^(?:The following are|Following are|Here are)\b[^\n]*:$|\bthe following:$|\b[Aa]ccording to [^:\n]{2,120}:$/;
// ("Below are the main figures from the report.", "Here are the key numbers from the white paper:": an introduction naming the
// document the list's figures are taken from.)
const LIST_FROM_DOCUMENT = /^(?:Below|Here) are (?:the |some )?(?:[\p{L}-]+ ){0,3}(?:figures|numbers|facts|highlights|data|statistics|targets)(?: and (?:figures|numbers|facts|targets))? (?:from|in) (?:the|its|this year['’]s) ((?:[\p{L}-]+ ){0,4}(?:report|white paper|plan|bulletin|communiqu[eé]|yearbook|budget))[.:]$/iu;
// ("LOOKING BACK: 2016-2020" between the items: a heading in capitals inside the list, which goes on under it.)
const CAPITALS_LINE = /^[^\p{Ll}]{3,80}$/u;
// "-- Xinjiang has ...", "• 3.06 million ...", "1. ...": an item of a list.
// "The report reviewed the work of 2018.": a document the sentence names as going over what the paragraph goes on to give.
const DOCUMENT_REVIEWS = /^(?:The|This|Its) ((?:[\p{L}-]+ ){0,3}(?:report|white paper|bulletin|communiqu[eé]))(?: also)? (?:reviewed|reviews|summed up|sums up|summari[sz]ed|summari[sz]es|looked back (?:at|on)|looks back (?:at|on)|recapped|recaps)\b[^.!?]{0,120}[.:]$/u;
// ("1." alone: the sentences of an item numbered so start after its number.)
const LIST_ITEM = /^(?:--?|[•·▪*]|\d{1,2}[.)])(?: |$)/;

// ", he said.", ", said Zhao.": a speaker named as the sentence closes.
const CLOSING_SPEAKER = /,\s*(?:(?:he|she) (?:said|added)|said (?:\p{Lu}[\p{L}'’-]+|he|she))\.?["”]?$/u;
const QUOTATION_MARK = /["“”]/;
// "At the end of April, the bureau released its latest annual report on migrant workers.": a paragraph that
// opens on a document coming out summarises it, and the source it then cites gives the rest of its figures.
const RELEASED_DOCUMENT = /\b(?:released|published|issued|unveiled|put out) (?:its|their|a|an|the) (?:[\p{L}-]+ ){0,4}(?:report|survey|bulletin|yearbook|white paper|communiqu[eé]|statistics)\b/iu;
// "according to the regional government work report": a document cited, whose account runs on to the paragraph's end.
// ("according to the government’s work report": a possessive among the words before it.)
const REPORT_CITED = /\baccording to (?:the|a|an|its|their) (?:[\p{L}'’-]+ ){0,4}report\b/iu;
// "in his government work report", "in a speech", "a white paper said": a text delivered whole, whose
// account runs on over the following paragraphs (an answer at a press conference does not).
// ("The report also cites ...": a document speaking, whose account runs on too.)
// ("..., according to a survey released by the Research Office of the State Council", "said a Monday report
// from the National Bureau of Statistics": a survey or report cited as it came out, whose figures the
// paragraphs after it go on giving.)
const REPORT_CONTEXT = /\b(?:in (?:his|her|their|its|the|a) (?:[\w-]+ ){0,3}(?:report|speech|address|statement)|white paper|(?:report|survey|study|census|bulletin|paper|yearbook) (?:released|published|issued|compiled|conducted|from|by)\b)\b|^(?:The|This) (?:report|paper|document|study)\b/i;
