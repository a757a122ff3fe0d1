import { App, Modal, Spin } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLockNow, useLockStatus } from '../api/lock';
import { LockScreen } from './LockScreen';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Renders the app only while it is unlocked. The lock itself is kept by the main process,
 * so a reload lands here locked again; this component only decides what is on screen and
 * locks after the configured idle time.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const status = useLockStatus();
  const { message, notification } = App.useApp();
  const locked = status.data?.locked ?? false;

  useEffect(() => {
    if (!locked) return;
    // Toasts and dialogs live outside this tree; they may name a client.
    message.destroy();
    notification.destroy();
    Modal.destroyAll();
  }, [locked, message, notification]);

  if (status.isPending) return <Spin fullscreen />;
  // When the status cannot be read, assume locked rather than show case data.
  if (status.isError || locked) return <LockScreen />;
  // The unlocked app gets its own toast and dialog holders, so that locking unmounts them
  // at once with everything else (a fading "saved 张三" toast would otherwise outlive the lock).
  return (
    <App>
      {status.data.enabled && <IdleLock minutes={status.data.idleMinutes} />}
      {children}
    </App>
  );
}

function IdleLock({ minutes }: { minutes: number }) {
  const lockNow = useLockNow();
  const lastActivity = useRef(Date.now());
  const lock = useRef(lockNow.mutate);
  lock.current = lockNow.mutate;

  useEffect(() => {
    const touch = () => (lastActivity.current = Date.now());
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) lock.current();
    }, CHECK_EVERY_MS);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [minutes]);
  return null;
}
