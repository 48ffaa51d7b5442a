import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { makeQueryClient, makeTrpcClient, TRPCProvider } from './api/client';
import { AppRoutes } from './App';
import { fixAntdA11y } from './a11y/antdA11y';
import './styles.css';

/** A PC (or a test browser) that asks for less motion gets none: dialogs and menus appear at once. */
const REDUCED_MOTION = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

dayjs.locale('zh-cn');
fixAntdA11y();

function Root() {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(makeTrpcClient);
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1d4f91', borderRadius: 4, fontSize: 15, motion: !REDUCED_MOTION } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </TRPCProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
