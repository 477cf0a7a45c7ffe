import { createPrng, type Prng } from './prng';

/*
 * Clinical-sounding synthetic prose for notes: sentence frames with slots, each slot filled from
 * a ranked word list with a Zipf distribution (the r-th word about 1/r as likely as the first),
 * so a large corpus has what real notes have: a few words in nearly every note, a middle band
 * in some percent of them, and a long tail of words that occur a handful of times. The tail is
 * made-up proper nouns (places, programmes, people's roles are never named): no real person's
 * data, and no word list of real names.
 */

/** Frames: {N} noun, {A} adjective, {V} past-tense verb, {T} a tail word (a made-up proper noun). */
const FRAMES = [
  'Client reported {A} {N} in the days since the last session.',
  'They described the {N} as {A} and, at times, {A}.',
  'We {V} the {N} and how it connects to {N}.',
  'Affect {A}; speech {A}; thought process goal-directed.',
  'Discussed {N} around {N}, with {T} coming up several times.',
  'Homework review: the {N} was {V} on most days.',
  'Integration focus: {N}, {N} and the {A} {N} that surfaced during dosing.',
  'Sleep {A}, appetite {A}; no new {N} reported.',
  'Client {V} a memory of {N} at {T} and felt {A}.',
  'Plan: continue {N}, revisit {N} next week.',
  'During the session they noticed {A} {N} in the body, mostly in the chest.',
  'They {V} that the {N} felt less {A} than before.',
  'Explored the belief that {N} means {N}; evidence for and against was {V}.',
  'Client arrived {A} and settled after a few minutes of breathing.',
  'Reflected on the {N} from the previous dosing session at {T}.',
  'Named {N} as a value and {V} one small action toward it.',
  'Safety check completed; no {N}, plan reviewed with the client.',
  'Partner {V} the client home; the drive was {A}.',
  'Client {V} the {N} exercise and rated it {A}.',
  'We agreed to track {N} and {N} in a daily log.',
  'There was {A} grief about {N}, held with care.',
  'Vitals stable throughout; mood afterwards {A}.',
  'Themes: {N}, {N}, {N}.',
  'They said the {N} at {T} still feels {A}.',
  'Therapist {V} the link between {N} and the {A} pattern.',
  'Client {V} to practise {N} before the next visit.',
  'Reviewed {N}; the client felt {A} about trying it again.',
  'A {A} image of {N} returned during integration.',
  'Reported {A} {N} after the weekend at {T}.',
  'Discussed boundaries with {N} and the {A} feelings that follow.',
] as const;

const NOUNS = [
  'anxiety',
  'sleep',
  'work',
  'family',
  'breathing',
  'grief',
  'relationship',
  'rumination',
  'shame',
  'anger',
  'avoidance',
  'tension',
  'memory',
  'trust',
  'loneliness',
  'fear',
  'guilt',
  'energy',
  'motivation',
  'routine',
  'worry',
  'sadness',
  'hope',
  'self-criticism',
  'perfectionism',
  'exhaustion',
  'panic',
  'conflict',
  'childhood',
  'parenting',
  'boundaries',
  'grounding',
  'journaling',
  'walking',
  'music',
  'nature',
  'body',
  'chest',
  'stomach',
  'shoulders',
  'career',
  'money',
  'housing',
  'friendship',
  'partner',
  'mother',
  'father',
  'sibling',
  'loss',
  'illness',
  'pain',
  'numbness',
  'dissociation',
  'insight',
  'acceptance',
  'compassion',
  'forgiveness',
  'meaning',
  'purpose',
  'identity',
  'control',
  'uncertainty',
  'safety',
  'connection',
  'isolation',
  'craving',
  'alcohol',
  'cannabis',
  'caffeine',
  'exercise',
  'appetite',
  'nightmares',
  'flashbacks',
  'triggers',
  'hypervigilance',
  'irritability',
  'procrastination',
  'deadlines',
  'commute',
  'holidays',
  'birthday',
  'anniversary',
  'funeral',
  'wedding',
  'divorce',
  'pregnancy',
  'retirement',
  'promotion',
  'interview',
  'exam',
  'garden',
  'kitchen',
  'bedroom',
  'ocean',
  'forest',
  'mountain',
  'river',
  'light',
  'darkness',
  'colour',
  'warmth',
  'heaviness',
  'lightness',
  'spaciousness',
  'stillness',
  'silence',
  'voice',
  'tears',
  'laughter',
  'resentment',
  'jealousy',
  'envy',
  'pride',
  'joy',
  'relief',
  'awe',
  'gratitude',
  'curiosity',
  'playfulness',
  'creativity',
  'prayer',
  'meditation',
  'yoga',
  'painting',
  'writing',
  'cooking',
  'dancing',
  'swimming',
  'running',
  'cycling',
] as const;

const ADJECTIVES = [
  'low',
  'better',
  'calm',
  'anxious',
  'tired',
  'restless',
  'heavy',
  'bright',
  'flat',
  'tearful',
  'hopeful',
  'guarded',
  'open',
  'warm',
  'distant',
  'vivid',
  'intense',
  'gentle',
  'overwhelming',
  'manageable',
  'familiar',
  'strange',
  'tender',
  'raw',
  'steady',
  'shaky',
  'clear',
  'foggy',
  'reactive',
  'settled',
  'irritable',
  'playful',
  'sombre',
  'spacious',
  'tight',
  'loose',
  'mixed',
  'fragile',
  'resilient',
  'stuck',
  'surprising',
  'painful',
  'peaceful',
  'confusing',
  'meaningful',
  'uneasy',
  'grounded',
  'scattered',
  'reflective',
  'defended',
  'euthymic',
  'constricted',
  'labile',
  'congruent',
  'pressured',
  'slowed',
  'brisk',
  'hesitant',
  'animated',
  'subdued',
] as const;

const VERBS = [
  'explored',
  'noticed',
  'discussed',
  'practised',
  'reviewed',
  'named',
  'described',
  'recalled',
  'completed',
  'skipped',
  'tried',
  'avoided',
  'shared',
  'questioned',
  'reframed',
  'accepted',
  'resisted',
  'welcomed',
  'tracked',
  'planned',
  'mapped',
  'linked',
  'revisited',
  'challenged',
  'softened',
  'journaled',
  'drew',
  'wrote',
  'remembered',
  'imagined',
  'agreed',
  'chose',
  'rated',
  'observed',
  'mentioned',
  'admitted',
  'celebrated',
  'mourned',
  'released',
  'held',
] as const;

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'st', 'th', 'tr', 'sh', 'kl', 'pr', 'fl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rt', 'st', 'x', 'ck'];

/** Made-up proper nouns, ranked: the long tail of a vocabulary. */
export const TAIL_WORDS = makeTailWords(20_000, 7);

function makeTailWords(count: number, seed: number): string[] {
  const prng = createPrng(seed);
  const seen = new Set<string>([...NOUNS, ...ADJECTIVES, ...VERBS]);
  const words: string[] = [];
  while (words.length < count) {
    const syllables = prng.int(2, 3);
    let word = '';
    for (let index = 0; index < syllables; index++) word += prng.pick(ONSETS) + prng.pick(VOWELS) + prng.pick(CODAS);
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word[0]!.toUpperCase() + word.slice(1));
  }
  return words;
}

/** Picks ranked words with probability proportional to 1 / rank^exponent. */
export class ZipfPicker {
  private readonly cumulative: Float64Array;

  constructor(
    readonly words: readonly string[],
    exponent = 1,
  ) {
    this.cumulative = new Float64Array(words.length);
    let total = 0;
    words.forEach((_, index) => (this.cumulative[index] = total += 1 / (index + 1) ** exponent));
  }

  pick(prng: Prng): string {
    const target = prng.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return this.words[low]!;
  }
}

const PICKERS = { N: new ZipfPicker(NOUNS), A: new ZipfPicker(ADJECTIVES), V: new ZipfPicker(VERBS), T: new ZipfPicker(TAIL_WORDS) } as const;
const FRAME_PICKER = new ZipfPicker(FRAMES, 0.5);

/** The ranked lists, for choosing search terms of known frequency. */
export const NOTE_VOCABULARY = { nouns: NOUNS, adjectives: ADJECTIVES, verbs: VERBS, tail: TAIL_WORDS } as const;

export function syntheticSentence(prng: Prng): string {
  return FRAME_PICKER.pick(prng).replace(/\{([NAVT])\}/g, (_, slot: keyof typeof PICKERS) => PICKERS[slot].pick(prng));
}

/** Sentences up to at least `words` words. */
export function syntheticParagraph(prng: Prng, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence = syntheticSentence(prng);
    sentences.push(sentence);
    count += sentence.split(' ').length;
  }
  return sentences.join(' ');
}
