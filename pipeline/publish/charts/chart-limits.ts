// How much a chart shows, whatever the size of the dataset: bars beyond MAX_BARS fold into one
// "other" bar, parts of a bar beyond MAX_PARTS into one "other" part, and the text alternative
// names the SUMMARY_TOP largest.
export const MAX_BARS = 12;
export const MAX_PARTS = 4;
export const SUMMARY_TOP = 3;
