/**
 * The PHQ-9 and GAD-7 as published (Pfizer; "no permission required to reproduce, translate,
 * display or distribute"), word for word from the project's clinical brief (docs/clinical.md,
 * section "Measures"). The app shows and scores them; it does not interpret them.
 */

export const MEASURE_KINDS = ['phq-9', 'gad-7'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Who put the answers in: the therapist, or the client on the therapist's screen. */
export const MEASURE_ENTERED_BY = ['therapist', 'client'] as const;
export type MeasureEnteredBy = (typeof MEASURE_ENTERED_BY)[number];

export const MEASURE_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

/** Every item is answered with one of these; the value is the answer's score. */
export const ANSWER_OPTIONS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
] as const;
export type Answer = (typeof ANSWER_OPTIONS)[number]['value'];
export const HIGHEST_ANSWER = 3;

export const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself - or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
] as const;

export const GAD7_ITEMS = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
] as const;

/** The PHQ-9's closing question; it is not part of the total. */
export const DIFFICULTY_QUESTION =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';

export const DIFFICULTY_OPTIONS = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
] as const;

export interface Questionnaire {
  kind: MeasureKind;
  /** The short name shown in lists. */
  name: string;
  title: string;
  items: readonly string[];
  /** Only the PHQ-9 asks it. */
  asksDifficulty: boolean;
  source: string;
}

export const QUESTIONNAIRES: Record<MeasureKind, Questionnaire> = {
  'phq-9': {
    kind: 'phq-9',
    name: 'PHQ-9',
    title: 'Patient Health Questionnaire (PHQ-9)',
    items: PHQ9_ITEMS,
    asksDifficulty: true,
    source: 'PHQ-9, Kroenke, Spitzer and Williams (2001); free to reproduce',
  },
  'gad-7': {
    kind: 'gad-7',
    name: 'GAD-7',
    title: 'Generalized Anxiety Disorder scale (GAD-7)',
    items: GAD7_ITEMS,
    asksDifficulty: false,
    source: 'GAD-7, Spitzer, Kroenke, Williams and Löwe (2006); free to reproduce',
  },
};

/** How many items each kind has: the length its answers must have. */
export function itemCount(kind: MeasureKind): number {
  return QUESTIONNAIRES[kind].items.length;
}

/** The highest total a kind can score (27 for the PHQ-9, 21 for the GAD-7). */
export function highestTotal(kind: MeasureKind): number {
  return itemCount(kind) * HIGHEST_ANSWER;
}
