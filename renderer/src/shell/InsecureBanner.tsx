import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTRPC } from '../api/client';
import { UI } from '../text';

/** Plain HTTP on the LAN (a lab host started with --insecure-lab): every window says so in red. */
export function InsecureBanner({ fixed = false }: { fixed?: boolean }) {
  const trpc = useTRPC();
  const info = useQuery(trpc.system.info.queryOptions());
  if (info.data?.transport !== 'http-insecure') return null;
  // On the login page it sits above everything; in the app it is the first row of the layout.
  const style = fixed ? ({ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 1000 } as const) : undefined;
  return <Alert type="error" banner showIcon message={UI.insecure} style={style} data-testid="insecure-banner" />;
}
