import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium package (`.ci/run` installs it when missing); no browser downloads. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots the browser tests keep (dist/ is ignored by git, kept by CI as the run's output). */
export const ARTIFACTS = path.resolve(__dirname, '../../../dist/test-artifacts');

const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}; .ci/run installs it`);
/** `describe` where Chromium is installed; skipped on a developer machine without it (never in CI). */
export const describeWithBrowser = haveBrowser ? describe : describe.skip;

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });

/** Templates show images from an image host; this machine may be offline, so a local stand-in answers for them. */
export async function stubOtherOrigins(page: Page, ownOrigin: string): Promise<void> {
  await page.route(
    (url) => url.origin !== new URL(ownOrigin).origin,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>',
      }),
  );
}

export interface FormField {
  name: string;
  type: string;
}

/** Fills in every visible field of a published form the way a person would, then sends it. */
export async function fillAndSendForm(
  page: Page,
  formId: string,
  fields: FormField[],
  visitor: { name: string; email: string },
): Promise<void> {
  const form = page.locator(`form[data-component-id="${formId}"]`);
  await form.scrollIntoViewIfNeeded();
  for (const field of fields) {
    const input = form.locator(`[name="${field.name}"]`);
    if (field.type === 'select') await input.selectOption({ index: 1 });
    else if (field.type === 'checkbox') await input.check();
    else if (field.type === 'date') await input.fill('2031-05-20');
    else if (field.type === 'time') await input.fill('10:30');
    else if (field.type === 'number') await input.fill('4');
    else if (field.type === 'email') await input.fill(visitor.email);
    else if (field.type === 'url') await input.fill('https://visitor.example');
    else if (field.type === 'tel') await input.fill('+1 415 555 0100');
    else if (field.type === 'textarea') await input.fill('We would like help with our quarterly accounts.');
    else await input.fill(visitor.name);
  }
  await form.locator('button[type="submit"]').click();
}

/** Resolves when the form's success message shows next to it (sent without a page reload). */
export async function formSucceeded(page: Page, formId: string, message: string): Promise<void> {
  await page.waitForFunction(
    ({ id, text }) =>
      (globalThis as any).document
        .querySelector(`form[data-component-id="${id}"]`)
        ?.parentElement?.textContent?.includes(text),
    { id: formId, text: message },
  );
}
