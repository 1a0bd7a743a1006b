import { describe } from 'vitest';
import { chromiumLauncher } from './chromium-driver.ts';
import { extensionScenario } from './scenario.ts';

describe('the extension in Chromium', () => extensionScenario(chromiumLauncher));
