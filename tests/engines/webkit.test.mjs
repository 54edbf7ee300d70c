// The cross-engine suite in WebKit: WebKitGTK's MiniBrowser through
// WebKitWebDriver, on an Xvfb display started for the run.
import { engineSuite } from './suite.mjs';

engineSuite('webkit');
