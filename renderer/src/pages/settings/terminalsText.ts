/** 设置 → 终端: pairing the hall's PCs with this host. */
export const TERMINALS_UI = {
  tab: '终端',
  noTls: '主机目前没有启用 HTTPS（只在本机使用，或以实验模式明文运行），其他电脑不能配对。请以“允许局域网内其他电脑连接”方式启动主机后再配对。',
  pairTitle: '配对新终端',
  steps: [
    '在窗口或功能室的电脑上安装一站式受理台，首次启动时选择“连接中心的主机”。',
    '填写主机地址（下列任一个）、下面的配对码，以及这台电脑的名称（如：二号窗口）。',
  ],
  noAddress: '主机只在本机监听，没有可供其他电脑连接的地址。',
  newCode: '生成配对码',
  anotherCode: '重新生成',
  codeNote: (until: string) => `有效至 ${until}（5 分钟），只能使用一次；输错 5 次作废。生成新的配对码后，旧的立即失效。`,
  pairedOnly: '只允许已配对的终端连接',
  pairedOnlyNote: '开启后，只有已配对的受理台终端和主机本机能打开受理台；只装了浏览器的电脑将被拒绝。',
  listTitle: '已配对的终端',
  columns: { name: '名称', address: '配对时的地址', pairedAt: '配对时间', pairedBy: '配对码生成人', lastSeenAt: '最近联系', status: '状态' },
  live: '使用中',
  revoked: (at: string) => `已撤销（${at}）`,
  revoke: '撤销',
  revokeConfirm: (name: string) => `撤销“${name}”后，这台电脑不能再连接主机，需重新配对才能使用。确定撤销？`,
  revokedSaid: '已撤销该终端的配对',
  empty: '还没有配对的终端',
} as const;
