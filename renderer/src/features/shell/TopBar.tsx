import { Button, Tooltip, TooltipTrigger } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { Brand } from '../../ui/Brand';
import { LOCK_SHORTCUT_ARIA, LOCK_SHORTCUT_TEXT } from './lock-shortcut';
import type { TopLevelPage } from '../../navigation/route';

const PAGES: { id: TopLevelPage; label: string }[] = [
  { id: 'clients', label: 'Clients' },
  { id: 'search', label: 'Search' },
  { id: 'settings', label: 'Settings' },
];

interface TopBarProps {
  page: TopLevelPage;
  onNavigate: (page: TopLevelPage) => void;
  onLock: () => void;
}

export function TopBar({ page, onNavigate, onLock }: TopBarProps) {
  return (
    <header className="top-bar">
      <span className="brand">
        <Brand />
      </span>
      <nav aria-label="Main" className="top-nav">
        {PAGES.map(({ id, label }) => (
          <Button key={id} className="nav-item" aria-current={page === id ? 'page' : undefined} onPress={() => onNavigate(id)}>
            {label}
          </Button>
        ))}
      </nav>
      <TooltipTrigger delay={600}>
        <ActionButton className="lock-button" onPress={onLock} keyShortcut={LOCK_SHORTCUT_ARIA}>
          <span className="lock-icon" aria-hidden="true" />
          Lock
          <kbd className="shortcut" aria-hidden="true">
            {LOCK_SHORTCUT_TEXT}
          </kbd>
        </ActionButton>
        <Tooltip className="tooltip" placement="bottom end" offset={8}>
          Lock now and hide all records ({LOCK_SHORTCUT_TEXT})
        </Tooltip>
      </TooltipTrigger>
    </header>
  );
}
