import { Button, Result, Typography } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href, paths } from '../router';

// A page that throws while drawing (a bug, a page's code that failed to load) would otherwise
// take the whole window with it, menu included: React unmounts everything up to the nearest
// boundary. This one sits around the page only, so the menu stays and the counsellor is told
// that nothing saved was touched. Moving to another address starts the page afresh.

interface Props {
  /** The address shown: a new one clears the failure. */
  address: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  address: string;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, address: this.props.address };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.address !== state.address ? { address: props.address, error: null } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console (and the main process's log of it) for whoever supports the counsellor.
    console.error('page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <PageFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

function PageFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      data-testid="page-failed"
      title={t('pageFailed.title')}
      subTitle={t('pageFailed.body')}
      extra={[
        <Button key="retry" type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>,
        <Button key="overview" href={href(paths.dashboard())}>
          {t('pageFailed.overview')}
        </Button>,
      ]}
    >
      <details>
        <summary>{t('pageFailed.details')}</summary>
        <Typography.Paragraph code copyable style={{ marginTop: 8, whiteSpace: 'pre-wrap' }}>
          {`${error.name}: ${error.message}`}
        </Typography.Paragraph>
      </details>
    </Result>
  );
}
