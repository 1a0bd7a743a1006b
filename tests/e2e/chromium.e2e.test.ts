import { describe } from 'vitest';
import { launchChromium } from './chromium-driver.ts';
import { extensionScenario } from './scenario.ts';

describe('the extension in Chromium', () => extensionScenario(launchChromium));
