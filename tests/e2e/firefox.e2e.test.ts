import { describe } from 'vitest';
import { launchFirefox } from './firefox-driver.ts';
import { extensionScenario } from './scenario.ts';

describe('the extension in Firefox', () => extensionScenario(launchFirefox));
