import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { HandoverState } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { Heading } from '../../ui/aria-primitives';
import { ScreenThemeFrame } from '../../ui/screen-theme';
import { HandBackForm } from './HandBackForm';
import { useForgetRecordsWhileHandedOver } from './handover-queries';
import { HandoverQuestionnaire } from './HandoverQuestionnaire';
import '../../styles/choices.css';
import './handover.css';

export type HandedOverState = Exclude<HandoverState, { state: 'off' }>;

/**
 * The whole window while the client holds it: the questionnaire, then "Done — hand back". No top
 * bar, no client name, no score, no way to another page: main answers nothing else meanwhile,
 * and the shell that reads the address and the app's shortcuts is not mounted.
 */
export function HandoverScreen({ state }: { state: HandedOverState }) {
  useForgetRecordsWhileHandedOver();
  const [takingBack, setTakingBack] = useState(false);

  return (
    <ScreenThemeFrame className="handover">
      <main className="handover-page">
        {state.state === 'finished' ? (
          <HandBackStep title="Done — thank you" text="Please hand the screen back to your therapist." />
        ) : takingBack ? (
          <HandBackStep
            title="Take the screen back"
            text="The answers so far are saved. An unfinished questionnaire can be continued later from the client's measures."
            otherActions={<ActionButton onPress={() => setTakingBack(false)}>Back to the questions</ActionButton>}
          />
        ) : (
          <>
            <HandoverQuestionnaire kind={state.kind} answers={state.answers} difficulty={state.difficulty} />
            <ActionButton variant="quiet" className="handover-take-back" onPress={() => setTakingBack(true)}>
              For the therapist: take the screen back
            </ActionButton>
          </>
        )}
      </main>
    </ScreenThemeFrame>
  );
}

function HandBackStep({ title, text, otherActions }: { title: string; text: string; otherActions?: ReactNode }) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <div className="handover-done">
      <Heading level={1} className="handover-title" ref={titleRef} tabIndex={-1}>
        {title}
      </Heading>
      <p className="handover-done-text">{text}</p>
      <HandBackForm otherActions={otherActions} />
    </div>
  );
}
