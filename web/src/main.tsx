import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/base.css';
import './app/layout.css';
import './ui/ui.css';
import './framework/framework.css';
import './proposals/proposals.css';
import './voting/voting.css';
import './releases/releases.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
