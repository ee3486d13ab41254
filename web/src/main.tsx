// The app-wide sheets first, in cascade order; each feature's components import their own folder's sheet, which
// comes after these and may refine them.
import './app/base.css';
import './app/layout.css';
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
