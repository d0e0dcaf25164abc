/** The built Chromium extension (.output/chrome-mv3) in headless Chromium. */
import { launchChromium } from './support/browsers';
import { describeExtension } from './support/scenario';

describeExtension('chromium', (options) => launchChromium('.output/chrome-mv3', options));
