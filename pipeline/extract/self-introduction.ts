// "I'm Michele Norris.", "Hey, I'm Kelly McEvers, and this is Embedded from NPR.": a broadcast's host
// naming themselves. One form, read for the person (people.ts) and for the host's turn (quotes.ts);
// `name` is the pattern of the name each reads. And the guest the host brings in, for the guest's turns.

/** The words of a self-introduction after whatever opens it, the name captured. */
// ("Hello there, I'm Ed Butler and welcome to Business Daily": the show named after "and", with no comma before it.)
export function selfIntroduction(name: string): string {
  return String.raw`(?:And )?(?:I'm|I’m|I am) (${name})(?:\.(?=\s|$)|,? and (?:this is|welcome to) )`;
}

/** What may open a self-introduction: a greeting ("Hello there, "), or the show it comes from ("From the Intelligence, "). */
export const INTRODUCTION_OPENER = String.raw`(?:(?:Hey|Hi|Hello)(?: there| everyone| all)?|From (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}), `;

/** A name as a host says it: two or three capitalised words, capitals inside allowed ("McEvers"). */
export const HOST_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}`;

// ("Today I'm joined by Zhou Wenbo, an economist ...", "My guest today is ...": the one a host brings in to answer.)
// ("With me in the studio is Aigerim Serikqyzy.", "host Wang Lu speaks with Aigerim Serikqyzy, ...": in the studio, or as
// the show's notes say.)
export const GUEST_INTRODUCED = new RegExp(String.raw`\b(?:[Jj]oined (?:today |now |here )?by|[Mm]y guest(?: today| this week)? is|[Ww]ith me (?:today |now |here )?(?:in the studio )?is|I['’]m (?:talking|speaking) (?:to|with)|(?:speaks|talks) (?:to|with)) (?:(?:Dr|Prof)\.? )?(${HOST_NAME})\b`, "u");
