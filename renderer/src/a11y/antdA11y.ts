/**
 * antd names its icons and some controls for screen readers in English ("down", "Increase Value",
 * "segmented control"), whatever the locale. A clerk using a screen reader hears Chinese: known
 * names are translated as they appear, and an icon without a known name is hidden (it only
 * decorates the text beside it).
 */
const ICONS: Record<string, string> = {
  search: '搜索',
  close: '关闭',
  'close-circle': '清除',
  down: '展开',
  up: '收起',
  plus: '添加',
  delete: '删除',
  calendar: '日历',
  printer: '打印',
  download: '下载',
  user: '用户',
  logout: '退出',
  shop: '窗口',
  'question-circle': '说明',
  ellipsis: '更多',
  'exclamation-circle': '提示',
  'check-circle': '已完成',
  'info-circle': '提示',
  'eye-invisible': '隐藏密码',
  eye: '显示',
  link: '关联',
  save: '保存',
  'file-text': '文书',
};

const CONTROLS: Record<string, string> = {
  'Increase Value': '加一',
  'Decrease Value': '减一',
  'segmented control': '选项',
  Clear: '清除',
  Close: '关闭',
  clear: '清除',
  close: '关闭',
};

const LATIN = /^[A-Za-z][A-Za-z -]*$/;

/**
 * A list's clear button shows only under the mouse, yet antd puts it in the Tab order: a keyboard
 * user tabbing from the 窗口 list to 登录 landed on an invisible button. The mouse still clears.
 */
function keepClearButtonOutOfTabOrder(el: Element): void {
  if (el.classList.contains('ant-select-clear') && el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1');
}

function translate(el: Element): void {
  const label = el.getAttribute('aria-label');
  if (!label || !LATIN.test(label)) return;
  if (el.getAttribute('role') === 'img') {
    const name = ICONS[label];
    if (name) el.setAttribute('aria-label', name);
    else el.setAttribute('aria-hidden', 'true');
    return;
  }
  const name = CONTROLS[label];
  if (name) el.setAttribute('aria-label', name);
}

function translateTree(root: ParentNode): void {
  root.querySelectorAll('[aria-label]').forEach(translate);
  root.querySelectorAll('.ant-select-clear').forEach(keepClearButtonOutOfTabOrder);
}

/** Keeps every screen-reader label of the page Chinese and clear buttons out of the Tab order, including what antd adds later. */
export function fixAntdA11y(root: HTMLElement = document.body): () => void {
  translateTree(root);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes' && m.target instanceof Element) translate(m.target);
      m.addedNodes.forEach((n) => {
        if (n instanceof Element) {
          translate(n);
          keepClearButtonOutOfTabOrder(n);
          translateTree(n);
        }
      });
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
  return () => observer.disconnect();
}
