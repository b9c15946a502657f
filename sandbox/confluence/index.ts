export { ConfluenceEmulator, createConfluenceEmulator, DEMO_SPACES } from './confluence-emulator';
export type { ConfluenceEmulatorOptions, ConfluencePage, ConfluenceSpace } from './confluence-emulator';
