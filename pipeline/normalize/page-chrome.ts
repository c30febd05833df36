// One line in; whether it is the furniture of a page that is not prose: a breadcrumb trail, render
// and player chrome, a forum's subreddit or vote line, a score alone on its line, an image's file
// name, or injected spam. Each predicate recognises a form of line, never a site.
import { wordCount } from "./whitespace.ts";

// "SITE › News › Region News", "Home > Press Room >", "Home / News / China": short items between arrows.
const CRUMB_SEPARATOR = /\s*[›»>→]\s*|\s+\/\s+/;

export function isBreadcrumb(line: string): boolean {
  if (line.startsWith(">") || wordCount(line) > 14 || /[.!?]["”]?$/.test(line)) return false;
  const parts = line.split(CRUMB_SEPARATOR);
  const trailing = parts[parts.length - 1] === "";
  const items = parts.filter((p) => p !== "");
  if (items.length < (trailing ? 1 : 2) || items.length > 8) return false;
  return items.every((p) => wordCount(p) <= 5 && /\p{L}/u.test(p) && !/\d{3,}/.test(p));
}

// "Hostname: page-component-...  Total loading time: 0  Render date: 2024-...": what a page's renderer printed.
const RENDER_CHROME = /\b(?:hostname|render date|total loading time|loading time|page-component-[\w-]+)\b\s*:?/i;

export function isRenderChrome(line: string): boolean {
  return RENDER_CHROME.test(line) && wordCount(line) <= 24;
}

// "r/worldnews Mar 10 '20", "r/China · Posted by u/someone 3 years ago": the subreddit line over a thread.
export const SUBREDDIT_LINE = /^r\/[A-Za-z0-9_]{2,21}\b(?:\s*[·•|]?\s*(?:posted by\s+)?(?:u\/[\w-]{2,30})?.{0,40})?$/i;

// "412 Upvotes", "1.5k comments sorted by", "Show parent comments", "level 2", "arrow-up 8": a thread's counters and controls.
const THREAD_CONTROL =
  /^(?:(?:[\d.,]+[kKmM]?\s+)?(?:up ?votes?|down ?votes?|votes?|points?|karma|comments?(?: sorted by)?|replies|reply|children)|view all comments|show parent comments|continue this thread|more replies|load more comments|sort by:?(?: \w+)?|level \d{1,2}|arrow-(?:up|down)(?: [\d.,]+[kKmM]?)?|fedilink|permalink|link|save|edit|report|embed|give award|award|share|\d{1,3}(?:\.\d)?[kK]? ?[·•]? ?\d{0,3} ?(?:years?|months?|weeks?|days?|hours?|minutes?|[ymwdh]) ago)$/i;

export function isThreadControl(line: string): boolean {
  return THREAD_CONTROL.test(line);
}

// A count alone on its line ("88", "2.1k"): a post's score or a counter, never a stated figure.
export function isBareCount(line: string): boolean {
  return /^[\d][\d.,]{0,8}\s?[kKmM]?$/.test(line);
}

// "Manage episode 312345678 series 2345678", "Episode 3", "Play", "45:12", "14:10 mins": a media player's chrome.
const PLAYER = /^(?:manage (?:episode|series)\b.*|(?:episode|ep\.?|season|series|part) \d{1,4}|play(?: (?:episode|video|audio|now))?|pause|download(?: (?:episode|mp3|audio))?|subscribe|listen (?:now|on \w+(?: \w+)?)|play video|\d{1,2}:\d{2}(?::\d{2})?(?: (?:mins?|minutes|min read))?|\d{1,3} (?:min|mins|minute) (?:read|listen))$/i;

export function isPlayerChrome(line: string): boolean {
  return PLAYER.test(line);
}

// "poverty-relief-village-800.jpg": a picture's file name left where the picture was.
export function isImageFileName(line: string): boolean {
  return /^\S{1,200}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S*)?$/i.test(line);
}

// Injected spam: gambling, pills, VPN deals, "N% off" offers; lines short enough to be link text.
const SPAM = /\b(?:casino|free spins|slot machines?|sports ?betting|betting tips|no prescription|viagra|cialis|escort|porn|xxx|best vpn|vpn deals?|replica watches|essay writing service|buy (?:followers|likes|cheap)|weight loss pills|payday loans?)\b|\b\d{1,2}% off\b/i;

export function isSpam(line: string): boolean {
  return SPAM.test(line) && wordCount(line) <= 20;
}
