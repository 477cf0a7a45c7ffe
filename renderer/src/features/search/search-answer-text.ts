import type { SearchAnswer } from '../../../../shared/contract';

function matchesText({ count, moreThan }: SearchAnswer['matched']): string {
  const number = count.toLocaleString('en');
  if (moreThan) return `More than ${number} matches`;
  return `${number} ${count === 1 ? 'match' : 'matches'}`;
}

/**
 * What the status line says about an answer: how many matched and in what order, so that a list
 * the app did not rank by relevance never looks as if it had.
 */
export function searchAnswerText(answer: SearchAnswer, withinOneClient: boolean): string {
  const matches = matchesText(answer.matched);
  if (answer.matched.count === 0) return matches;
  if (answer.order === 'relevance') return `${matches}, best match first`;
  if (withinOneClient) return `${matches} for this client, most recently changed first`;
  return `${matches}: too many to rank by relevance, so the most recently changed come first. Add a word to narrow them.`;
}
