import type { Prompt } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { firstWords } from './prompt-groups';

interface PromptLibraryItemProps {
  prompt: Prompt;
  onEdit: () => void;
  onSetArchived: (archived: boolean) => void;
}

/** One prompt in the library: its words, whose it is, and what can be done with it. */
export function PromptLibraryItem({ prompt, onEdit, onSetArchived }: PromptLibraryItemProps) {
  const archived = prompt.archivedAt !== null;
  const short = firstWords(prompt.text);
  return (
    <li className="prompt-item" data-archived={archived || undefined}>
      <span className="prompt-item-text">
        <span className="prompt-words">{prompt.text}</span>
        <span className="prompt-origin">
          {prompt.isOwn ? 'Your own' : 'Team'}
          {archived ? ' · archived' : ''}
        </span>
      </span>
      <span className="row-actions">
        {archived ? null : (
          <ActionButton variant="quiet" onPress={onEdit} aria-label={`Edit ${short}`}>
            Edit
          </ActionButton>
        )}
        <ActionButton variant="quiet" onPress={() => onSetArchived(!archived)} aria-label={`${archived ? 'Restore' : 'Archive'} ${short}`}>
          {archived ? 'Restore' : 'Archive'}
        </ActionButton>
      </span>
    </li>
  );
}
