// The fingerprinting worker thread when the command line runs from its TypeScript sources (through tsx).
import { register } from 'tsx/esm/api';

register();
await import('./fingerprint-thread.ts');
