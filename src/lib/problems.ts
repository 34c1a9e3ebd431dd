/**
 * Every message the pipeline shows an editor, in one catalogue with permanent codes
 * (the way Astro keeps `errors-data.ts`): what happened, where, and the exact fix.
 * Codes never change meaning; docs/errors.md lists them.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Permanent, kebab-case name of the problem. */
  code: string;
  severity: Severity;
  /** Path of the file at fault, relative to the project (for example `seeds/a.txt`). */
  file: string;
  /** 1-based line in that file, where one applies. */
  line?: number;
  column?: number;
  message: string;
  /** What to do about it. */
  hint: string;
}

type Where = { file: string; line?: number; column?: number };

const make =
  (code: string, severity: Severity) =>
  (where: Where, message: string, hint: string): Problem => ({ code, severity, ...where, message, hint });

/** Ids in a message: the first ten, then how many more. */
const listIds = (ids: readonly string[]) => ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '');

export const problems = {
  emptySeed: (file: string) =>
    make('empty-seed', 'error')(
      { file },
      'The file is empty (or holds only whitespace).',
      "Paste the article's text into it, headline on the first line, or delete the file.",
    ),
  notText: (file: string, line: number) =>
    make('not-text', 'error')(
      { file, line },
      `The file holds NUL bytes (first on line ${line}): it is not a text file.`,
      'Save the article as plain text (UTF-8) and put that file in seeds/ instead.',
    ),
  unknownEncoding: (file: string, line: number, column: number, legacyTried = true) =>
    make('unknown-encoding', 'error')(
      { file, line, column },
      `The file is not valid UTF-8 (first bad byte on line ${line}, byte ${column})` +
        (legacyTried ? ' and does not read as Windows-1256 Arabic either.' : '.'),
      'Open it in a text editor and save it again with the encoding "UTF-8".',
    ),
  legacyEncoding: (file: string, encoding: string) =>
    make('legacy-encoding', 'warning')(
      { file },
      `The file is not UTF-8; it was decoded as ${encoding}.`,
      'Check the article page reads correctly, then save the file as UTF-8 to silence this warning.',
    ),
  noTitle: (file: string, line: number | undefined, why: string) =>
    make('no-title', 'error')(
      { file, ...(line === undefined ? {} : { line }) },
      `No title line found: ${why}.`,
      "Put the article's headline alone on the first line of the file, above the body.",
    ),
  titleFromText: (file: string, line: number | undefined, sidecar: string) =>
    make('title-from-text', 'warning')(
      { file, ...(line === undefined ? {} : { line }) },
      'The file has no headline line: it starts with the body, so the headline shown is the first sentence of the text, marked on the page as taken from it.',
      `Give the real headline in the sidecar ${sidecar} as a line \`title: …\` (see docs/sidecar.md), or put it alone on the first line of the file.`,
    ),
  noBody: (file: string) =>
    make('no-body', 'warning')({ file }, 'The article has a title but no paragraphs.', "Paste the article's body below the headline, one paragraph per line."),
  duplicateSeed: (file: string, other: string) =>
    make('duplicate-seed', 'error')({ file }, `The file has the same text as ${other}.`, `Delete one of the two files (keep ${other} if unsure).`),
  badFileName: (file: string) =>
    make('bad-file-name', 'error')(
      { file },
      'The file name gives no usable article id: it needs at least one Latin or Arabic letter or a digit ' +
        '(Arabic letters are spelled in Latin: تقرير.txt gives the id tqryr).',
      'Rename the file to something like seeds/outlet-2025-12-18-title.txt or seeds/تقرير-الوزارة.txt.',
    ),
  duplicateId: (file: string, other: string, id: string) =>
    make('duplicate-id', 'error')(
      { file },
      `The file name gives the article id "${id}", which ${other} already has.`,
      'Rename one of the two files so that their names differ in letters or digits.',
    ),
  yamlSyntax: (file: string, line: number | undefined, detail: string, docs: string) =>
    make('yaml-syntax', 'error')(
      { file, ...(line === undefined ? {} : { line }) },
      `The file is not valid YAML: ${detail}`,
      `Write one "field: value" pair per line, indented as in the examples of ${docs}.`,
    ),
  yamlField: (file: string, line: number | undefined, field: string, detail: string, hint: string) =>
    make('invalid-field', 'error')({ file, ...(line === undefined ? {} : { line }) }, `${field}: ${detail}`, hint),
  yamlAliases: (file: string, line: number | undefined, detail: string, docs: string) =>
    make('yaml-aliases', 'error')(
      { file, ...(line === undefined ? {} : { line }) },
      `The file uses YAML aliases (*name) ${detail}; the site reads at most 100, so it was not read.`,
      `Write the values out in full instead of repeating them with &anchors and *aliases (see ${docs}).`,
    ),
  yamlTooDeep: (file: string, line: number | undefined, max: number, docs: string) =>
    make('yaml-too-deep', 'error')(
      { file, ...(line === undefined ? {} : { line }) },
      `The YAML opens more than ${max} levels (key: key: …, - - …) on one line, so it was not read.`,
      `Write one "field: value" pair per line, indented as in the examples of ${docs}; put a value with colons in quotes.`,
    ),
  yamlUnknownTag: (file: string, line: number | undefined, tag: string, docs: string) =>
    make('yaml-unknown-tag', 'error')(
      { file, ...(line === undefined ? {} : { line }) },
      `The value is marked with the YAML tag ${tag}, which the site does not read (a tag can ask a program to build an object or run code).`,
      `Delete "${tag}" and write the value as plain text, in quotes if it holds a colon or starts with a sign (see ${docs}).`,
    ),
  unknownClaim: (file: string, id: string, what: string) =>
    make('unknown-claim', 'warning')(
      { file },
      `There is no claim with the id "${id}", so ${what} is not used.`,
      'Copy the id from the claim page address (/claims/<id>/); if the claim was reworded, its id changed.',
    ),
  reviewFrontMatter: (file: string) =>
    make('review-front-matter', 'error')(
      { file, line: 1 },
      'The review has no front matter: it must start with a line "---", the fields, and another line "---".',
      'Copy the example at the top of docs/reviews.md and fill it in.',
    ),
  reviewRawHtml: (file: string, line: number, html: string) =>
    make('review-raw-html', 'error')(
      { file, line },
      `The review's text holds raw HTML (${html.slice(0, 40)}); the site never renders HTML from content.`,
      'Write it in Markdown instead: **bold**, *italics*, [a link](https://…), > a quotation.',
    ),
  reviewUnknownClaim: (file: string, line: number | undefined, id: string, closest: string | undefined) =>
    make('review-unknown-claim', 'error')(
      { file, ...(line === undefined ? {} : { line }) },
      `No claim has the id "${id}", and the quote matches no claim closely enough.`,
      closest
        ? `The closest claim is ${closest}. If that is the one, put its id and its exact words in claim.id and claim.quote.`
        : 'Copy the id and the words from the claim page (/claims/<id>/).',
    ),
  reviewReanchored: (file: string, line: number | undefined, oldId: string, newId: string, similarity: number) =>
    make('review-reanchored', 'warning')(
      { file, ...(line === undefined ? {} : { line }) },
      `No claim has the id "${oldId}" any more; the review was attached by its quote to ${newId} (${Math.round(similarity * 100)}% alike).`,
      `Put the new id in claim.id (and the claim's current words in claim.quote): id: ${newId}`,
    ),
  duplicateReview: (file: string, other: string, id: string) =>
    make('duplicate-review', 'error')(
      { file },
      `The claim ${id} already has a review: ${other}.`,
      'Keep one review per claim: merge the two files, and record later changes under updates.',
    ),
  badLedger: (file: string, detail: string) =>
    make('bad-ledger', 'error')(
      { file },
      `The ledger of published claim ids cannot be read: ${detail}.`,
      'Restore it from version control (git checkout -- content/claims.lock.json); never edit it by hand.',
    ),
  ledgerLostIds: (file: string, ids: readonly string[], where: string) =>
    make('ledger-lost-ids', 'error')(
      { file },
      `${ids.length} published claim id(s) are missing from the ledger (published in ${where}), so their pages would vanish: ${listIds(ids)}.`,
      `Restore the entries: take both sides when merging ${file}, or git checkout HEAD -- ${file} and build again. ` +
        'To retire them on purpose (their pages then say the claim was removed), build once with ' +
        `CLAIMS_RETIRE=${ids.slice(0, 3).join(',')}${ids.length > 3 ? ',…' : ''} and commit the ledger.`,
    ),
  ledgerMissing: (file: string, ids: readonly string[], where: string) =>
    make('ledger-missing', 'error')(
      { file },
      `The ledger of published claim ids is missing, but ${where} published ${ids.length} claim id(s): ${listIds(ids)}.`,
      `Restore it: git checkout HEAD -- ${file} (never delete it; it keeps published addresses alive), then build again.`,
    ),
  buildRunning: (file: string, pid: number, waited: number) =>
    make('build-running', 'error')(
      { file },
      `Another build of this project (process ${pid}) is still running after ${waited} s: two builds at once would break each other.`,
      'Wait for it to finish and build again (CLAIMS_BUILD_WAIT=<seconds> waits longer); a lock left by a build that died is taken over by itself.',
    ),
  reviewUnknownId: (file: string, id: string, nearest: string[]) =>
    make('review-unknown-claim', 'error')(
      { file },
      `No claim has the id "${id}", so no review was written.`,
      nearest.length
        ? `Did you mean ${nearest.join(', ')}? Copy the id from the claim page's address (/claims/<id>/).`
        : 'Copy the id from the claim page address (/claims/<id>/).',
    ),
  reviewExists: (file: string) =>
    make('review-exists', 'error')(
      { file },
      'This claim already has a review; it was left as it is.',
      'Edit that file, and record later changes under updates.',
    ),
  markdownTooDeep: (file: string, line: number, depth: number, max: number) =>
    make('markdown-too-deep', 'error')(
      { file, line },
      `The text nests ${depth} quotations or lists on this line; the site reads at most ${max} levels.`,
      'Remove the extra ">" or list markers at the start of the line: a quotation inside a quotation is rarely needed twice.',
    ),
  markdownTooManyMarks: (file: string, line: number, count: number, marks: string, max: number) =>
    make('markdown-too-many-marks', 'error')(
      { file, line },
      `The paragraph starting here holds ${count} ${marks}; the site reads at most ${max} in one paragraph, so the text was not read.`,
      'Remove the stray marks, or split the paragraph with an empty line; write a literal mark as \\* or \\[.',
    ),
  reviewRemoteImage: (file: string, line: number, url: string) =>
    make('review-remote-image', 'error')(
      { file, line },
      `The image ${url.slice(0, 80)} is on another site; pages never load anything from another site (the reader's visit would be reported to it).`,
      'Save the image under public/images/ and write its address from the site root: ![what it shows](/images/name.png).',
    ),
  reviewMissingImage: (file: string, line: number, url: string) =>
    make('review-missing-image', 'error')(
      { file, line },
      `The image ${url.slice(0, 80)} is not a file under public/, so it would not show.`,
      'Put the image under public/images/ and write its address from the site root: ![what it shows](/images/name.png).',
    ),
  reviewUnsafeLink: (file: string, line: number, url: string) =>
    make('review-unsafe-link', 'error')(
      { file, line },
      `The link ${url.slice(0, 80)} is not a web or e-mail address: the site would show it as dead text (javascript:, data: or vbscript: can run code).`,
      'Link to a web page (https://…), a page of this site (/claims/<id>/) or an e-mail address (mailto:…), or remove the link.',
    ),
  importUnreadable: (file: string, detail: string) =>
    make('import-unreadable', 'error')(
      { file },
      `The file cannot be read as a web page: ${detail}.`,
      'Save the article page again from the browser (Save Page As…, "Web Page, HTML only") and import that file.',
    ),
  importUnknownCharset: (file: string, label: string) =>
    make('import-unknown-charset', 'warning')(
      { file },
      `The page declares the encoding "${label}", which is not a known encoding; it was read as UTF-8.`,
      'Check the imported text reads correctly; if not, save the page again as UTF-8 and import it again.',
    ),
  importNotArticle: (file: string, why: string) =>
    make('import-not-article', 'error')(
      { file },
      `The page is not a news article: ${why}.`,
      'Open the article itself (its own page, not a home page or a list of headlines), save it, and import that file.',
    ),
  importBadJsonLd: (file: string, line: number | undefined, detail: string) =>
    make('import-bad-json-ld', 'warning')(
      { file, ...(line === undefined ? {} : { line }) },
      `A <script type="application/ld+json"> block is not valid JSON (${detail}); its metadata was not used.`,
      'Nothing to do unless the outlet, date or author is missing from the imported .yaml: then add it by hand from the page.',
    ),
  importDroppedField: (file: string, field: string, value: string, why: string) =>
    make('import-dropped-field', 'warning')(
      { file },
      `The page gives ${field} "${value.slice(0, 80)}", which ${why}; it was left out of the metadata.`,
      `Add "${field}" to the imported .yaml by hand if the page states it in another form (see docs/sidecar.md).`,
    ),
  importExists: (file: string, existing: string) =>
    make('import-exists', 'error')(
      { file },
      `The article is already imported: ${existing} exists, so nothing was written.`,
      `Delete ${existing} (and its .yaml) first if you want to import the page again, or leave it as it is.`,
    ),
  importWriteFailed: (file: string, dir: string, detail: string) =>
    make('import-write-failed', 'error')(
      { file },
      `The seed for this page could not be written to ${dir} (${detail}); nothing was written.`,
      `Check that ${dir} exists and that you may write to it, then import the page again.`,
    ),
  duplicatePersonId: (file: string, id: string) =>
    make('duplicate-id', 'error')({ file }, `Two entries have the id "${id}".`, 'Give each entry its own id; ids are permanent URLs, so change the newer one.'),
  orphanSidecar: (file: string, expected: string) =>
    make('orphan-sidecar', 'warning')(
      { file },
      `No article ${expected} goes with this metadata file, so it is not used.`,
      `Rename it to match its article's .txt file, or delete it.`,
    ),
  noSeeds: (dir: string) =>
    make('no-seeds', 'error')(
      { file: dir },
      'The folder holds no .txt articles.',
      'Copy at least one article (a .txt file) into it, or import one with `npm run claims -- import`.',
    ),
  seedMissing: (file: string) =>
    make('seed-missing', 'error')({ file }, 'The file does not exist.', 'Check the path; seeds are `.txt` files, usually in seeds/.'),
  seedsDirMissing: (dir: string) =>
    make('seeds-dir-missing', 'error')({ file: dir }, 'The seeds folder does not exist.', 'Create it and put the articles (.txt files) in it.'),
  notARegularFile: (file: string, kind: string) =>
    make('not-a-regular-file', 'error')(
      { file },
      `The file is ${kind}, not a regular file, so it was not read.`,
      'Inputs are read only from regular files (a link could publish any file of the build machine): ' +
        `put the file itself there (copy it, do not link it), or remove ${file}.`,
    ),
  notAFolder: (file: string) =>
    make('not-a-folder', 'error')({ file }, 'This should be a folder, but it is a file (or a device).', `Remove ${file} and create a folder of that name.`),
  outsideProject: (file: string, real: string) =>
    make('not-a-regular-file', 'error')(
      { file },
      `The file really lies at ${real}, outside the project (a folder on its path is a link), so it was not read.`,
      'Replace the linked folder with a real folder holding copies of the files.',
    ),
  fileTooLarge: (file: string, bytes: number, max: number) =>
    make('file-too-large', 'error')(
      { file },
      `The file is ${(bytes / 1048576).toFixed(1)} MB; an input may be at most ${(max / 1048576).toFixed(1)} MB (a long article is about 0.1 MB).`,
      'Check it is one article (split a collection into one file per article); to allow larger files, set CLAIMS_MAX_INPUT_MB (docs/ingest.md).',
    ),
  inputUnreadable: (file: string, detail: string) =>
    make('input-unreadable', 'error')({ file }, `The file cannot be read (${detail}).`, 'Check that it exists and that you may read it, then run again.'),
  tooManyLines: (file: string, line: number, max: number) =>
    make('too-many-lines', 'error')(
      { file, line },
      `The file has more than ${max} lines of text (the limit is passed on line ${line}): it is not one news article.`,
      'Split the file into one file per article, or remove what is not the article (a list, a transcript, a data dump).',
    ),
  tooManyClaims: (file: string, line: number, max: number) =>
    make('too-many-claims', 'error')(
      { file, line },
      `The article gives more than ${max} claims (extraction stopped at line ${line}): it is not one news article.`,
      'Split the file into one file per article, or remove what is not the article (a list, a transcript, a data dump).',
    ),
} as const;

/** One problem as a terminal line plus its fix, e.g. `error seeds/a.txt:3 [no-title] … \n  fix: …`. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  return `${p.severity} ${where} [${p.code}] ${p.message}\n  fix: ${p.hint}`;
}

export const hasErrors = (list: readonly Problem[]): boolean => list.some((p) => p.severity === 'error');
