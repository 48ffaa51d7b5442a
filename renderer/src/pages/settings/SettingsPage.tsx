import { Card, Tabs } from 'antd';
import { navItem } from '../../shell/nav';
import { UI } from '../../text';
import { RoleGate } from '../StatusPages';
import { CategoriesTab } from './CategoriesTab';
import { CentreTab } from './CentreTab';
import { CountersTab, StationsTab } from './PlacesTabs';
import { UsersTab } from './UsersTab';

export function SettingsPage() {
  return (
    <RoleGate roles={navItem('/settings').roles}>
      <Card title={UI.nav.settings}>
        <Tabs
          items={[
            { key: 'users', label: UI.settings.users, children: <UsersTab /> },
            { key: 'counters', label: UI.settings.counters, children: <CountersTab /> },
            { key: 'stations', label: UI.settings.stations, children: <StationsTab /> },
            { key: 'categories', label: '诉求类别', children: <CategoriesTab /> },
            { key: 'centre', label: UI.settings.centre, children: <CentreTab /> },
          ]}
        />
      </Card>
    </RoleGate>
  );
}
