import { useId } from 'react';
import { useKeptOnPage } from '../navigation/page-visit';
import { ActionButton } from './ActionButton';

/**
 * How many rows a client's record lists show before "Show all" (homework by group, measures,
 * sessions): a decade's record would otherwise mount thousands of rows on every visit, and
 * leaving the page then costs as much as building it (issue 12's follow-up budget).
 */
export const RECORD_LIST_FIRST_ITEMS = 10;

/**
 * A long list shown by its first `count` items, the rest one press away: a screen read at a glance
 * stays short, and a year of history does not all mount at once. `what` names the list for the
 * button ("Show all 12: Measures"), uniquely on its page; give the list element `listId`, which
 * the button controls.
 */
export function useFirstItems<T>(items: readonly T[], count: number, what: string) {
  const listId = useId();
  // Kept with the page's visit: back from a note, a list shown whole is still shown whole.
  const [showAll, setShowAll] = useKeptOnPage(`${what} shown whole`, false);
  const shown = showAll ? items : items.slice(0, count);
  const toggle =
    items.length > count ? (
      <ActionButton
        variant="quiet"
        className="show-all-toggle"
        aria-label={showAll ? `Show fewer: ${what}` : `Show all ${items.length}: ${what}`}
        aria-expanded={showAll}
        aria-controls={listId}
        onPress={() => setShowAll(!showAll)}
      >
        {showAll ? 'Show fewer' : `Show all ${items.length}`}
      </ActionButton>
    ) : null;
  return { shown, toggle, listId };
}
