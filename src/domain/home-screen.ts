/**
 * Whether the app runs in an iPhone or iPad Safari tab, and how safe its data is. Safari deletes
 * a site's storage after seven days of use without a visit to it (WebKit's tracking prevention,
 * since iOS 13.4 and Safari 13.1), unless the site was added to the Home Screen; so in a Safari
 * tab the app suggests adding it, and the storage status says whether the data is protected.
 * Pure: the caller passes in what the browser reports.
 */

export interface BrowserEnvironment {
  userAgent: string;
  /** navigator.maxTouchPoints: iPadOS reports a Mac user agent, but a Mac has no touch screen. */
  maxTouchPoints: number;
  /** navigator.standalone (Safari only): true when opened from the Home Screen. */
  isNavigatorStandalone: boolean;
  /** matchMedia('(display-mode: standalone)') or another installed display mode. */
  isDisplayModeStandalone: boolean;
}

/** iOS browsers other than Safari (all WebKit, all with "Safari" in the agent) and in-app browsers. */
const NOT_SAFARI =
  /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|mercury|GSA\/|DuckDuckGo|YaBrowser|Brave|FBAN|FBAV|Instagram|Line\/|Twitter|LinkedInApp|Snapchat|WhatsApp|MicroMessenger/i;

/** iPhone, iPod, an iPad of iOS 12 or older, or an iPad of iPadOS 13+ in its default desktop mode. */
export function isAppleMobileDevice(userAgent: string, maxTouchPoints: number): boolean {
  if (/iPhone|iPod|iPad/.test(userAgent)) return true;
  // iPadOS asks for desktop sites as "Macintosh"; only the touch screen tells it from a Mac.
  return /Macintosh/.test(userAgent) && maxTouchPoints > 1;
}

/** Safari itself: "Version/x" and "Safari/" in the agent and none of the other iOS browsers' marks. */
export function isSafariBrowser(userAgent: string): boolean {
  return /Version\/[\d.]+/.test(userAgent) && /Safari\//.test(userAgent) && !NOT_SAFARI.test(userAgent);
}

export function isInstalled(environment: Pick<BrowserEnvironment, 'isNavigatorStandalone' | 'isDisplayModeStandalone'>): boolean {
  return environment.isNavigatorStandalone || environment.isDisplayModeStandalone;
}

/** A Safari tab on an iPhone or iPad, not opened from the Home Screen: where the hint belongs. */
export function isIosSafariTab(environment: BrowserEnvironment): boolean {
  return (
    !isInstalled(environment) &&
    isAppleMobileDevice(environment.userAgent, environment.maxTouchPoints) &&
    isSafariBrowser(environment.userAgent)
  );
}

export interface DataProtection {
  isProtected: boolean;
  /** One sentence or two for the storage status. */
  text: string;
}

/**
 * How safe the data is: protected when the browser granted persistent storage or the app is
 * installed (Safari keeps a Home Screen app's data; Chromium does not clear an installed app's data
 * for lack of visits); otherwise best-effort, said with what that means here.
 */
export function describeDataProtection(input: {
  isPersisted: boolean | null;
  isInstalled: boolean;
  isIosSafariTab: boolean;
}): DataProtection {
  if (input.isPersisted === true) {
    return {
      isProtected: true,
      text: 'Progress is saved on this device and protected: the browser has agreed to keep it (persistent storage).',
    };
  }
  if (input.isInstalled) {
    return {
      isProtected: true,
      text: 'Progress is saved on this device and protected: the app is installed, so the browser keeps its data.',
    };
  }
  if (input.isIosSafariTab) {
    return {
      isProtected: false,
      text:
        'Progress is saved on this device, but not protected: Safari may delete it after 7 days without a visit. ' +
        'Add the app to your Home Screen (Share, then Add to Home Screen) to keep it, and export backups now and then.',
    };
  }
  if (input.isPersisted === false) {
    return {
      isProtected: false,
      text:
        'Progress is saved on this device as best-effort storage, not protected: the browser may clear it if space runs low. ' +
        'Export backups now and then.',
    };
  }
  return {
    isProtected: false,
    text: 'Progress is saved in this browser on this device. The browser does not say whether it protects the data, so export backups now and then.',
  };
}
