import { initI18n } from '../../../../renderer/src/i18n';

/**
 * What drawing antd components in jsdom needs: React's act environment, the two browser
 * APIs antd asks for that jsdom lacks, and the app's own catalogs in Simplified Chinese.
 */
export async function prepareDom(): Promise<void> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  await initI18n('zh-CN');
}
