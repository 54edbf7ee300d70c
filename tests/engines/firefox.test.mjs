// The cross-engine suite in Firefox ESR (geckodriver, headless).
import { engineSuite } from './suite.mjs';

engineSuite('firefox');
