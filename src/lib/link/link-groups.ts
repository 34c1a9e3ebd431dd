/**
 * Bounded link lists. A wire story copied by 50 outlets makes 50 claims that all link to each
 * other: 50 cards on each of 50 claim pages. A claim page therefore shows at most LINKS_SHOWN
 * links of each kind, the most useful first, and when there are more it points to ONE shared
 * list per group of same claims (the group page, /reports/<group>/). The links themselves stay
 * complete in the data (claim.links, the JSON exports): only the pages are bounded.
 *
 * A group is a connected set of "same claim" links (a copy of a copy is in the group too); it is
 * named after its earliest report, so that it keeps its address while later copies join it.
 */
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { ClaimLink, LinkType } from '../schemas/links.ts';
import { groupUrl } from '../urls.ts';

/** Links of each kind a claim page shows; the rest are on the group page. */
export const LINKS_SHOWN = 5;

export interface LinkGroup {
  /** The group's name: the id of its earliest report. */
  id: string;
  /** Every report of the claim (the group's claims), earliest first. */
  reports: string[];
  /** Every claim opposing any of them, earliest first. */
  opposing: string[];
}

/** What orders claims by their article: its publication date and its id. */
type ArticleOf = (claim: Claim) => Pick<ArticleRecord, 'id' | 'meta'> | undefined;

/** Earliest first; undated articles after dated ones; then by article and claim id, for a stable order. */
function byEarliest(articleOf: ArticleOf) {
  const key = (c: Claim) => {
    const article = articleOf(c);
    return [article?.meta.published ?? '\uffff', article?.id ?? '', c.id] as const;
  };
  return (a: Claim, b: Claim) => {
    const [x, y] = [key(a), key(b)];
    return x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]) || x[2].localeCompare(y[2]);
  };
}

/** The groups of same claims, by claim id (claims with no "same" link are a group of their own). */
export function linkGroups(claims: readonly Claim[], articleOf: ArticleOf): Map<string, LinkGroup> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Union-find over the "same" links.
  const parent = new Map(claims.map((c) => [c.id, c.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const c of claims) for (const l of c.links.same) if (byId.has(l.id)) parent.set(root(l.id), root(c.id));

  const earliest = byEarliest(articleOf);
  const members = Map.groupBy(claims, (c) => root(c.id));
  const groupOf = new Map<string, LinkGroup>();
  for (const list of members.values()) {
    const reports = list.toSorted(earliest);
    const opposingIds = new Set(reports.flatMap((c) => c.links.opposes.map((l) => l.id)));
    const opposing = [...opposingIds]
      .map((id) => byId.get(id))
      .filter((c): c is Claim => Boolean(c))
      .sort(earliest);
    const group = { id: reports[0]!.id, reports: reports.map((c) => c.id), opposing: opposing.map((c) => c.id) };
    for (const c of reports) groupOf.set(c.id, group);
  }
  return groupOf;
}

/** A group has a page when one of its lists is longer than a claim page shows. */
export const groupHasPage = (group: LinkGroup): boolean => group.reports.length - 1 > LINKS_SHOWN || group.opposing.length > LINKS_SHOWN;

/** Who speaks where: two links with the same voice repeat each other. */
const voice = (c: Claim, articleOf: ArticleOf) => `${articleOf(c)?.meta.outlet ?? articleOf(c)?.id}|${c.speaker?.id ?? c.source ?? c.attribution}`;

/**
 * A claim's links of one kind in the order a reader wants them: earliest first, but each new
 * voice (outlet and speaker) before any repeat of one already listed.
 */
export function rankedLinks(claim: Claim, type: LinkType, byId: ReadonlyMap<string, Claim>, articleOf: ArticleOf): { link: ClaimLink; other: Claim }[] {
  const earliest = byEarliest(articleOf);
  const items = claim.links[type]
    .map((link) => ({ link, other: byId.get(link.id)! }))
    .filter((x) => x.other)
    .sort((a, b) => earliest(a.other, b.other));
  const heard = new Set([voice(claim, articleOf)]);
  const fresh: typeof items = [];
  const repeats: typeof items = [];
  for (const item of items) {
    const v = voice(item.other, articleOf);
    (heard.has(v) ? repeats : fresh).push(item);
    heard.add(v);
  }
  return [...fresh, ...repeats];
}

/** One list of a claim page: the links it shows, and the group page's address when there are more. */
export interface ShownLinks {
  items: { link: ClaimLink; other: Claim }[];
  /** How many the group page lists (this claim included among the reports). */
  total: number;
  /** The group page, when it lists more than the claim page shows. */
  all?: string;
}

/** The two bounded lists of a claim page. */
export function claimPageLinks(claim: Claim, group: LinkGroup, byId: ReadonlyMap<string, Claim>, articleOf: ArticleOf): Record<LinkType, ShownLinks> {
  const list = (type: LinkType, total: number, others: number): ShownLinks => {
    const items = rankedLinks(claim, type, byId, articleOf).slice(0, LINKS_SHOWN);
    return { items, total, ...(groupHasPage(group) && others > items.length && { all: groupUrl(group.id) }) };
  };
  return { same: list('same', group.reports.length, group.reports.length - 1), opposes: list('opposes', group.opposing.length, group.opposing.length) };
}
