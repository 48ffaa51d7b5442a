import { useQuery } from '@tanstack/react-query';
import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../api/client';
import { navItem } from '../../shell/nav';
import { UI } from '../../text';
import { RoleGate } from '../StatusPages';
import { CategoriesTab } from './CategoriesTab';
import { CentreTab } from './CentreTab';
import { HolidaysTab } from './HolidaysTab';
import { HOLIDAYS_UI } from './holidaysText';
import { CountersTab, StationsTab } from './PlacesTabs';
import { SetupTab } from './SetupTab';
import { SETUP_UI, type SettingsTabKey } from './setupText';
import { SystemTab } from './SystemTab';
import { DevicesTab } from './DevicesTab';
import { SYSTEM_UI } from './systemText';
import { TerminalsTab } from './TerminalsTab';
import { TERMINALS_UI } from './terminalsText';
import { UsersTab } from './UsersTab';

function SettingsTabs() {
  const trpc = useTRPC();
  const setup = useQuery(trpc.admin.setup.queryOptions());
  const [params, setParams] = useSearchParams();
  // A centre not yet set up opens on its checklist; the tab is kept in the address for a reload.
  const tab = (params.get('tab') as SettingsTabKey | null) ?? (setup.data && !setup.data.finished ? 'setup' : 'users');
  const go = (key: SettingsTabKey) => setParams({ tab: key }, { replace: true });
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => go(k as SettingsTabKey)}
      items={[
        { key: 'setup', label: SETUP_UI.tab, children: <SetupTab onGo={go} /> },
        { key: 'users', label: UI.settings.users, children: <UsersTab /> },
        { key: 'counters', label: UI.settings.counters, children: <CountersTab /> },
        { key: 'stations', label: UI.settings.stations, children: <StationsTab /> },
        { key: 'categories', label: '诉求类别', children: <CategoriesTab /> },
        { key: 'centre', label: UI.settings.centre, children: <CentreTab /> },
        { key: 'holidays', label: HOLIDAYS_UI.tab, children: <HolidaysTab /> },
        { key: 'terminals', label: TERMINALS_UI.tab, children: <TerminalsTab /> },
        { key: 'devices', label: '设备', children: <DevicesTab /> },
        { key: 'system', label: SYSTEM_UI.tab, children: <SystemTab /> },
      ]}
    />
  );
}

export function SettingsPage() {
  return (
    <RoleGate roles={navItem('/settings').roles}>
      <Card title={UI.nav.settings}>
        <SettingsTabs />
      </Card>
    </RoleGate>
  );
}
