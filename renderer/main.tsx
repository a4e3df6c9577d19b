/** The renderer's entry: connect to the API, then show the app in the user's language. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import './styles/app.css';
import { connectApiClient } from './api/apiClient';
import { ApiProvider } from './api/ApiProvider';
import { App } from './app/App';
import { I18nProvider } from './i18n/I18nProvider';

const client = connectApiClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider client={client}>
      <I18nProvider>
        <App />
      </I18nProvider>
    </ApiProvider>
  </StrictMode>,
);
