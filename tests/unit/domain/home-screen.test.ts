import { describe, expect, it } from 'vitest';
import {
  describeDataProtection,
  isAppleMobileDevice,
  isIosSafariTab,
  isSafariBrowser,
  type BrowserEnvironment,
} from '../../../src/domain/home-screen';

const UA = {
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iPadOldSafari:
    'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  // iPadOS 13+ asks for desktop sites by default: a Mac user agent.
  iPadDesktopSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iPhoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
  iPhoneEdge:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/125.2535.87 Mobile/15E148 Safari/605.1.15',
  iPhoneGoogleApp:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/320.0.645995795 Mobile/15E148 Safari/604.1',
  // In-app browsers (a WKWebView) carry no "Version/…" and often no "Safari/".
  iPhoneInstagram:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98',
  iPhoneFacebook:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/469.0.0.46.106]',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  windowsChrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

const tab = (userAgent: string, maxTouchPoints: number): BrowserEnvironment => ({
  userAgent,
  maxTouchPoints,
  isNavigatorStandalone: false,
  isDisplayModeStandalone: false,
});

describe('where the Home Screen hint shows', () => {
  it.each([
    { name: 'iPhone Safari tab', env: tab(UA.iPhoneSafari, 5), expected: true },
    { name: 'old iPad Safari tab', env: tab(UA.iPadOldSafari, 5), expected: true },
    { name: 'iPad Safari tab with a Mac user agent and a touch screen', env: tab(UA.iPadDesktopSafari, 5), expected: true },
    { name: 'Safari on a Mac (no touch screen)', env: tab(UA.macSafari, 0), expected: false },
    { name: 'a Mac reporting one touch point (touch bar, remote tools)', env: tab(UA.macSafari, 1), expected: false },
    { name: 'iPhone opened from the Home Screen', env: { ...tab(UA.iPhoneSafari, 5), isNavigatorStandalone: true }, expected: false },
    { name: 'iPad in standalone display mode', env: { ...tab(UA.iPadDesktopSafari, 5), isDisplayModeStandalone: true }, expected: false },
    { name: 'Chrome on iPhone', env: tab(UA.iPhoneChrome, 5), expected: false },
    { name: 'Firefox on iPhone', env: tab(UA.iPhoneFirefox, 5), expected: false },
    { name: 'Edge on iPhone', env: tab(UA.iPhoneEdge, 5), expected: false },
    { name: 'the Google app on iPhone', env: tab(UA.iPhoneGoogleApp, 5), expected: false },
    { name: 'Instagram’s in-app browser', env: tab(UA.iPhoneInstagram, 5), expected: false },
    { name: 'Facebook’s in-app browser', env: tab(UA.iPhoneFacebook, 5), expected: false },
    { name: 'Chrome on Android', env: tab(UA.androidChrome, 5), expected: false },
    { name: 'Chrome on Windows', env: tab(UA.windowsChrome, 0), expected: false },
    { name: 'an empty user agent', env: tab('', 0), expected: false },
  ])('$name → $expected', ({ env, expected }) => {
    expect(isIosSafariTab(env)).toBe(expected);
  });

  it('tells the device and the browser apart', () => {
    expect(isAppleMobileDevice(UA.iPhoneChrome, 5)).toBe(true);
    expect(isSafariBrowser(UA.iPhoneChrome)).toBe(false);
    expect(isAppleMobileDevice(UA.macSafari, 0)).toBe(false);
    expect(isSafariBrowser(UA.macSafari)).toBe(true);
  });
});

describe('whether the data is protected', () => {
  it.each([
    {
      name: 'persistent storage granted',
      input: { isPersisted: true, isInstalled: false, isIosSafariTab: false },
      isProtected: true,
      says: /persistent storage/,
    },
    {
      name: 'installed app',
      input: { isPersisted: false, isInstalled: true, isIosSafariTab: false },
      isProtected: true,
      says: /installed/,
    },
    {
      name: 'installed, browser silent on persistence',
      input: { isPersisted: null, isInstalled: true, isIosSafariTab: false },
      isProtected: true,
      says: /installed/,
    },
    {
      name: 'Safari tab on iPhone',
      input: { isPersisted: false, isInstalled: false, isIosSafariTab: true },
      isProtected: false,
      says: /7 days without a visit.*Home Screen/,
    },
    {
      name: 'Safari tab that does not say',
      input: { isPersisted: null, isInstalled: false, isIosSafariTab: true },
      isProtected: false,
      says: /7 days/,
    },
    {
      name: 'best-effort elsewhere',
      input: { isPersisted: false, isInstalled: false, isIosSafariTab: false },
      isProtected: false,
      says: /best-effort.*space runs low/,
    },
    {
      name: 'browser that does not say',
      input: { isPersisted: null, isInstalled: false, isIosSafariTab: false },
      isProtected: false,
      says: /does not say/,
    },
  ])('$name', ({ input, isProtected, says }) => {
    const protection = describeDataProtection(input);
    expect(protection.isProtected).toBe(isProtected);
    expect(protection.text).toMatch(says);
    expect(protection.text).toMatch(isProtected ? /\bprotected\b/ : /not protected|backups/);
  });
});
