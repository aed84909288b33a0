// tachometer (npm run bench:inbox:ab) imports the module `chromedriver` before it starts Chrome
// through selenium-webdriver, which then finds the driver on PATH. The npm package of that name
// downloads a driver when installed, which fails offline and need not match the machine's
// Chromium; this one names the driver that comes with the machine's Chromium instead.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const path = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'chromedriver'))
  .find((file) => existsSync(file));
