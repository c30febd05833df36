// How a parliament's record labels who speaks, on a line of its own over the words: a member with their seat
// and party ("Rosalind Kerr (Harbury North) (Con)"), a minister by post and then name ("The Minister for Asia
// (Graham Ashdown)"). Read as turn labels by the quotes, and never taken for a page's headline.
/** The short names of the parties a record sets beside a member: "Con", "Lab/Co-op", "SNP". */
export const PARTIES = String.raw`Con|Lab|Lab\/Co-op|LD|SNP|DUP|PC|SF|Ind|Green|Alba|SDLP|UUP|Reform|Alliance|TUV`;
export const MEMBER_AND_SEAT = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) \([\p{Lu}][^()]{1,50}\) \((?:${PARTIES}|Reform UK)\)$`, "u");
export const MINISTER_AND_NAME = /^(?:The )?(?:Prime Minister|Deputy Prime Minister|(?:Parliamentary Under-Secretary of State|Minister of State|Secretary of State|Minister|Chancellor|Leader of the House|Solicitor General|Attorney General)(?: (?:for|of|at|in) [^()]{2,100})?|Mr\.? Speaker|Madam Deputy Speaker|Mr\.? Deputy Speaker) \((\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})\)$/u;
// ("Harriet Coombe Portrait Harriet Coombe (Stroud Vale) (LD)": a copy that keeps the member's picture's alternative text before the label.)
export const MEMBER_PORTRAIT = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) Portrait \1(?: \([^()]{1,50}\) \([^()]{1,20}\))?$/u;
