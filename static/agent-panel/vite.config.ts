import react from '@vitejs/plugin-react';
import { appConfig } from '../ui-kit/vite-app.ts';

export default appConfig(react());
