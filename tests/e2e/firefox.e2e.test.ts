import { describe } from 'vitest';
import { firefoxLauncher } from './firefox-driver.ts';
import { extensionScenario } from './scenario.ts';

describe('the extension in Firefox', () => extensionScenario(firefoxLauncher));
