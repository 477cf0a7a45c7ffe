import { useMemo, useState } from 'react';
import type { ProtocolDefinition } from '../../../../shared/session/protocol';
import type { ResolvedEvent } from '../../../../shared/session/timeline';
import { useFocusKeptVirtualizer } from '../../ui/use-focus-kept-virtualizer';
import { TimelineRow } from './TimelineRow';
import type { ShownAlert } from '../../../../shared/session/room-state';

interface TimelineProps {
  /** In time order, as resolveTimeline returns them; shown newest first. */
  events: readonly ResolvedEvent[];
  dosedAt: number | null;
  protocol: ProtocolDefinition;
  alertsOf: (event: ResolvedEvent) => ShownAlert[];
  onCorrect: (event: ResolvedEvent) => void;
  onWithdraw: (event: ResolvedEvent) => void;
}

const ESTIMATED_ROW_HEIGHT = 72;

/**
 * Newest first, so the latest entry is where the eye is. Only rows in view are in the DOM (a long
 * session has hundreds); rows are measured, since history and alerts make them taller. The
 * focused row stays rendered, so scrolling never drops keyboard focus.
 */
export function Timeline({ events, dosedAt, protocol, alertsOf, onCorrect, onWithdraw }: TimelineProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const newestFirst = useMemo(() => [...events].reverse(), [events]);

  const { scrollRef, virtualizer, focusHandlers } = useFocusKeptVirtualizer({
    count: newestFirst.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => newestFirst[index]?.id ?? index,
    rememberAs: 'Timeline',
  });

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (events.length === 0) return <p className="timeline-empty">Nothing logged yet. The keys above add to the timeline.</p>;

  return (
    <div ref={scrollRef} className="timeline-scroll" {...focusHandlers}>
      <div role="list" aria-label="Timeline, newest first" className="timeline-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const event = newestFirst[item.index];
          if (!event) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={newestFirst.length}
              data-index={item.index}
              className="timeline-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <TimelineRow
                event={event}
                dosedAt={dosedAt}
                protocol={protocol}
                alerts={alertsOf(event)}
                expanded={expanded.has(event.id)}
                onToggleHistory={() => toggle(event.id)}
                onCorrect={onCorrect}
                onWithdraw={onWithdraw}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
