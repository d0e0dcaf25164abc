/** The built Firefox extension (.output/firefox-mv3) in headless Firefox ESR. */
import { launchFirefox } from './support/browsers';
import { describeExtension } from './support/scenario';

describeExtension('firefox', (options) => launchFirefox('.output/firefox-mv3', options));
