import { useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { HomeworkDialog } from './HomeworkDialog';
import { groupForList } from './homework-due';
import { HomeworkGroupList } from './HomeworkGroupList';
import { useClientHomework } from './homework-queries';
import { NewHomeworkDialog } from './NewHomeworkDialog';
import './homework.css';

interface HomeworkSectionProps {
  clientId: string;
  /** Archived clients keep their homework on view; nothing new is assigned to them. */
  archived: boolean;
}

/** The client's homework on their page, grouped by where it stands (to review, open, done, not done), each opening its worksheet; new homework goes straight to its worksheet. */
export function HomeworkSection({ clientId, archived }: HomeworkSectionProps) {
  const homework = useClientHomework(clientId);
  const [assigning, setAssigning] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  // Due dates count whole days: the time the page opened is precise enough.
  const [now] = useState(() => Date.now());

  return (
    <section className="record-section" aria-labelledby="homework-title">
      <div className="record-section-header">
        <Heading level={2} id="homework-title" className="section-title">
          Homework
        </Heading>
        <ActionButton onPress={() => setAssigning(true)} isDisabled={archived}>
          Assign homework
        </ActionButton>
      </div>
      {archived ? <p className="hint">Restore this client from the clients list to assign homework.</p> : null}
      <QueryView query={homework} loading="Loading homework…">
        {(list) =>
          list.length === 0 ? (
            <p className="hint">No homework yet. When a session opens something to practise, assign it here or from a note.</p>
          ) : (
            groupForList(list).map((group) => <HomeworkGroupList key={group.name} name={group.name} items={group.items} now={now} onOpen={setOpenId} />)
          )
        }
      </QueryView>

      {assigning ? (
        <NewHomeworkDialog
          clientId={clientId}
          onClose={() => setAssigning(false)}
          onCreated={(created) => {
            setAssigning(false);
            setOpenId(created.id);
          }}
        />
      ) : null}
      {openId !== null ? <HomeworkDialog homeworkId={openId} onClose={() => setOpenId(null)} /> : null}
    </section>
  );
}
