/**
 * `npm run bench:links`: linking time as the number of claims grows. Claims are made of
 * pseudo-words drawn with a Zipf law (as words in news are), 5% of them near-copies of an
 * earlier claim in another article (the pairs linking must find). Prints claims, links and
 * time, for docs/linking.md. Figures, not pass/fail.
 */
import { seededRandom } from './random.ts';
import { parseArgs } from 'node:util';
import { linkClaims } from '../src/lib/link/link-claims.ts';
import type { Claim } from '../src/lib/schemas/claim.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,4000,16000,64000' } } });

const random = seededRandom(7);
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const VOCABULARY = 50_000;
const word = (k: number) => {
  let w = '';
  for (let n = k + 1; n > 0; n = Math.floor(n / LETTERS.length)) w += LETTERS[n % LETTERS.length];
  return `${w}ان`;
};
// Zipf: rank k with probability ∝ 1/k, by inverting the harmonic CDF approximately.
const zipf = () => Math.min(VOCABULARY - 1, Math.floor(Math.exp(random() * Math.log(VOCABULARY))) - 1);

const template = (i: number): Claim =>
  ({
    id: `c${i}`,
    articleId: `a${Math.floor(i / 15)}`,
    text: '',
    kind: 'fact',
    attribution: 'outlet',
    speaker: null,
    entities: [],
    links: { same: [], opposes: [] },
    sentence: { start: 0, end: 0 },
  }) as unknown as Claim;

for (const size of values.sizes.split(',').map(Number)) {
  const claims: Claim[] = [];
  for (let i = 0; i < size; i++) {
    const claim = template(i);
    const earlier = claims[Math.floor(random() * claims.length)];
    if (earlier && random() < 0.05) {
      const words = earlier.text.split(' ');
      words[Math.floor(random() * words.length)] = word(zipf());
      claim.text = words.join(' ');
      claim.entities = earlier.entities;
    } else {
      claim.text = Array.from({ length: 15 }, () => word(zipf())).join(' ');
      // One named place per claim, drawn the same way, so pairs can share who and where.
      claim.entities = [{ id: `place-${zipf() % 5000}`, name: '', type: 'place' }];
    }
    claims.push(claim);
  }
  const started = performance.now();
  const links = linkClaims(claims, []);
  const ms = performance.now() - started;
  const count = [...links.values()].reduce((n, l) => n + l.same.length + l.opposes.length, 0) / 2;
  console.log(`${size} claims: ${count} links in ${ms.toFixed(0)} ms (${((ms / size) * 1000).toFixed(0)} µs per claim)`);
}
