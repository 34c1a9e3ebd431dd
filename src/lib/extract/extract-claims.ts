/**
 * extract: an article → its sentences and claims. Pure: the people registry and the
 * gazetteer come in unchanged; claims, and the people the text introduced or told more
 * about, come out (the pipeline merges those into the registry for the next article).
 */
import type { Article, SentenceRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Person } from '../schemas/people.ts';
import { foldArabic } from '../text/arabic-fold.ts';
import { shortHash } from '../text/hash.ts';
import { spanParser } from '../text/parsed-text.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { isQuestion } from '../text/word-lists.ts';
import { textQuoteSelector } from './anchors.ts';
import { attribute, trailingSource, type SpeakerHistory, type Source } from './attribution.ts';
import { hardSignals } from './claim-signals.ts';
import { claimId } from './claim-id.ts';
import type { Gazetteer } from './entities.ts';
import { classifyKind } from './kind.ts';
import { claimLabel } from './label.ts';
import type { PeopleRegistry } from './people-registry.ts';
import { scoreCheckworthiness, SCORER_THRESHOLD } from './scorer.ts';
import { splitSentences } from './sentences.ts';
import { REPORTING_PARTICIPLES, splitClaims } from './split-claims.ts';
import { withoutConjunction } from '../text/clitics.ts';

export interface ExtractContext {
  /** Everyone known before this article; read only. */
  registry: PeopleRegistry;
  gazetteer: Gazetteer;
}

export interface Extraction {
  claims: Claim[];
  sentences: SentenceRecord[];
  /** People this article introduced, or whose role or gender it told: `registry.with(people)`. */
  people: Person[];
  /** Set when the article gave more than MAX_CLAIMS_PER_ARTICLE claims: the line extraction stopped at. */
  stoppedAtLine?: number;
}

/** A long news article gives a few dozen claims; a file with hundreds is a dump, and is not read further. */
export const MAX_CLAIMS_PER_ARTICLE = 500;

// A reported statement keeps the complementiser that opens it: "أن الصادرات ارتفعت", not
// "الصادرات ارتفعت" (the clause as the text gives it, and what a reader searches for).
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها']);
function withComplementiser(sentence: string, tokens: readonly Token[], start: number): number {
  const before = tokens.findLast((t) => t.end <= start);
  return before && COMPLEMENTISERS.has(before.folded) && /^\s*$/.test(sentence.slice(before.end, start)) ? before.start : start;
}

// A forecast or report this short is a widget or a fragment ("سيتم التحديث"), not a statement.
const MIN_STATEMENT_WORDS = 5;

/**
 * What the speaker did before a participle brought their words: in "كما رحّب الوزير بالخطة،
 * معتبرًا أن …" the welcome is reported too. The sentence from its start to the comma before
 * the participle, when the statement after it is the one attributed.
 */
function speakerAct(sentence: string, tokens: readonly Token[], statementStart: number): { start: number; end: number } | undefined {
  let i = tokens.findLastIndex((t) => t.end <= statementStart);
  while (i > 0 && (COMPLEMENTISERS.has(tokens[i]!.folded) || tokens[i]!.folded === 'الي' || tokens[i]!.folded === 'علي')) i--;
  if (i < MIN_STATEMENT_WORDS || !REPORTING_PARTICIPLES.has(withoutConjunction(tokens[i]!.folded))) return undefined;
  const comma = sentence.lastIndexOf('،', tokens[i]!.start);
  if (comma < tokens[i - 1]!.end) return undefined;
  return { start: tokens[0]!.start, end: comma };
}

export function extractClaims(article: Article, ctx: ExtractContext): Extraction {
  // Attribution registers and fills in people as it reads: on a draft, never on the registry given.
  const registry = ctx.registry.draft();
  const claims: Claim[] = [];
  const sentences: SentenceRecord[] = [];
  const history: SpeakerHistory = [];
  const used = new Map<string, number>();
  const usedSentences = new Map<string, number>();

  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue; // headings are never claims
    if (claims.length >= MAX_CLAIMS_PER_ARTICLE) {
      return { claims, sentences, people: registry.changedSince(ctx.registry), stoppedAtLine: block.line };
    }
    for (const span of splitSentences(block.text)) {
      const sentence = block.text.slice(span.start, span.end);
      const base = block.start + span.start;
      let sentenceId = `s-${shortHash(foldArabic(sentence))}`;
      const seenSentence = usedSentences.get(sentenceId) ?? 0;
      usedSentences.set(sentenceId, seenSentence + 1);
      if (seenSentence > 0) sentenceId = `${sentenceId}-${seenSentence + 1}`;
      const record: SentenceRecord = { id: sentenceId, blockId: block.id, start: base, end: base + sentence.length, claimIds: [] };
      sentences.push(record);
      // Each sentence is tokenized once; its parts' tokens, numbers and dates are made once
      // (spanParser) and every rule reads them.
      const tokens = tokenize(sentence);
      const parse = spanParser(sentence, tokens);
      if (isQuestion(sentence, tokens)) {
        record.skipped = 'question';
        continue;
      }
      const said = attribute(sentence, tokens, { registry, history });
      const act = said.source ? speakerAct(sentence, tokens, said.start) : undefined;
      const statementStart = withComplementiser(sentence, tokens, said.start);
      const reportedSpeech = said.source !== undefined && !said.opinionVerb;
      const parts = splitClaims(sentence, statementStart, said.end, tokens, parse, { reportedSpeech });
      for (const part of act ? [act, ...parts] : parts) {
        const parsed = parse(part.start, part.end);
        if (parsed.tokens.length === 0) continue; // an attribution frame with nothing said after it
        const text = parsed.text;
        let source: Source | undefined = said.source;
        const rules = part === act ? [...said.rules, 'speaker-act'] : [...said.rules];
        // A part may name its own source: "… عالميًا وفق تقارير عام 2025".
        if (!source) {
          const own = trailingSource(sentence, tokens, { registry, history }, part.start, part.end);
          if (own?.source) {
            source = own.source;
            rules.push(...own.rules);
            // "…، وفقاً لأرقام نشرها المعهد": a body named as a source is the one "التقرير" means next.
            if (source.attribution === 'institution') history.push(source);
          }
        }
        const attribution = source?.attribution ?? 'outlet';
        const score = scoreCheckworthiness(text, parsed);
        const signals = hardSignals(parsed);
        const entities = ctx.gazetteer.find(text, registry, parsed.tokens);
        // Who did what with whom: two named parties make a statement checkable too.
        const namesParties = entities.length >= 2;
        const reportingVerb = said.rules.some((r) => r === 'reporting-verb' || r === 'opinion-verb');
        const kind = classifyKind(parsed.tokens, { attribution, opinionVerb: part !== act && said.opinionVerb, reportingVerb, sentence: tokens });
        // A forecast or a scheduled event can be checked when its day comes.
        const predicts = kind.kind === 'prediction' && parsed.tokens.length >= MIN_STATEMENT_WORDS;
        // Brought by a reporting verb whose speaker was not resolved: still a statement on record.
        const reported = reportingVerb && parsed.tokens.length >= MIN_STATEMENT_WORDS;
        if (score.score < SCORER_THRESHOLD && !source && signals.length === 0 && !namesParties && !predicts && !reported) continue;
        rules.push(
          score.score >= SCORER_THRESHOLD
            ? 'checkworthy-score'
            : source
              ? 'claim-attributed'
              : signals.length
                ? 'claim-hard-signal'
                : namesParties
                  ? 'claim-names-parties'
                  : predicts
                    ? 'claim-prediction'
                    : 'claim-reported',
        );
        if (signals.length > 0) rules.push(...signals.map((s) => `signal-${s}`));

        const start = base + part.start;
        const end = base + part.end;
        // The id reads the statement without its complementiser, as ids did before the claim kept it.
        const opener = part.start === statementStart && statementStart < said.start ? parsed.tokens[1] : undefined;
        let id = claimId(article.id, opener ? text.slice(opener.start) : text);
        const seen = used.get(id) ?? 0;
        used.set(id, seen + 1);
        if (seen > 0) id = `${id}-${seen + 1}`;
        const speaker = source?.personId ? registry.get(source.personId) : undefined;
        claims.push({
          id,
          articleId: article.id,
          blockId: block.id,
          start,
          end,
          sentence: { start: record.start, end: record.end },
          selector: textQuoteSelector(article.text, start, end),
          text,
          label: claimLabel(text, parsed.tokens),
          kind: kind.kind,
          attribution,
          speaker: speaker ? { id: speaker.id, name: speaker.name, ...(speaker.role && { role: speaker.role }) } : null,
          ...(source?.text && { source: source.text }),
          checkworthiness: Math.round(score.score * 1000) / 1000,
          reasons: score.reasons,
          rules: [...rules, ...kind.rules],
          values: { numbers: [...parsed.numbers], dates: [...parsed.dates] },
          entities,
          links: { same: [], opposes: [] },
        });
        record.claimIds.push(id);
      }
      if (record.claimIds.length === 0) record.skipped = 'not-checkworthy';
    }
  }
  return { claims, sentences, people: registry.changedSince(ctx.registry) };
}
