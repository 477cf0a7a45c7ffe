import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { askFirstSession } from './features/vault';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/choices.css';
import './styles/lock-screen.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

// Asked before the first render, so main's answer and React's start overlap.
const firstSession = askFirstSession();

createRoot(container).render(
  <StrictMode>
    <App firstSession={firstSession} />
  </StrictMode>,
);
