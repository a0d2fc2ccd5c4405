import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './i18n/init';

initI18n();
const container = document.getElementById('root');
if (!container) throw new Error('[renderer] #root is missing from index.html');
createRoot(container).render(<App />);
