import react from '@vitejs/plugin-react';
import { appConfig } from '../ui-kit/vite-app';

export default appConfig(react());
