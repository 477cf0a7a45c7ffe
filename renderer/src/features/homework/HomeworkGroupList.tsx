import type { ListedHomework } from '../../../../shared/contract';
import { Heading } from '../../ui/aria-primitives';
import { RECORD_LIST_FIRST_ITEMS, useFirstItems } from '../../ui/use-first-items';
import { HOMEWORK_GROUP_LABELS, type HomeworkGroupName } from './homework-due';
import { HomeworkItem } from './HomeworkItem';

interface HomeworkGroupListProps {
  name: HomeworkGroupName;
  items: readonly ListedHomework[];
  now: number;
  onOpen: (homeworkId: string) => void;
}

/** One group of the client's homework (to review, open, done, not done), its first items and the rest on "Show all". */
export function HomeworkGroupList({ name, items, now, onOpen }: HomeworkGroupListProps) {
  const label = HOMEWORK_GROUP_LABELS[name];
  const { shown, toggle, listId } = useFirstItems(items, RECORD_LIST_FIRST_ITEMS, `Homework ${label.toLowerCase()}`);
  return (
    <div className="homework-group">
      <Heading level={3} className="homework-group-title">
        {label} <span className="homework-group-count">({items.length})</span>
      </Heading>
      <ul className="homework-list" id={listId} aria-label={label}>
        {shown.map((one) => (
          <HomeworkItem key={one.id} homework={one} now={now} onOpen={onOpen} />
        ))}
      </ul>
      {toggle}
    </div>
  );
}
