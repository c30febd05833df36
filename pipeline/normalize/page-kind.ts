// "Document", "Video Article", "Photo Gallery", "Policy Brief", "White Paper", "Fact Sheet", "Original": what kind of page this is, never whose.
// ("[Broadcast on 26 May 2004]", "Recorded 3 March": how and when it was made, never by whom.)
export const PAGE_KIND =
  /^(?:(?:video|photo|news|feature|audio|text|web|special|research|policy|press|working|white|full)\s+)?(?:article|story|gallery|report|page|post|video|photos?|news|document|transcript|blog|opinion|metadata|details|brief|paper|release|commentary|analysis|editorial|interview|column|text)$|^(?:original|exclusive|reprint|repost|translation|translated|compiled|discussion|question|meta|broadcast|aired|recorded|filmed|uploaded|delivered|submitted|received|accepted)$|^(?:press|news) (?:conference|briefing)s?$|^fact ?sheets?$/i;
