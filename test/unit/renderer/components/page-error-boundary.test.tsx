// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from '../../../../renderer/src/components/PageErrorBoundary';
import { prepareDom } from './dom';

// A page that throws while drawing must not take the menu with it: the boundary around the
// page shows what happened and how to go on, and a retry or another address draws the page again.

let root: Root | null = null;
let host: HTMLElement | null = null;
let broken = true;
const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});

function Page() {
  if (broken) throw new Error('debts is undefined');
  return <p>客户列表</p>;
}

function Window({ address }: { address: string }) {
  return (
    <div>
      <nav>菜单</nav>
      <PageErrorBoundary address={address}>
        <Page />
      </PageErrorBoundary>
    </div>
  );
}

beforeAll(prepareDom);

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

afterAll(() => quiet.mockRestore());

function draw(address: string) {
  act(() => root!.render(<Window address={address} />));
}

function open(address: string) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  draw(address);
  return host;
}

const button = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === name);

describe('a page that fails to draw', () => {
  it('keeps the menu, says nothing saved was touched, and shows the error for support', () => {
    broken = true;
    const el = open('/clients');
    expect(el.textContent).toContain('菜单');
    expect(el.querySelector('[data-testid="page-failed"]')).not.toBeNull();
    expect(el.textContent).toContain('这个页面没能显示出来');
    expect(el.textContent).toContain('已保存的资料没有受到影响');
    expect(el.textContent).toContain('Error: debts is undefined');
    expect(el.querySelector('a[href="#/dashboard"]')?.textContent).toBe('回到概览');
  });

  it('draws the page again on 重试 once it can', () => {
    broken = true;
    const el = open('/clients');
    broken = false;
    act(() => button(el, '重试')!.click());
    expect(el.textContent).toContain('客户列表');
    expect(el.querySelector('[data-testid="page-failed"]')).toBeNull();
  });

  it('starts afresh at another address, and fails again only if the page does', () => {
    broken = true;
    const el = open('/clients');
    broken = false;
    draw('/lenders');
    expect(el.textContent).toContain('客户列表');
    broken = true;
    draw('/followups');
    expect(el.querySelector('[data-testid="page-failed"]')).not.toBeNull();
    expect(el.textContent).toContain('菜单');
  });
});
